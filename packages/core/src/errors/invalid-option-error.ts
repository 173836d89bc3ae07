import { TiquError } from './tiqu-error.js'

/** An option or parameter is out of range or conflicts with another; raised before any network call. */
export class InvalidOptionError extends TiquError {
  /** The option at fault, e.g. `temperature`, when one is. */
  readonly parameter: string | undefined

  constructor(message: string, options?: { cause?: unknown; parameter?: string }) {
    super('TIQU_INVALID_OPTION', message, options)
    this.name = 'InvalidOptionError'
    this.parameter = options?.parameter
  }
}
