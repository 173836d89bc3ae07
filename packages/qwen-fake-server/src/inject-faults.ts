import { createHash } from 'node:crypto'
import { internalErrorReply, rateLimitedReply, serviceUnavailableReply } from './error-replies.js'
import type { FakeReply, RecordedRequest, ReplyFunction } from './types.js'

/** The transient faults a client must recover from by retrying. */
export type TransientFault =
  /** 429 with `Retry-After: 0`. */
  | 'rate-limited-retry-after'
  /** 429 without `Retry-After`, as DashScope usually sends it: the client picks its own backoff. */
  | 'rate-limited'
  /** 500 `internal_error`. */
  | 'internal-error'
  /** 503 `ModelServingError`. */
  | 'service-unavailable'
  /** The connection is destroyed before any response byte. */
  | 'reset'
  /** No byte for `timeoutLatencyMs`: longer than the client waits. */
  | 'timeout'

/** Every {@link TransientFault}, in a fixed order. */
export const transientFaults: readonly TransientFault[] = [
  'rate-limited-retry-after',
  'rate-limited',
  'internal-error',
  'service-unavailable',
  'reset',
  'timeout',
]

/** Options of {@link injectFaults}. */
export interface InjectFaultsOptions {
  /** The answer to a document without a fault, and to a faulty one once its faults are spent. */
  reply: FakeReply | ReplyFunction
  /**
   * The share of documents given each kind of fault: 0.1 with six kinds faults 60% of documents, exactly
   * one document of each kind in every 10 (in arrival order), so 1,000 documents get exactly 100 of each.
   * @default 0.1
   */
  fraction?: number
  /**
   * The kinds of fault.
   * @default transientFaults (all six)
   */
  faults?: readonly TransientFault[]
  /**
   * Which documents of each block get which fault; the same seed and arrival order give the same faults.
   * @default 1
   */
  seed?: number
  /**
   * How many attempts in a row a faulty document fails before it is answered; a client that retries
   * fewer times than this records the failure.
   * @default 1
   */
  failures?: number
  /**
   * How long a `timeout` fault waits before its first byte; make it longer than the client's timeout.
   * @default 10_000
   */
  timeoutLatencyMs?: number
  /**
   * What makes two requests attempts at the same document.
   * @default a hash of the request's image URLs and text parts
   */
  documentKey?: (request: RecordedRequest) => string
}

/** A reply function that injects faults, and counts what it injected. */
export interface FaultInjector extends ReplyFunction {
  /** Faulty replies sent, by kind (a document failing twice counts twice). */
  readonly injected: Record<TransientFault, number>
  /** Distinct documents seen. */
  readonly documents: number
}

/**
 * Answers like `reply`, except that a seeded, exact share of documents fail first with each kind of
 * transient fault, so a test can check that a client recovers from every one. A document is recognised
 * across its retries by its content, so give each test document distinct bytes.
 */
export function injectFaults(options: InjectFaultsOptions): FaultInjector {
  const fraction = options.fraction ?? 0.1
  const faults = options.faults ?? transientFaults
  const blockSize = Math.round(1 / fraction)
  if (!(fraction > 0) || faults.length > blockSize) {
    throw new Error(
      `injectFaults: fraction ${fraction} of each of ${faults.length} faults is more than all documents; lower it to at most ${(1 / faults.length).toFixed(3)}.`,
    )
  }
  const seed = options.seed ?? 1
  const failures = options.failures ?? 1
  const documentKey = options.documentKey ?? hashContent
  const seen = new Map<string, { fault: TransientFault | undefined; attempts: number }>()
  const injected = Object.fromEntries(transientFaults.map((fault) => [fault, 0])) as Record<
    TransientFault,
    number
  >

  const injector = async (request: RecordedRequest, index: number): Promise<FakeReply> => {
    const key = documentKey(request)
    let document = seen.get(key)
    if (!document) {
      const position = seen.size
      const block = Math.floor(position / blockSize)
      const slot = shuffledSlots(blockSize, seed, block)[position % blockSize] ?? blockSize
      document = { fault: faults[slot], attempts: 0 }
      seen.set(key, document)
    }
    document.attempts += 1
    const answer = typeof options.reply === 'function' ? await options.reply(request, index) : options.reply
    if (document.fault === undefined || document.attempts > failures) return answer
    injected[document.fault] += 1
    return faultReply(document.fault, answer, options.timeoutLatencyMs ?? 10_000)
  }
  return Object.defineProperties(injector, {
    injected: { value: injected, enumerable: true },
    documents: { get: () => seen.size, enumerable: true },
  }) as FaultInjector
}

function faultReply(fault: TransientFault, answer: FakeReply, timeoutLatencyMs: number): FakeReply {
  switch (fault) {
    case 'rate-limited-retry-after':
      return rateLimitedReply({ retryAfterSeconds: 0 })
    case 'rate-limited':
      return rateLimitedReply()
    case 'internal-error':
      return internalErrorReply()
    case 'service-unavailable':
      return serviceUnavailableReply()
    case 'reset':
      return { fault: 'reset' }
    case 'timeout':
      return { ...answer, latencyMs: timeoutLatencyMs }
  }
}

function hashContent(request: RecordedRequest): string {
  const hash = createHash('sha1')
  for (const message of request.body?.messages ?? []) {
    if (typeof message.content === 'string') hash.update(message.content)
    else
      for (const part of message.content) {
        const url = (part.image_url as { url?: unknown } | undefined)?.url
        hash.update(typeof url === 'string' ? url : String(part.text ?? ''))
        hash.update('\0')
      }
  }
  return hash.digest('hex')
}

// A seeded Fisher–Yates shuffle of one block's slots: which positions of the block get which fault.
function shuffledSlots(size: number, seed: number, block: number): number[] {
  const random = mulberry32((Math.imul(seed, 0x9e3779b1) ^ Math.imul(block + 1, 0x85ebca6b)) >>> 0)
  const slots = Array.from({ length: size }, (_, slot) => slot)
  for (let index = size - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[slots[index], slots[other]] = [slots[other] as number, slots[index] as number]
  }
  return slots
}

function mulberry32(state: number): () => number {
  let value = state
  return () => {
    value = (value + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(value ^ (value >>> 15), 1 | value)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}
