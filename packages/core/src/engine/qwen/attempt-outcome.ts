import type { CompletionUsage } from 'openai/resources'
import { AbortedError } from '../../errors/aborted-error.js'
import type { FinishReason, Usage } from '../types.js'

/** An attempt that failed after the response began but before any text reached the caller: retryable. */
export interface FailedBeforeText {
  /** What to throw when no retry is left. */
  error: Error
}

/** The usage part from the API's usage; `image_tokens` sits in `prompt_tokens_details`, 0 when absent. */
export function toUsage(usage: CompletionUsage | undefined): Usage {
  const details = usage?.prompt_tokens_details as { image_tokens?: number | null } | undefined
  return {
    prompt_tokens: usage?.prompt_tokens ?? 0,
    completion_tokens: usage?.completion_tokens ?? 0,
    total_tokens: usage?.total_tokens ?? 0,
    image_tokens: details?.image_tokens ?? 0,
  }
}

/** The API's finish_reason as an engine finish reason. */
export function toFinishReason(reason: string | null | undefined): FinishReason {
  return reason === 'stop' || reason === 'length' || reason === 'content_filter' ? reason : 'other'
}

/** The error for a request the caller aborted. */
export function aborted(reason: unknown): AbortedError {
  return new AbortedError('The request to Qwen-OCR was aborted by the caller.', { cause: reason })
}

/** An error and its cause in one line, for messages. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message
}
