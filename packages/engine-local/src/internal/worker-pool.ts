import { Worker } from 'node:worker_threads'
import { engineStartError } from './engine-start-error.js'
import type { PageReading } from './read-page.js'
import type { ResolvedOptions } from './resolve-options.js'
import { restoreError, type TransferredError } from './transfer-error.js'

/** What the pool sends a worker. */
export type ToWorker =
  | { type: 'read'; id: number; bytes: Uint8Array; source: string }
  | { type: 'abort'; id: number }
  | { type: 'close' }

/** What a worker answers, once per page. */
export type FromWorker =
  | { type: 'done'; id: number; reading: PageReading }
  | { type: 'failed'; id: number; starting: boolean; error: TransferredError }

/** Worker threads, each with its own model sessions, that read pages side by side. */
export interface WorkerPool {
  /** Reads one page in the first free worker, starting one if all are busy and there is room. */
  read(bytes: Uint8Array, source: string, signal?: AbortSignal): Promise<PageReading>
  /** Lets every worker finish its page, release its sessions and end. */
  close(): Promise<void>
}

interface Job {
  id: number
  bytes: Uint8Array
  source: string
  signal: AbortSignal | undefined
  settled: boolean
  resolve(reading: PageReading): void
  reject(error: unknown): void
  /** Listens to `signal`: takes the page out of the queue, or asks its worker to stop. */
  abort(): void
}

interface Slot {
  worker: Worker
  /** The page this worker reads; it stays busy after an abort until the worker has stopped. */
  job: Job | undefined
}

/**
 * Starts workers lazily from `entry` (the built `page-worker.js`), at most `options.workers`, and hands
 * each the next page when it is free. Idle workers do not keep the process alive.
 */
export function createWorkerPool(entry: URL, options: ResolvedOptions): WorkerPool {
  const slots = new Set<Slot>()
  const waiting: Job[] = []
  let nextId = 0
  let closed = false

  function dispatch() {
    while (waiting.length > 0) {
      const slot = [...slots].find((candidate) => candidate.job === undefined) ?? start()
      if (slot === undefined) return
      const job = waiting.shift() as Job
      slot.job = job
      slot.worker.ref()
      slot.worker.postMessage({
        type: 'read',
        id: job.id,
        bytes: job.bytes,
        source: job.source,
      } satisfies ToWorker)
    }
  }

  function start(): Slot | undefined {
    if (closed || slots.size >= options.workers) return undefined
    const slot: Slot = {
      worker: new Worker(entry, {
        workerData: options,
        // The worker runs only our own built module; flags such as `--input-type` or `-e` would stop it.
        execArgv: [],
      }),
      job: undefined,
    }
    slots.add(slot)
    slot.worker.on('message', (message: FromWorker) => {
      const job = slot.job
      slot.job = undefined
      slot.worker.unref()
      if (job && job.id === message.id) {
        if (message.type === 'done') settle(job, () => job.resolve(message.reading))
        else {
          const error = restoreError(message.error)
          settle(job, () => job.reject(message.starting ? engineStartError(error) : error))
        }
      }
      dispatch()
    })
    // A worker that dies (out of memory, a native crash) takes only its own page with it.
    let failure: Error | undefined
    slot.worker.on('error', (error) => {
      failure = error
    })
    slot.worker.on('exit', (exitCode) => {
      slots.delete(slot)
      const job = slot.job
      if (job) {
        const error = new Error(
          `The local engine's worker thread stopped while reading ${job.source} ` +
            `(${failure?.message ?? `exit code ${exitCode}`}).`,
          { cause: failure },
        )
        settle(job, () => job.reject(error))
      }
      dispatch()
    })
    return slot
  }

  function settle(job: Job, action: () => void) {
    if (job.settled) return
    job.settled = true
    job.signal?.removeEventListener('abort', job.abort)
    action()
  }

  return {
    read(bytes, source, signal) {
      return new Promise<PageReading>((resolve, reject) => {
        signal?.throwIfAborted()
        if (closed) throw new Error('The local engine is closing; read the page after close() has finished.')
        const job: Job = {
          id: nextId++,
          bytes,
          source,
          signal,
          settled: false,
          resolve,
          reject,
          abort() {
            const index = waiting.indexOf(job)
            if (index >= 0) waiting.splice(index, 1)
            for (const slot of slots) {
              if (slot.job === job) slot.worker.postMessage({ type: 'abort', id: job.id } satisfies ToWorker)
            }
            settle(job, () => reject(signal?.reason))
          },
        }
        signal?.addEventListener('abort', job.abort, { once: true })
        waiting.push(job)
        dispatch()
      })
    },
    async close() {
      closed = true
      const closing = [...slots].map((slot) => {
        // Referenced again, so that the process waits for the sessions to be released.
        slot.worker.ref()
        const exited = new Promise((resolve) => slot.worker.once('exit', resolve))
        slot.worker.postMessage({ type: 'close' } satisfies ToWorker)
        return exited
      })
      await Promise.all(closing)
    },
  }
}
