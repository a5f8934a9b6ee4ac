// ESM entry point of `p2c/middleware`: the CommonJS module's exports, by name.
import m from './middleware.js'

export const { p2cExpress, p2cFastify, keepRawBody, checkExpressApp, DEFAULT_MAX_BYTES, ASYNC_FROM_BYTES } = m
export default m
