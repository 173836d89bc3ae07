import { TiquError } from './tiqu-error.js'

/** A stream broke after output had begun; what arrived is kept on the error, marked incomplete. */
export class StreamInterruptedError extends TiquError {
  /** The text that arrived before the stream broke. Incomplete: never a result. */
  readonly partialText: string

  constructor(message: string, options: { partialText: string; cause?: unknown }) {
    super('TIQU_STREAM_INTERRUPTED', message, { cause: options.cause })
    this.name = 'StreamInterruptedError'
    this.partialText = options.partialText
  }
}
