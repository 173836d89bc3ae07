import type { FakeTokenLogprob } from './token-logprobs.js'
import type { FakeUsage, RecordedChatBody } from './types.js'

/** What every body of one answer shares: the id, the creation time and the model. */
export interface CompletionIdentity {
  id: string
  created: number
  model: string
}

// DashScope reports this many image tokens for the API page's sample ticket; a fixed number keeps
// fake usage deterministic while still non-zero, so callers that sum image tokens see something.
const imageTokensPerImage = 332
const charactersPerToken = 4
// The model's built-in prompt, counted when the request sends no text part.
const defaultPrompt =
  'Please output only the text content from the image without any additional descriptions or formatting.'

/** The usage object DashScope sends, with every detail field it has (nulls included). */
export function usageBody(
  request: RecordedChatBody | undefined,
  content: string,
  override: Partial<FakeUsage> = {},
) {
  const parts = (request?.messages ?? []).flatMap((message) =>
    typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content,
  )
  const images = parts.filter((part) => part.type === 'image_url').length
  const promptText = parts
    .filter((part) => part.type === 'text')
    .map((part) => String(part.text ?? ''))
    .join('')
  const image_tokens = override.image_tokens ?? images * imageTokensPerImage
  const text_tokens = override.text_tokens ?? estimateTokens(promptText || defaultPrompt)
  const prompt_tokens = override.prompt_tokens ?? image_tokens + text_tokens
  const completion_tokens = override.completion_tokens ?? estimateTokens(content)
  return {
    prompt_tokens,
    completion_tokens,
    total_tokens: override.total_tokens ?? prompt_tokens + completion_tokens,
    prompt_tokens_details: { audio_tokens: null, cached_tokens: null, image_tokens, text_tokens },
    completion_tokens_details: {
      accepted_prediction_tokens: null,
      audio_tokens: null,
      reasoning_tokens: null,
      text_tokens: completion_tokens,
      rejected_prediction_tokens: null,
    },
  }
}

/** A whole `chat.completion`, as a non-streaming request gets it. */
export function completionBody(
  identity: CompletionIdentity,
  content: string,
  finishReason: string,
  usage: ReturnType<typeof usageBody>,
  tokens?: FakeTokenLogprob[],
) {
  return {
    choices: [
      {
        message: { role: 'assistant', content },
        finish_reason: finishReason,
        index: 0,
        logprobs: logprobsBody(tokens),
      },
    ],
    object: 'chat.completion',
    usage,
    created: identity.created,
    system_fingerprint: null,
    model: identity.model,
    id: identity.id,
  }
}

/**
 * One `chat.completion.chunk` with a choice; DashScope sends `usage: null` on every such chunk. With
 * `tokens`, the chunk's `logprobs.content` holds the tokens its delta is made of.
 */
export function chunkBody(
  identity: CompletionIdentity,
  delta: { role?: 'assistant'; content: string },
  finishReason: string | null,
  tokens?: FakeTokenLogprob[],
) {
  return {
    choices: [{ delta, finish_reason: finishReason, index: 0, logprobs: logprobsBody(tokens) }],
    object: 'chat.completion.chunk',
    usage: null,
    created: identity.created,
    system_fingerprint: null,
    model: identity.model,
    id: identity.id,
  }
}

/** The extra last chunk sent only with `stream_options.include_usage`: no choices, the full usage. */
export function usageChunkBody(identity: CompletionIdentity, usage: ReturnType<typeof usageBody>) {
  return {
    choices: [],
    object: 'chat.completion.chunk',
    usage,
    created: identity.created,
    system_fingerprint: null,
    model: identity.model,
    id: identity.id,
  }
}

/** Splits text into pieces of `size` code points, so no chunk ends inside a surrogate pair. */
export function splitContent(content: string, size: number): string[] {
  const characters = Array.from(content)
  const step = Math.max(1, Math.floor(size))
  const pieces: string[] = []
  for (let start = 0; start < characters.length; start += step) {
    pieces.push(characters.slice(start, start + step).join(''))
  }
  return pieces
}

/**
 * Groups tokens into chunks of about `size` code points, never splitting a token, so each chunk's
 * `logprobs.content` spells exactly its delta.
 */
export function groupTokens(
  tokens: readonly FakeTokenLogprob[],
  size: number,
): Array<{ content: string; tokens: FakeTokenLogprob[] }> {
  const chunks: Array<{ content: string; tokens: FakeTokenLogprob[] }> = []
  let current: { content: string; tokens: FakeTokenLogprob[] } | undefined
  for (const token of tokens) {
    if (!current || Array.from(current.content).length >= size) {
      current = { content: '', tokens: [] }
      chunks.push(current)
    }
    current.content += token.token
    current.tokens.push(token)
  }
  return chunks
}

function logprobsBody(tokens: FakeTokenLogprob[] | undefined) {
  return tokens ? { content: tokens, refusal: null } : null
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(Array.from(text).length / charactersPerToken))
}
