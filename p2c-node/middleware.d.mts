// ESM types of `p2c/middleware` (see middleware.d.ts).
export * from './middleware.js'
import * as m from './middleware.js'
export default m
