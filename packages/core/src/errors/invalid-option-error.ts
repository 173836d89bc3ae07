import { TiquError } from './tiqu-error.js'

/** An option or parameter is out of range or conflicts with another; raised before any network call. */
export class InvalidOptionError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_INVALID_OPTION', message, options)
    this.name = 'InvalidOptionError'
  }
}
