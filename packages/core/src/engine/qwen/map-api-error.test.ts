import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai'
import { describe, expect, it } from 'vitest'
import { AbortedError } from '../../errors/aborted-error.js'
import { AuthenticationError } from '../../errors/authentication-error.js'
import { BadRequestError } from '../../errors/bad-request-error.js'
import { ConnectionError } from '../../errors/connection-error.js'
import { ContentInspectionError } from '../../errors/content-inspection-error.js'
import { InvalidOptionError } from '../../errors/invalid-option-error.js'
import { ServerError } from '../../errors/server-error.js'
import { TimeoutError } from '../../errors/timeout-error.js'
import { mapApiError } from './map-api-error.js'

const context = {
  baseURL: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1',
  model: 'qwen-vl-ocr-2025-11-20',
  maxRetries: 2,
  timeoutMs: 120_000,
}

function apiError(status: number | undefined, error: object, requestId?: string): APIError {
  const headers = new Headers(requestId ? { 'x-request-id': requestId } : {})
  return status === undefined
    ? new APIError(undefined, error, undefined, undefined)
    : APIError.generate(status, { error }, undefined, headers)
}

describe('mapApiError', () => {
  it('maps 403 to AuthenticationError, naming the model access problem too', () => {
    const error = mapApiError(
      apiError(403, { code: 'Model.AccessDenied', message: 'Model access denied.' }, 'req-1'),
      context,
    )
    expect(error).toBeInstanceOf(AuthenticationError)
    expect((error as AuthenticationError).requestId).toBe('req-1')
    expect(error.message).toContain("the key's workspace may not use qwen-vl-ocr-2025-11-20")
    expect(error.message).toContain('dashscope-intl')
  })

  it('maps a content-inspection error event inside a stream (no status) to ContentInspectionError', () => {
    const error = mapApiError(
      apiError(undefined, {
        code: 'data_inspection_failed',
        message: 'Output data may contain inappropriate content.',
      }),
      context,
    )
    expect(error).toBeInstanceOf(ContentInspectionError)
  })

  it('maps other error events inside a stream to ServerError', () => {
    expect(
      mapApiError(apiError(undefined, { code: 'internal_error', message: 'boom' }), context),
    ).toBeInstanceOf(ServerError)
  })

  it('maps 422 and other 4xx to BadRequestError with advice from the service message', () => {
    const tooLarge = mapApiError(
      apiError(400, {
        code: 'invalid_parameter_error',
        message:
          '<400> InternalError.Algo.InvalidParameter: Exceeded limit on max bytes per data-uri item : 10485760',
      }),
      context,
    )
    expect(tooLarge).toBeInstanceOf(BadRequestError)
    expect(tooLarge.message).toContain('pass a public http(s) URL')
    expect(mapApiError(apiError(422, { message: 'bad' }), context)).toBeInstanceOf(BadRequestError)
  })

  it('maps the SDK transport errors: timeout, connection, abort', () => {
    expect(mapApiError(new APIConnectionTimeoutError(), context)).toBeInstanceOf(TimeoutError)
    const connection = mapApiError(
      new APIConnectionError({ message: 'Connection error.', cause: new Error('getaddrinfo ENOTFOUND') }),
      context,
    )
    expect(connection).toBeInstanceOf(ConnectionError)
    expect(connection.message).toContain('getaddrinfo ENOTFOUND')
    expect(connection.message).not.toContain('Connection error.')
    expect(mapApiError(new APIUserAbortError(), context)).toBeInstanceOf(AbortedError)
    expect(mapApiError(new DOMException('aborted', 'AbortError'), context)).toBeInstanceOf(AbortedError)
  })

  it('passes tiqu errors through and turns anything else into ConnectionError', () => {
    const invalid = new InvalidOptionError('x')
    expect(mapApiError(invalid, context)).toBe(invalid)
    expect(mapApiError(new TypeError('terminated'), context)).toBeInstanceOf(ConnectionError)
  })
})
