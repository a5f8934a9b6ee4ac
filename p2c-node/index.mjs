// ESM entry point: the CommonJS module's exports, by name.
import p2c from './index.js'

export const { P2cError, parsePledge, jsonSchema } = p2c
export default p2c
