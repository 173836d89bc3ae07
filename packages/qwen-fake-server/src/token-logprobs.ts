import { createHash } from 'node:crypto'
import { tokenizeContent } from './tokenize-content.js'
import type { FakeLogprobs } from './types.js'

/** One token as OpenAI's `choices[0].logprobs.content` gives it. */
export interface FakeTokenLogprob {
  token: string
  logprob: number
  bytes: number[]
  top_logprobs: Array<{ token: string; logprob: number; bytes: number[] }>
}

// Stand-ins for the runner-up tokens a model weighs at each step.
const alternatives = [' ', '0', '1', '的', ',', 'a', '"', '\n', '-', '号']

/**
 * The tokens of `content` with log-probabilities: a confident model by default (each token between
 * -0.0005 and -0.0104, fixed by the token and its position), with `options.substrings` setting the
 * logprob of every token that overlaps an occurrence of a substring. With `topLogprobs` > 0 each token
 * lists that many candidates, by probability: itself and stand-ins sharing the rest of the mass.
 */
export function tokenLogprobs(
  content: string,
  topLogprobs: number,
  options: FakeLogprobs = {},
): FakeTokenLogprob[] {
  const tokens = tokenizeContent(content)
  const overrides = findOverrides(content, options.substrings ?? {})
  let offset = 0
  return tokens.map((token, index) => {
    const start = offset
    offset += token.length
    const override = overrides.find((span) => span.start < offset && start < span.end)
    const logprob = override?.logprob ?? options.default ?? jitter(token, index)
    return {
      token,
      logprob,
      bytes: [...Buffer.from(token, 'utf8')],
      top_logprobs: candidates(token, logprob, topLogprobs),
    }
  })
}

function findOverrides(
  content: string,
  substrings: { [text: string]: number },
): Array<{ start: number; end: number; logprob: number }> {
  const spans: Array<{ start: number; end: number; logprob: number }> = []
  for (const [text, logprob] of Object.entries(substrings)) {
    if (text === '') continue
    for (let at = content.indexOf(text); at !== -1; at = content.indexOf(text, at + text.length))
      spans.push({ start: at, end: at + text.length, logprob })
  }
  return spans
}

function jitter(token: string, index: number): number {
  const hash = createHash('sha1').update(`${index}\0${token}`).digest()
  return -(0.0005 + (hash.readUInt16BE(0) % 100) / 10_000)
}

function candidates(token: string, logprob: number, count: number): FakeTokenLogprob['top_logprobs'] {
  if (count <= 0) return []
  const chosen = { token, logprob, bytes: [...Buffer.from(token, 'utf8')] }
  // The rest of the probability mass, shared out halving, so the candidates never sum above 1.
  let rest = Math.max(1 - Math.exp(logprob), 1e-9) / 2
  const others = alternatives
    .filter((alternative) => alternative !== token)
    .slice(0, count - 1)
    .map((alternative) => {
      const entry = {
        token: alternative,
        logprob: Math.log(rest),
        bytes: [...Buffer.from(alternative, 'utf8')],
      }
      rest /= 2
      return entry
    })
  // The chosen token is listed first only when it is the most likely; otherwise in its place by probability.
  return [chosen, ...others].sort((a, b) => b.logprob - a.logprob)
}
