import type { ExtractResult, Usage } from '@tiqu/core'

/** What every body of one answer shares, as DashScope sends it. */
export interface ChatIdentity {
  id: string
  created: number
  model: string
}

/** The usage object of compatible mode, details included. */
export function chatUsage(usage: Usage) {
  return {
    prompt_tokens: usage.prompt_tokens,
    completion_tokens: usage.completion_tokens,
    total_tokens: usage.total_tokens,
    prompt_tokens_details: {
      image_tokens: usage.image_tokens,
      text_tokens: Math.max(0, usage.prompt_tokens - usage.image_tokens),
    },
    completion_tokens_details: { text_tokens: usage.completion_tokens },
  }
}

/** `stop`, `length` or `content_filter`, as the chat API names why the answer ended. */
export function chatFinishReason(result: ExtractResult): string {
  const reason = result.finish_reason
  return reason === 'length' || reason === 'content_filter' ? reason : 'stop'
}

/** A whole `chat.completion`. */
export function completionBody(identity: ChatIdentity, content: string, finishReason: string, usage: Usage) {
  return {
    id: identity.id,
    object: 'chat.completion',
    created: identity.created,
    model: identity.model,
    choices: [
      { index: 0, message: { role: 'assistant', content }, finish_reason: finishReason, logprobs: null },
    ],
    usage: chatUsage(usage),
    system_fingerprint: null,
  }
}

/** One `chat.completion.chunk` with a choice; `usage` is null on these, as DashScope sends them. */
export function chunkBody(
  identity: ChatIdentity,
  delta: { role?: 'assistant'; content: string },
  finishReason: string | null,
) {
  return {
    id: identity.id,
    object: 'chat.completion.chunk',
    created: identity.created,
    model: identity.model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
    usage: null,
    system_fingerprint: null,
  }
}

/** The extra last chunk of `stream_options.include_usage`: no choices, the full usage. */
export function usageChunkBody(identity: ChatIdentity, usage: Usage) {
  return {
    id: identity.id,
    object: 'chat.completion.chunk',
    created: identity.created,
    model: identity.model,
    choices: [],
    usage: chatUsage(usage),
    system_fingerprint: null,
  }
}

/**
 * DashScope's compatible-mode error body for a status: `code` and `type` as the service names them,
 * so OpenAI clients raise the same exception classes; `tiqu_code` carries tiqu's stable code.
 */
export function chatErrorBody(statusCode: number, code: string, message: string, requestId: string) {
  const [dashscopeCode, type] =
    code === 'TIQU_CONTENT_INSPECTION'
      ? ['data_inspection_failed', 'data_inspection_failed']
      : statusCode === 401
        ? ['invalid_api_key', 'invalid_request_error']
        : statusCode === 429
          ? ['limit_requests', 'limit_requests']
          : statusCode === 404
            ? ['not_found', 'invalid_request_error']
            : statusCode >= 500
              ? ['internal_error', 'internal_error']
              : ['invalid_parameter_error', 'invalid_request_error']
  return {
    error: { code: dashscopeCode, param: null, message, type, tiqu_code: code },
    id: `chatcmpl-${requestId}`,
    request_id: requestId,
  }
}
