/** A fetch that counts the retries the `openai` SDK makes through it. */
export interface RetryCounter {
  fetch: typeof globalThis.fetch
  /** Retries so far; undefined until a request says whether it is one. */
  count(): number | undefined
}

/**
 * The SDK retries inside one call (and should: STYLE.md), so it alone knows how often; it says so on
 * each attempt in `X-Stainless-Retry-Count`. Reading that header counts retries without a second retry
 * loop. Core's own re-try of a stream broken before its first token is a fresh call, and not counted.
 */
export function countRetries(fetch: typeof globalThis.fetch = globalThis.fetch): RetryCounter {
  let retries: number | undefined
  return {
    fetch: (input, init) => {
      const attempt = new Headers(init?.headers).get('x-stainless-retry-count')
      if (attempt !== null) retries = (retries ?? 0) + (Number(attempt) > 0 ? 1 : 0)
      return fetch(input, init)
    },
    count: () => retries,
  }
}
