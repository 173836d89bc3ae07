import { APIError, type OpenAI } from 'openai'
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources'
import { ConnectionError } from '../../errors/connection-error.js'
import { ServerError } from '../../errors/server-error.js'
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
 * One non-streaming attempt: yields the whole text as one delta, then usage and finish. Returns a
 * retryable failure when the body broke off while it was read.
 */
export async function* completeOnce(
  client: OpenAI,
  body: QwenChatRequest,
  signal: AbortSignal | undefined,
  context: ApiErrorContext,
): AsyncGenerator<EnginePart, FailedBeforeText | undefined, undefined> {
  let completion: ChatCompletion
  try {
    completion = await client.chat.completions.create(
      body as unknown as ChatCompletionCreateParamsNonStreaming,
      signal ? { signal } : {},
    )
  } catch (error) {
    if (signal?.aborted) throw aborted(signal.reason)
    // The SDK has already retried what failed before a response; anything else broke while the body
    // was read, which the SDK does not retry.
    if (error instanceof APIError) throw mapApiError(error, context)
    return {
      error: new ConnectionError(
        `The connection to Qwen-OCR at ${context.baseURL} broke while the answer was read, on every attempt ` +
          `(${describeFailure(error)}). Retry later; if it keeps happening, check any proxy in between.`,
        { cause: error },
      ),
    }
  }
  const choice = typeof completion === 'object' && completion !== null ? completion.choices?.[0] : undefined
  if (!choice) {
    throw new ServerError(
      `The server at ${context.baseURL} answered, but not with a chat completion. Check that the base URL ` +
        '(TIQU_BASE_URL or --base-url) points at an OpenAI-compatible API ending in /v1.',
    )
  }
  const content = choice.message?.content ?? ''
  if (content) yield { type: 'text-delta', textDelta: content }
  const tokens = toTokenLogprobs(choice.logprobs)
  if (tokens.length > 0) yield { type: 'logprobs', tokens }
  yield { type: 'usage', usage: toUsage(completion.usage) }
  yield {
    type: 'finish',
    finishReason: toFinishReason(choice.finish_reason),
    ...(completion.model ? { model: completion.model } : {}),
  }
  return undefined
}
