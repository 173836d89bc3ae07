import { TiquError } from './tiqu-error.js'

/** The service refused the API key (missing, wrong, or for another region). Never retried. */
export class AuthenticationError extends TiquError {
  /** The service's id for the failed request, to quote to its support. */
  readonly requestId: string | undefined

  constructor(message: string, options?: { cause?: unknown; requestId?: string }) {
    super('TIQU_AUTH', message, options)
    this.name = 'AuthenticationError'
    this.requestId = options?.requestId
  }
}
