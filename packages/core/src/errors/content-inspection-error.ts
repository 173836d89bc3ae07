import { TiquError } from './tiqu-error.js'

/** The service's content inspection refused the input or output. Never retried with the same input. */
export class ContentInspectionError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_CONTENT_INSPECTION', message, options)
    this.name = 'ContentInspectionError'
  }
}
