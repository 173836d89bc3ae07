/** One generated token and its log-probability, as the API's `logprobs.content` gives them. */
export interface TokenLogprob {
  token: string
  logprob: number
}

/**
 * The model's confidence in each top-level field's value: the probability it gave to the tokens that
 * wrote the value, multiplied (`exp` of their summed log-probabilities) — the chance that the value
 * came out exactly as it is, which is what a reviewer wants to sort by. Fields whose value is null,
 * or cannot be located in the text, get none. Returns `{}` when the tokens do not spell the text.
 */
export function fieldConfidence(
  text: string,
  tokens: readonly TokenLogprob[],
  data: { [field: string]: unknown },
): { [field: string]: number } {
  const starts: number[] = []
  let spelled = ''
  for (const token of tokens) {
    starts.push(spelled.length)
    spelled += token.token
  }
  if (spelled !== text) return {}
  const confidence: { [field: string]: number } = {}
  for (const [field, value] of Object.entries(data)) {
    if (value === null || typeof value === 'object') continue
    const span = locateValue(text, field)
    if (!span) continue
    let logprob = 0
    tokens.forEach((token, index) => {
      const start = starts[index] ?? 0
      if (start < span.end && span.start < start + token.token.length) logprob += token.logprob
    })
    confidence[field] = Math.exp(logprob)
  }
  return confidence
}

/** Where the value written after `"field":` (or `'field':`) starts and ends, quotes excluded. */
function locateValue(text: string, field: string): { start: number; end: number } | undefined {
  const key = new RegExp(`(["'])${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\s*:\\s*`, 'u').exec(text)
  if (!key) return undefined
  let start = key.index + key[0].length
  const quote = text[start]
  if (quote === '"' || quote === "'") {
    start += 1
    for (let index = start; index < text.length; index++) {
      if (text[index] === '\\') index++
      else if (text[index] === quote) return { start, end: index }
    }
    return undefined
  }
  const end = text.slice(start).search(/[,}\n]/)
  return end <= 0 ? undefined : { start, end: start + end }
}
