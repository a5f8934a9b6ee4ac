// ESM types: the same names as the CommonJS entry point (see index.d.ts).
export * from './index.js'
import * as p2c from './index.js'
export default p2c
