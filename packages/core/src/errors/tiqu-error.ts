const marker = Symbol.for('tiqu.error')

/** Stable codes of every error tiqu raises; callers may switch on them across versions. */
export type TiquErrorCode =
  | 'TIQU_INVALID_OPTION'
  | 'TIQU_INPUT_NOT_FOUND'
  | 'TIQU_INPUT_EMPTY'
  | 'TIQU_UNSUPPORTED_IMAGE'
  | 'TIQU_IMAGE_DAMAGED'
  | 'TIQU_IMAGE_DIMENSIONS'
  | 'TIQU_IMAGE_TOO_LARGE'
  | 'TIQU_PDF_UNREADABLE'
  | 'TIQU_TEMPLATE_NOT_FOUND'
  | 'TIQU_TEMPLATE_INVALID'
  | 'TIQU_ENGINE_NOT_FOUND'
  | 'TIQU_ENGINE_UNSUPPORTED'
  | 'TIQU_AUTH'
  | 'TIQU_RATE_LIMITED'
  | 'TIQU_BAD_REQUEST'
  | 'TIQU_CONTENT_INSPECTION'
  | 'TIQU_TIMEOUT'
  | 'TIQU_SERVER'
  | 'TIQU_CONNECTION'
  | 'TIQU_STREAM_INTERRUPTED'
  | 'TIQU_ABORTED'
  | 'TIQU_INTERNAL'

/**
 * The base of every error tiqu raises. The message says what happened, why, and what to do.
 * Use {@link TiquError.isInstance} rather than `instanceof`: it holds when two copies of core are installed.
 */
export class TiquError extends Error {
  readonly [marker] = true
  /** Stable, machine-readable code. */
  readonly code: TiquErrorCode

  constructor(code: TiquErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'TiquError'
    this.code = code
  }

  /** True for any tiqu error, whichever copy of `@tiqu/core` created it. */
  static isInstance(value: unknown): value is TiquError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true
  }

  /** The `{ code, message }` pair a result record carries. */
  toJSON(): { code: TiquErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}
