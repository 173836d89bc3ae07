/**
 * Waits for the first item of an async iterable and returns it with an iterable of all items (the
 * first included). A stream answer can then fail with a proper status when nothing has been produced
 * yet (the template does not fit the engine, the model service refused the key), and commit to
 * `200 text/event-stream` only once there is something to send.
 */
export async function peekStream<T>(
  iterable: AsyncIterable<T>,
): Promise<{ first: IteratorResult<T>; all: AsyncIterable<T> }> {
  const iterator = iterable[Symbol.asyncIterator]()
  const first = await iterator.next()
  return {
    first,
    all: {
      async *[Symbol.asyncIterator]() {
        if (first.done) return
        yield first.value
        while (true) {
          const next = await iterator.next()
          if (next.done) return
          yield next.value
        }
      },
    },
  }
}

/** One server-sent event; `data` is JSON on one line, as SSE needs. */
export function sseEvent(event: string | undefined, data: unknown): string {
  const json = typeof data === 'string' ? data : JSON.stringify(data)
  return `${event ? `event: ${event}\n` : ''}data: ${json}\n\n`
}

/** Whether the caller asked for server-sent events. */
export function wantsEventStream(accept: string | undefined): boolean {
  return /\btext\/event-stream\b/i.test(accept ?? '')
}
