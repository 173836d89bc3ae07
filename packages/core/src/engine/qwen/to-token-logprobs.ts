import type { ChatCompletionTokenLogprob } from 'openai/resources'
import type { TokenLogprob } from '../../confidence/field-confidence.js'

/**
 * The tokens of a choice's `logprobs.content` (a whole completion's, or one chunk's), or none when
 * the service sent no log-probabilities. Entries that are not tokens are dropped rather than trusted:
 * confidence is then simply not given, as the tokens no longer spell the text.
 */
export function toTokenLogprobs(
  logprobs: { content?: ChatCompletionTokenLogprob[] | null } | null | undefined,
): TokenLogprob[] {
  const content = logprobs?.content
  if (!Array.isArray(content)) return []
  const tokens: TokenLogprob[] = []
  for (const entry of content) {
    if (typeof entry?.token !== 'string' || typeof entry.logprob !== 'number') continue
    tokens.push({
      token: entry.token,
      logprob: entry.logprob,
      ...(Array.isArray(entry.bytes) ? { bytes: entry.bytes } : {}),
    })
  }
  return tokens
}
