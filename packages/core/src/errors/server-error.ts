import { TiquError } from './tiqu-error.js'

/** The service failed (5xx) after every retry. */
export class ServerError extends TiquError {
  /** The service's id for the failed request, to quote to its support. */
  readonly requestId: string | undefined

  constructor(message: string, options?: { cause?: unknown; requestId?: string }) {
    super('TIQU_SERVER', message, options)
    this.name = 'ServerError'
    this.requestId = options?.requestId
  }
}
