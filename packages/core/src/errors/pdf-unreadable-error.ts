import { TiquError } from './tiqu-error.js'

/** A PDF cannot be opened or a page of it rendered: damaged, cut short, or encrypted without the right password. */
export class PdfUnreadableError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_PDF_UNREADABLE', message, options)
    this.name = 'PdfUnreadableError'
  }
}
