import { TiquError } from './tiqu-error.js'

/** A template was refused by the registry: its schema does not compile, or its contract version is not supported. */
export class TemplateInvalidError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_TEMPLATE_INVALID', message, options)
    this.name = 'TemplateInvalidError'
  }
}
