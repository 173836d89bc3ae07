import { TiquError } from './tiqu-error.js'

/** The service refused the API key (missing, wrong, or for another region). Never retried. */
export class AuthenticationError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_AUTH', message, options)
    this.name = 'AuthenticationError'
  }
}
