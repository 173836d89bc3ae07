export { createProgram } from './create-program.js'
export { type RunOptions, run } from './run.js'
