import { TiquError } from './tiqu-error.js'

/** The service refused the request as malformed or unsupported. Never retried. */
export class BadRequestError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_BAD_REQUEST', message, options)
    this.name = 'BadRequestError'
  }
}
