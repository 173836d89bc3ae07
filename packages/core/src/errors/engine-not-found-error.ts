import { TiquError } from './tiqu-error.js'

/** No engine of the requested name is registered. */
export class EngineNotFoundError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_ENGINE_NOT_FOUND', message, options)
    this.name = 'EngineNotFoundError'
  }
}
