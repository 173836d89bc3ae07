import { TiquError } from './tiqu-error.js'

/** The service's content inspection refused the input or output. Never retried with the same input. */
export class ContentInspectionError extends TiquError {
  /** The service's id for the failed request, to quote to its support. */
  readonly requestId: string | undefined

  constructor(message: string, options?: { cause?: unknown; requestId?: string }) {
    super('TIQU_CONTENT_INSPECTION', message, options)
    this.name = 'ContentInspectionError'
    this.requestId = options?.requestId
  }
}
