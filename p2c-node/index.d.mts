export { P2cError, parsePledge, jsonSchema } from './index.js'
import * as p2c from './index.js'
export default p2c
