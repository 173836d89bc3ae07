import { TiquError } from './tiqu-error.js'

/** No installed template matches the requested id or version range. */
export class TemplateNotFoundError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_TEMPLATE_NOT_FOUND', message, options)
    this.name = 'TemplateNotFoundError'
  }
}
