import { TiquError } from './tiqu-error.js'

/** The service could not be reached, or the connection broke, after every retry. */
export class ConnectionError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_CONNECTION', message, options)
    this.name = 'ConnectionError'
  }
}
