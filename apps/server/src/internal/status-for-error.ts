import { TiquError } from '@tiqu/core'
import { HttpError } from './http-error.js'

/**
 * The HTTP status of each of core's error codes. Errors the caller can fix are 4xx; failures of the
 * upstream model service are 502/503/504, since the caller's request was fine.
 */
const statusByCode: Record<string, number> = {
  TIQU_INVALID_OPTION: 400,
  TIQU_INVALID_REQUEST: 400,
  TIQU_URL_REFUSED: 400,
  TIQU_INPUT_EMPTY: 400,
  TIQU_UNAUTHORIZED: 401,
  TIQU_TEMPLATE_NOT_FOUND: 404,
  TIQU_NOT_FOUND: 404,
  TIQU_IMAGE_TOO_LARGE: 413,
  TIQU_BODY_TOO_LARGE: 413,
  TIQU_UNSUPPORTED_IMAGE: 415,
  TIQU_INPUT_NOT_FOUND: 422,
  TIQU_IMAGE_DAMAGED: 422,
  TIQU_IMAGE_DIMENSIONS: 422,
  TIQU_PDF_UNREADABLE: 422,
  TIQU_ENGINE_UNSUPPORTED: 422,
  // The model service refused our request or its answer: the image or the options are at fault.
  TIQU_BAD_REQUEST: 422,
  TIQU_CONTENT_INSPECTION: 422,
  TIQU_RATE_LIMITED: 429,
  // The server's own DashScope key was refused: the operator must fix it, not the caller.
  TIQU_AUTH: 502,
  TIQU_SERVER: 502,
  TIQU_CONNECTION: 502,
  TIQU_STREAM_INTERRUPTED: 502,
  TIQU_TIMEOUT: 504,
  TIQU_ABORTED: 504,
  TIQU_TEMPLATE_INVALID: 500,
  TIQU_ENGINE_NOT_FOUND: 500,
  TIQU_INTERNAL: 500,
}

/** The status for an error code; 500 for codes it does not know. */
export function statusForCode(code: string): number {
  return statusByCode[code] ?? 500
}

/**
 * Headers that go with a failed record: after the model service's rate limit held through core's own
 * retries, the caller is told to wait rather than retry at once (DashScope's limits recover within a minute).
 */
export function headersForCode(code: string): Record<string, string> {
  return code === 'TIQU_RATE_LIMITED' ? { 'retry-after': '10' } : {}
}

/** An error as the server answers it: status, stable code, message, extra headers. */
export interface DescribedError {
  statusCode: number
  code: string
  message: string
  headers: Record<string, string>
}

/** Describes any thrown value: the server's own errors, core's, Fastify's (validation, body size, JSON). */
export function describeError(error: unknown): DescribedError {
  if (error instanceof HttpError) {
    return { statusCode: error.statusCode, code: error.code, message: error.message, headers: error.headers }
  }
  if (TiquError.isInstance(error)) {
    return { statusCode: statusForCode(error.code), code: error.code, message: error.message, headers: {} }
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string; validation?: unknown }
  const statusCode = fastifyError.statusCode ?? 500
  if (fastifyError.validation) {
    return {
      statusCode: 400,
      code: 'TIQU_INVALID_REQUEST',
      message: `Invalid request: ${fastifyError.message}. See GET /openapi.json for the request shapes.`,
      headers: {},
    }
  }
  if (statusCode === 413 || fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      statusCode: 413,
      code: 'TIQU_BODY_TOO_LARGE',
      message: `The request is too large (${fastifyError.message ?? 'over the limit'}). Send a smaller image: scale it down or compress it; JSON bodies hold at most the server's bodyLimitBytes, uploads at most maxImageBytes.`,
      headers: {},
    }
  }
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || statusCode === 415) {
    return {
      statusCode: 415,
      code: 'TIQU_INVALID_REQUEST',
      message: `${fastifyError.message ?? 'Unsupported content type'}. Send application/json or multipart/form-data.`,
      headers: {},
    }
  }
  if (statusCode >= 400 && statusCode < 500) {
    const invalidJson = error instanceof SyntaxError || /JSON/i.test(fastifyError.code ?? '')
    return {
      statusCode,
      code: 'TIQU_INVALID_REQUEST',
      message: invalidJson
        ? `The body is not valid JSON (${fastifyError.message}). Send a JSON object, with Content-Type: application/json.`
        : (fastifyError.message ?? 'Invalid request.'),
      headers: {},
    }
  }
  return {
    statusCode: 500,
    code: 'TIQU_INTERNAL',
    message: 'The server failed while handling the request; it has been logged. Try again.',
    headers: {},
  }
}
