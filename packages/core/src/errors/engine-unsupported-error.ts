import { TiquError } from './tiqu-error.js'

/** The engine cannot serve this request (a prompt or template it cannot honour). */
export class EngineUnsupportedError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_ENGINE_UNSUPPORTED', message, options)
    this.name = 'EngineUnsupportedError'
  }
}
