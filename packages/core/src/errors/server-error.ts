import { TiquError } from './tiqu-error.js'

/** The service failed (5xx) after every retry. */
export class ServerError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_SERVER', message, options)
    this.name = 'ServerError'
  }
}
