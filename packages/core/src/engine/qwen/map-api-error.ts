import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai'
import { AbortedError } from '../../errors/aborted-error.js'
import { AuthenticationError } from '../../errors/authentication-error.js'
import { BadRequestError } from '../../errors/bad-request-error.js'
import { ConnectionError } from '../../errors/connection-error.js'
import { ContentInspectionError } from '../../errors/content-inspection-error.js'
import { RateLimitedError } from '../../errors/rate-limited-error.js'
import { ServerError } from '../../errors/server-error.js'
import { TimeoutError } from '../../errors/timeout-error.js'
import { TiquError } from '../../errors/tiqu-error.js'

/** What a message needs to tell the user where the request went and what was tried. */
export interface ApiErrorContext {
  baseURL: string
  model: string
  maxRetries: number
  timeoutMs: number
}

/**
 * The one place where errors of the `openai` SDK become tiqu errors. Each message says what happened,
 * why, and what to do, and quotes the service's own message and request id.
 */
export function mapApiError(error: unknown, context: ApiErrorContext): TiquError {
  if (TiquError.isInstance(error)) return error
  if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError')) {
    return new AbortedError('The request to Qwen-OCR was aborted by the caller.', { cause: error })
  }
  const retried =
    context.maxRetries > 0
      ? `, after ${context.maxRetries} ${plural(context.maxRetries, 'retry', 'retries')}`
      : ''
  if (error instanceof APIConnectionTimeoutError) {
    return new TimeoutError(
      `Qwen-OCR at ${context.baseURL} did not answer within ${context.timeoutMs} ms${retried}. The service may be busy ` +
        'or the network slow; raise timeoutMs (--timeout), or lower max_pixels so the image takes less time.',
      { cause: error },
    )
  }
  if (error instanceof APIConnectionError) {
    return new ConnectionError(
      `Could not reach Qwen-OCR at ${context.baseURL}${retried}: ${describeCause(error.cause ?? error)}. Check the network, any proxy, ` +
        'and the base URL (TIQU_BASE_URL or --base-url).',
      { cause: error },
    )
  }
  if (!(error instanceof APIError)) {
    return new ConnectionError(
      `The connection to Qwen-OCR at ${context.baseURL} broke: ${describeCause(error)}. Retry; if it keeps happening, ` +
        'check the network and any proxy between you and the service.',
      { cause: error },
    )
  }

  const requestId = error.requestID ?? undefined
  const detail = describeServiceError(error)
  const quoted = `(${detail}${requestId ? `; request id ${requestId}` : ''})`
  const options = { cause: error, ...(requestId ? { requestId } : {}) }
  if (/^data_?inspection_?failed$/i.test(code(error)) || error.type === 'data_inspection_failed') {
    return new ContentInspectionError(
      `Alibaba's content inspection refused this request ${quoted}. Sending the same image and prompt again fails ` +
        'the same way; check the image, or read it with the local engine (--engine local).',
      options,
    )
  }
  const status = error.status
  if (status === 401 || status === 403) {
    return new AuthenticationError(
      `Qwen-OCR refused the API key ${quoted}. Check DASHSCOPE_API_KEY. Keys belong to one region: a Beijing key ` +
        `fails against the Singapore or US endpoint and the reverse, and this request went to ${context.baseURL} ` +
        `(set TIQU_BASE_URL or --base-url to your key's region).` +
        (status === 403 ? ` A 403 can also mean the key's workspace may not use ${context.model}.` : ''),
      options,
    )
  }
  if (status === 429) {
    return new RateLimitedError(
      `Qwen-OCR's rate limit held${retried} ${quoted}. The requests- and tokens-per-minute quotas belong to the ` +
        'Alibaba Cloud account and are shared by all its keys; lower --concurrency, or wait a minute and retry.',
      options,
    )
  }
  if (status !== undefined && status >= 500) {
    return new ServerError(
      `Qwen-OCR failed on its side${retried} ${quoted}. This is usually temporary; retry in a while.`,
      options,
    )
  }
  if (status === undefined) {
    // An error event inside a stream: the service gave up mid-answer.
    return new ServerError(
      `Qwen-OCR reported an error in the middle of its answer ${quoted}. Retry the document.`,
      options,
    )
  }
  return new BadRequestError(
    `Qwen-OCR refused the request ${quoted}. ${badRequestAdvice(error, context)}`,
    options,
  )
}

function badRequestAdvice(error: APIError, context: ApiErrorContext): string {
  const message = describeServiceError(error)
  if (error.status === 404 || /model.?not.?(found|exist|supported)/i.test(message)) {
    return (
      `Check the model name '${context.model}' and that your region offers it (Singapore and the US serve only ` +
      'qwen-vl-ocr and qwen-vl-ocr-2025-11-20), and that the base URL ends in /compatible-mode/v1.'
    )
  }
  if (/data-uri|file size is too large/i.test(message)) {
    return 'The image is too large to send inline; downscale it, or pass a public http(s) URL to it.'
  }
  if (/download|media resource|content-type of multimodal url/i.test(message)) {
    return (
      'The service could not fetch the image URL. Use a public URL it can reach quickly (same region), ' +
      'or pass the file so it is sent inline.'
    )
  }
  if (/length and width/i.test(message)) {
    return 'Each side of the image must be over 10 px and the aspect ratio at most 200:1.'
  }
  if (/arrearage|overdue/i.test(code(error))) {
    return 'The Alibaba Cloud account is in arrears; top it up in the console.'
  }
  return 'This is not retried: fix the request (the service message above says what it refused).'
}

function describeServiceError(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined
  const message = typeof body?.message === 'string' ? body.message.trim() : error.message
  const label = code(error)
  return label ? `${label}: ${message}` : message
}

function code(error: APIError): string {
  return String(error.code ?? error.type ?? '')
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? error.cause : undefined
  const inner = cause?.cause instanceof Error ? cause.cause.message : undefined
  return [error.message, cause?.message, inner].filter(Boolean).join(': ')
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many
}
