import { HttpError } from './http-error.js'

/** Counts the requests each caller has running and refuses one over the limit. */
export interface ConcurrencyLimit {
  /** Takes a slot for the caller, or throws `429` with `Retry-After: 1`; the returned function frees it (once). */
  acquire(caller: string): () => void
  /** Requests running now, over every caller. */
  running(): number
}

/** Per-caller concurrency, so one caller cannot hold the whole engine. */
export function createConcurrencyLimit(maxPerCaller: number): ConcurrencyLimit {
  const counts = new Map<string, number>()
  let total = 0
  return {
    acquire(caller) {
      const count = counts.get(caller) ?? 0
      if (count >= maxPerCaller) {
        throw new HttpError(
          429,
          'TIQU_RATE_LIMITED',
          `You already have ${count} extractions running, the most this server runs at once for one key. Wait for one to finish, then retry.`,
          { headers: { 'retry-after': '1' } },
        )
      }
      counts.set(caller, count + 1)
      total += 1
      let released = false
      return () => {
        if (released) return
        released = true
        total -= 1
        const left = (counts.get(caller) ?? 1) - 1
        if (left === 0) counts.delete(caller)
        else counts.set(caller, left)
      }
    },
    running: () => total,
  }
}
