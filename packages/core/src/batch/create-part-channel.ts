/** A one-reader queue of parts: the producer never waits, the reader waits for the next part. */
export interface PartChannel<TPart> extends AsyncIterable<TPart> {
  push(part: TPart): void
  /** No more parts: the reader ends after the ones queued. */
  close(): void
  /** The reader throws `error` after the parts queued. */
  fail(error: unknown): void
}

/**
 * Parts are buffered rather than dropped when nobody reads yet, so a caller may start reading late,
 * or only await the final promise, and still see every part.
 */
export function createPartChannel<TPart>(): PartChannel<TPart> {
  const queued: TPart[] = []
  let head = 0
  let wake: (() => void) | undefined
  let ended = false
  let failure: { error: unknown } | undefined

  const notify = () => {
    const resolve = wake
    wake = undefined
    resolve?.()
  }

  return {
    push(part) {
      if (ended) return
      queued.push(part)
      notify()
    },
    close() {
      ended = true
      notify()
    },
    fail(error) {
      if (ended) return
      failure = { error }
      ended = true
      notify()
    },
    async *[Symbol.asyncIterator]() {
      while (true) {
        if (head < queued.length) {
          const part = queued[head] as TPart
          // Shift in bulk, not per part: Array#shift is linear, and a batch may queue thousands.
          if (++head > 1024) {
            queued.splice(0, head)
            head = 0
          }
          yield part
          continue
        }
        if (ended) {
          if (failure) throw failure.error
          return
        }
        await new Promise<void>((resolve) => {
          wake = resolve
        })
      }
    },
  }
}
