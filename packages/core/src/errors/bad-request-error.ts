import { TiquError } from './tiqu-error.js'

/** The service refused the request as malformed or unsupported. Never retried. */
export class BadRequestError extends TiquError {
  /** The service's id for the failed request, to quote to its support. */
  readonly requestId: string | undefined

  constructor(message: string, options?: { cause?: unknown; requestId?: string }) {
    super('TIQU_BAD_REQUEST', message, options)
    this.name = 'BadRequestError'
    this.requestId = options?.requestId
  }
}
