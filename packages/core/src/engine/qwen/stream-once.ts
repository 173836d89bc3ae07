import { APIError, type OpenAI } from 'openai'
import type {
  ChatCompletionChunk,
  ChatCompletionCreateParamsStreaming,
  CompletionUsage,
} from 'openai/resources'
import { ConnectionError } from '../../errors/connection-error.js'
import { StreamInterruptedError } from '../../errors/stream-interrupted-error.js'
import { TimeoutError } from '../../errors/timeout-error.js'
import { TiquError } from '../../errors/tiqu-error.js'
import type { EnginePart } from '../types.js'
import {
  aborted,
  describeFailure,
  type FailedBeforeText,
  toFinishReason,
  toUsage,
} from './attempt-outcome.js'
import type { QwenChatRequest } from './build-request.js'
import { type ApiErrorContext, mapApiError } from './map-api-error.js'
import { toTokenLogprobs } from './to-token-logprobs.js'

/**
 * One streaming attempt: yields text as chunks arrive, then usage and finish. Returns a retryable
 * failure when the stream broke before any text; throws once text has been yielded.
 */
export async function* streamOnce(
  client: OpenAI,
  body: QwenChatRequest,
  signal: AbortSignal | undefined,
  context: ApiErrorContext,
): AsyncGenerator<EnginePart, FailedBeforeText | undefined, undefined> {
  // The SDK's timeout ends when the headers arrive; a stream that then stalls needs its own watch.
  const idle = new AbortController()
  const combined = signal ? AbortSignal.any([signal, idle.signal]) : idle.signal
  let stream: AsyncIterable<ChatCompletionChunk>
  try {
    stream = await client.chat.completions.create(body as unknown as ChatCompletionCreateParamsStreaming, {
      signal: combined,
    })
  } catch (error) {
    throw mapApiError(error, context)
  }

  let text = ''
  let finishReason: string | undefined
  let usage: CompletionUsage | undefined
  let responseModel: string | undefined
  let failure: unknown
  let timer = setTimeout(() => idle.abort(), context.timeoutMs)
  try {
    for await (const chunk of stream) {
      clearTimeout(timer)
      timer = setTimeout(() => idle.abort(), context.timeoutMs)
      responseModel = chunk.model || responseModel
      if (chunk.usage) usage = chunk.usage
      const choice = chunk.choices[0]
      const delta = choice?.delta?.content
      if (delta) {
        text += delta
        yield { type: 'text-delta', textDelta: delta }
        // Each chunk's tokens spell its own delta, so they follow it; a chunk without text has none.
        const tokens = toTokenLogprobs(choice.logprobs)
        if (tokens.length > 0) yield { type: 'logprobs', tokens }
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason
    }
  } catch (error) {
    failure = error
  } finally {
    clearTimeout(timer)
  }

  // The SDK ends a stream quietly when its signal aborts, so which signal fired decides what happened.
  if (signal?.aborted) throw aborted(signal.reason)
  // An error event the service sent inside the stream is its verdict, not a broken connection.
  const verdict = failure instanceof APIError ? mapApiError(failure, context) : undefined
  if (verdict?.code === 'TIQU_CONTENT_INSPECTION') throw verdict
  if (finishReason === undefined) {
    const timedOut = idle.signal.aborted
    const why = timedOut
      ? `it stalled for ${context.timeoutMs} ms`
      : verdict
        ? `the service reported an error (${verdict.message})`
        : failure
          ? `the connection broke (${describeFailure(failure)})`
          : 'it ended without a finish reason'
    const cause = timedOut
      ? new TimeoutError(
          `Qwen-OCR at ${context.baseURL} sent nothing for ${context.timeoutMs} ms in the middle of a stream, on every ` +
            'attempt. Retry later, or raise timeoutMs (--timeout).',
        )
      : (verdict ?? failure)
    if (text === '') {
      if (TiquError.isInstance(cause)) return { error: cause }
      return {
        error: failure
          ? new ConnectionError(
              `The connection to Qwen-OCR at ${context.baseURL} broke before any text arrived, on every attempt ` +
                `(${describeFailure(failure)}). Retry later; if it keeps happening, check any proxy in between.`,
              { cause: failure },
            )
          : new StreamInterruptedError(
              `Qwen-OCR's stream from ${context.baseURL} ended before any text and without a finish reason, on every ` +
                'attempt. Check that the base URL points at an OpenAI-compatible API, or run without --stream.',
              { partialText: '' },
            ),
      }
    }
    throw new StreamInterruptedError(
      `Qwen-OCR's answer broke off after ${text.length} characters: ${why}. The partial text is kept on the ` +
        'error but is not a result; retry the document.',
      { partialText: text, cause },
    )
  }
  // A break after the finish chunk loses at most the usage chunk; the text itself is complete.
  yield { type: 'usage', usage: toUsage(usage) }
  yield {
    type: 'finish',
    finishReason: toFinishReason(finishReason),
    ...(responseModel ? { model: responseModel } : {}),
  }
  return undefined
}
