import { TiquError } from './tiqu-error.js'

/** The caller aborted the request. */
export class AbortedError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_ABORTED', message, options)
    this.name = 'AbortedError'
  }
}
