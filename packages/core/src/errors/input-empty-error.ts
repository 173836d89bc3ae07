import { TiquError } from './tiqu-error.js'

/** An input holds no bytes at all: an empty file, an empty download, or nothing on stdin. */
export class InputEmptyError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_INPUT_EMPTY', message, options)
    this.name = 'InputEmptyError'
  }
}
