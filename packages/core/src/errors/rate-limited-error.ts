import { TiquError } from './tiqu-error.js'

/** The service's rate limit held after every retry. */
export class RateLimitedError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_RATE_LIMITED', message, options)
    this.name = 'RateLimitedError'
  }
}
