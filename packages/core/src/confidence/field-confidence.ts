/** One generated token and its log-probability, as the API's `logprobs.content` gives them. */
export interface TokenLogprob {
  token: string
  logprob: number
  /**
   * The token's UTF-8 bytes, as the API sends them: where a token ends inside a character (a Han
   * character split over two tokens), the token strings do not spell the text, but the bytes do.
   */
  bytes?: number[]
}

/**
 * The model's confidence in each top-level field's value: the probability it gave to the tokens that
 * wrote the value, multiplied (`exp` of their summed log-probabilities) — the chance that the value
 * came out exactly as it is, which is what a reviewer wants to sort by. Fields whose value is null,
 * empty, an object, or not to be located in the text, get none. Returns `{}` when neither the tokens
 * nor their bytes spell the text.
 */
export function fieldConfidence(
  text: string,
  tokens: readonly TokenLogprob[],
  data: { [field: string]: unknown },
): { [field: string]: number } {
  const layout = layOutTokens(text, tokens)
  if (!layout) return {}
  const confidence: { [field: string]: number } = {}
  for (const [field, value] of Object.entries(data)) {
    if (value === null || typeof value === 'object') continue
    const found = locateValue(text, field)
    if (!found || found.end <= found.start) continue
    const span =
      layout.unit === 'chars'
        ? found
        : { start: byteLength(text.slice(0, found.start)), end: byteLength(text.slice(0, found.end)) }
    let logprob = 0
    tokens.forEach((token, index) => {
      const start = layout.starts[index] ?? 0
      const end = layout.starts[index + 1] ?? layout.total
      if (start < span.end && span.start < end) logprob += token.logprob
    })
    confidence[field] = Math.exp(logprob)
  }
  return confidence
}

/** Where each token starts in the text, counted in UTF-16 units when the token strings spell it, else in bytes. */
function layOutTokens(
  text: string,
  tokens: readonly TokenLogprob[],
): { unit: 'chars' | 'bytes'; starts: number[]; total: number } | undefined {
  const starts: number[] = []
  let spelled = ''
  for (const token of tokens) {
    starts.push(spelled.length)
    spelled += token.token
  }
  if (spelled === text) return { unit: 'chars', starts, total: spelled.length }
  if (!tokens.every((token) => Array.isArray(token.bytes))) return undefined
  const bytes = Buffer.from(tokens.flatMap((token) => token.bytes ?? []))
  if (!bytes.equals(Buffer.from(text, 'utf8'))) return undefined
  let offset = 0
  return {
    unit: 'bytes',
    starts: tokens.map((token) => {
      const start = offset
      offset += token.bytes?.length ?? 0
      return start
    }),
    total: offset,
  }
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
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
  const end = text.slice(start).search(/\s*[,}\n]/)
  return end <= 0 ? undefined : { start, end: start + end }
}
