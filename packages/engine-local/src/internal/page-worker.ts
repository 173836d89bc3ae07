// The entry of each worker thread of the pool (built to dist/page-worker.js): it holds its own model
// sessions and reads the pages the pool sends it, one at a time.
import { parentPort, workerData } from 'node:worker_threads'
import { loadRuntime, type Runtime } from './load-runtime.js'
import { readPage } from './read-page.js'
import type { ResolvedOptions } from './resolve-options.js'
import { transferError } from './transfer-error.js'
import type { FromWorker, ToWorker } from './worker-pool.js'

if (!parentPort) throw new Error('page-worker.js runs only as a worker thread of the local engine.')
const port = parentPort
const options = workerData as ResolvedOptions
let runtime: Promise<Runtime> | undefined
const reading = new Map<number, { controller: AbortController; done: Promise<void> }>()

port.on('message', (message: ToWorker) => {
  if (message.type === 'read') {
    const controller = new AbortController()
    const done = read(message.id, message.bytes, message.source, controller.signal).finally(() =>
      reading.delete(message.id),
    )
    reading.set(message.id, { controller, done })
  } else if (message.type === 'abort') {
    reading.get(message.id)?.controller.abort()
  } else {
    void close()
  }
})

async function read(id: number, bytes: Uint8Array, source: string, signal: AbortSignal) {
  let loaded: Runtime
  try {
    runtime ??= loadRuntime(options)
    loaded = await runtime
  } catch (error) {
    runtime = undefined
    return post({ type: 'failed', id, starting: true, error: transferError(error) })
  }
  try {
    post({ type: 'done', id, reading: await readPage(loaded, bytes, source, options, signal) })
  } catch (error) {
    post({ type: 'failed', id, starting: false, error: transferError(error) })
  }
}

/** Releases the sessions once no page is being read, then lets the thread end. */
async function close() {
  await Promise.allSettled([...reading.values()].map((entry) => entry.done))
  const loaded = await runtime?.catch(() => undefined)
  await loaded?.release()
  port.close()
}

function post(message: FromWorker) {
  port.postMessage(message)
}
