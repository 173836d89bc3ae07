import { TiquError } from './tiqu-error.js'

/** The service's rate limit held after every retry. */
export class RateLimitedError extends TiquError {
  /** The service's id for the failed request, to quote to its support. */
  readonly requestId: string | undefined

  constructor(message: string, options?: { cause?: unknown; requestId?: string }) {
    super('TIQU_RATE_LIMITED', message, options)
    this.name = 'RateLimitedError'
    this.requestId = options?.requestId
  }
}
