import type { TiquErrorCode } from '@tiqu/core'

/** Codes of the errors only the server raises; core's `TiquErrorCode`s are used as they are. */
export type ServerErrorCode =
  | 'TIQU_UNAUTHORIZED'
  | 'TIQU_INVALID_REQUEST'
  | 'TIQU_BODY_TOO_LARGE'
  | 'TIQU_URL_REFUSED'
  | 'TIQU_RATE_LIMITED'
  | 'TIQU_NOT_FOUND'
  | 'TIQU_ENGINE_UNSUPPORTED'
  | 'TIQU_INPUT_NOT_FOUND'
  | 'TIQU_IMAGE_TOO_LARGE'
  | 'TIQU_INTERNAL'

/** An error with its HTTP status, raised by the server's own checks (auth, limits, URLs). */
export class HttpError extends Error {
  readonly statusCode: number
  readonly code: ServerErrorCode | TiquErrorCode
  /** Sent as a header with the error, e.g. `Retry-After`. */
  readonly headers: Record<string, string>

  constructor(
    statusCode: number,
    code: ServerErrorCode | TiquErrorCode,
    message: string,
    options: { headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'HttpError'
    this.statusCode = statusCode
    this.code = code
    this.headers = options.headers ?? {}
  }
}
