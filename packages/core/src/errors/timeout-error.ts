import { TiquError } from './tiqu-error.js'

/** The service did not answer in time, after every retry. */
export class TimeoutError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_TIMEOUT', message, options)
    this.name = 'TimeoutError'
  }
}
