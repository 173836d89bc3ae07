import { TiquError } from './tiqu-error.js'

/** An input file does not exist or cannot be read. */
export class InputNotFoundError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_INPUT_NOT_FOUND', message, options)
    this.name = 'InputNotFoundError'
  }
}
