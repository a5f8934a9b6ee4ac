// Public types of the `p2c` package. The function signatures come from the generated
// `native.d.ts`; index.js wraps them only to map errors to `P2cError`.
export { parsePledge, jsonSchema } from './native'
export { P2cError } from './errors'
