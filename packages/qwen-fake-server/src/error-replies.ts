import type { ErrorReply } from './types.js'

// The bodies below are DashScope's compatible-mode error bodies as documented in Alibaba's error-code
// page and seen in public fixtures; the fake adds `request_id` when it sends them. They live together
// because they are one thing: the catalogue of errors the real service answers with.

function dashScopeError(status: number, code: string, type: string, message: string): ErrorReply {
  return { status, body: { error: { message, type, param: null, code } } }
}

/**
 * 429 `limit_requests`: the account's requests-per-minute quota is spent.
 * @param options.retryAfterSeconds sent as `Retry-After` when given (DashScope itself usually omits it).
 */
export function rateLimitedReply(options: { retryAfterSeconds?: number } = {}): ErrorReply {
  const reply = dashScopeError(
    429,
    'limit_requests',
    'limit_requests',
    'You have exceeded your current request limit. For details, see: https://help.aliyun.com/zh/model-studio/error-code#rate-limit',
  )
  if (options.retryAfterSeconds !== undefined) {
    reply.headers = { 'retry-after': String(options.retryAfterSeconds) }
  }
  return reply
}

/** 400 `invalid_parameter_error`, with the `<400> InternalError.Algo.InvalidParameter:` prefix the service puts on the message. */
export function invalidParameterReply(detail: string): ErrorReply {
  return dashScopeError(
    400,
    'invalid_parameter_error',
    'invalid_request_error',
    `<400> InternalError.Algo.InvalidParameter: ${detail}`,
  )
}

/** 400 `data_inspection_failed`: Alibaba's content inspection refused the input (or the output). */
export function dataInspectionFailedReply(
  message = 'Input data may contain inappropriate content.',
): ErrorReply {
  return dashScopeError(400, 'data_inspection_failed', 'data_inspection_failed', message)
}

/** 401 `invalid_api_key`: a wrong key, or a key of another region. */
export function invalidApiKeyReply(): ErrorReply {
  return dashScopeError(401, 'invalid_api_key', 'invalid_request_error', 'Incorrect API key provided. ')
}

/** 500 `internal_error`: the service failed; clients retry. */
export function internalErrorReply(
  message = 'An internal error has occured, please try again later or contact service support.',
): ErrorReply {
  return dashScopeError(500, 'internal_error', 'internal_error', message)
}

/** 503 `ModelServingError`: the model is over capacity; clients retry. */
export function serviceUnavailableReply(): ErrorReply {
  return dashScopeError(
    503,
    'ModelServingError',
    'ModelServingError',
    'Too many requests. Your requests exceed the service capacity limit. Please try again later.',
  )
}

/** DashScope's body for a status when a test gives none. */
export function defaultErrorBody(status: number): object {
  if (status === 400) return invalidParameterReply('The request is invalid.').body as object
  if (status === 401) return invalidApiKeyReply().body as object
  if (status === 429) return rateLimitedReply().body as object
  if (status === 503) return serviceUnavailableReply().body as object
  if (status >= 500) return internalErrorReply().body as object
  return {
    error: { message: `Request failed with status ${status}.`, type: 'error', param: null, code: null },
  }
}
