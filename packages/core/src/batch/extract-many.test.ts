import { getEventListeners } from 'node:events'
import { describe, expect, it } from 'vitest'
import type { Engine, EngineRequest, ResolvedImage } from '../engine/types.js'
import { AbortedError } from '../errors/aborted-error.js'
import { InvalidOptionError } from '../errors/invalid-option-error.js'
import { ServerError } from '../errors/server-error.js'
import { brokenPdf, makePdf } from '../image/__fixtures__/make-pdf.js'
import { defineTemplate } from '../template/define-template.js'
import { extractMany } from './extract-many.js'
import type { BatchProgress, ExtractManyPart } from './types.js'

// A 1×1 PNG: real image bytes, so every document takes the path users' documents take.
const png = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
)

const template = defineTemplate({
  id: 'demo',
  version: '1.0.0',
  title: 'Demo',
  description: 'd',
  prompt: 'Return {"code": "..."}',
  schema: {
    type: 'object',
    properties: { code: { type: 'string', description: 'Code.' } },
    required: ['code'],
    additionalProperties: false,
  },
})

const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, image_tokens: 8 }

const documents = (count: number): ResolvedImage[] =>
  Array.from({ length: count }, (_, index) => ({
    kind: 'bytes',
    bytes: png,
    mimeType: 'image/png',
    source: `doc-${index}`,
  }))

const indexOf = (request: EngineRequest) => Number(request.image.source.replace('doc-', ''))

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError('aborted'))
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new AbortedError('aborted'))
      },
      { once: true },
    )
  })

/** An engine that answers `{"code": "<source>"}` after `delayMs(index)`, counting how many it reads at once. */
function timedEngine(
  delayMs: (index: number) => number,
  fail: (index: number) => Error | undefined = () => undefined,
) {
  const stats = { active: 0, maxActive: 0, started: [] as number[] }
  const engine: Engine = {
    specificationVersion: 'v1',
    id: 'timed',
    async *doRecognize(request) {
      const index = indexOf(request)
      stats.started.push(index)
      stats.active += 1
      stats.maxActive = Math.max(stats.maxActive, stats.active)
      try {
        await sleep(delayMs(index), request.signal)
        const error = fail(index)
        if (error) throw error
        yield { type: 'text-delta', textDelta: `{"code": "${request.image.source}"}` }
        yield { type: 'usage', usage }
        yield { type: 'finish', finishReason: 'stop' }
      } finally {
        stats.active -= 1
      }
    },
  }
  return { engine, stats }
}

async function collect(parts: AsyncIterable<ExtractManyPart>) {
  const results: Array<{ index: number; source: string; error?: string }> = []
  const progress: BatchProgress[] = []
  for await (const part of parts) {
    if (part.type === 'result')
      results.push({
        index: part.index,
        source: part.result.source,
        ...(part.result.error ? { error: part.result.error.code } : {}),
      })
    if (part.type === 'progress') progress.push(part.progress)
  }
  return { results, progress }
}

describe('extractMany', () => {
  it('yields one record per input in input order, however they finish', async () => {
    // The first document is the slowest: in input order it holds back all the others.
    const { engine } = timedEngine((index) => (index === 0 ? 60 : 5 + (index % 3) * 5))
    const batch = extractMany({ inputs: documents(10), engine, template, concurrency: 4 })
    const { results } = await collect(batch)
    expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(results.map((result) => result.source)).toEqual(documents(10).map((document) => document.source))
    expect(await batch.done).toMatchObject({ total: 10, succeeded: 10, valid: 10, failed: 0, aborted: false })
  })

  it("yields records as they finish with order: 'finish'", async () => {
    const { engine } = timedEngine((index) => [80, 40, 5][index] ?? 0)
    const batch = extractMany({ inputs: documents(3), engine, template, order: 'finish' })
    const { results } = await collect(batch)
    expect(results.map((result) => result.index)).toEqual([2, 1, 0])
  })

  it('never reads more documents at once than the concurrency, and does use all of it', async () => {
    const { engine, stats } = timedEngine((index) => 3 + (index % 5) * 4)
    const batch = extractMany({ inputs: documents(40), engine, template, concurrency: 3 })
    const { results } = await collect(batch)
    expect(results).toHaveLength(40)
    expect(stats.maxActive).toBe(3)
  })

  it('reads 4 at once by default', async () => {
    const { engine, stats } = timedEngine(() => 10)
    await extractMany({ inputs: documents(12), engine, template }).done
    expect(stats.maxActive).toBe(4)
  })

  it('turns a failed document into a record with its error, and goes on', async () => {
    const { engine } = timedEngine(
      () => 2,
      (index) => (index === 1 ? new ServerError('The server failed.') : undefined),
    )
    const batch = extractMany({
      inputs: [...documents(3), { input: '/no/such/file.jpg', source: 'missing.jpg' }],
      engine,
      template,
    })
    const { results } = await collect(batch)
    expect(results).toEqual([
      { index: 0, source: 'doc-0' },
      { index: 1, source: 'doc-1', error: 'TIQU_SERVER' },
      { index: 2, source: 'doc-2' },
      { index: 3, source: 'missing.jpg', error: 'TIQU_INPUT_NOT_FOUND' },
    ])
    expect(await batch.done).toMatchObject({
      total: 4,
      succeeded: 2,
      failed: 2,
      failedByCode: { TIQU_SERVER: 1, TIQU_INPUT_NOT_FOUND: 1 },
      usage: { total_tokens: 30, image_tokens: 16 },
    })
  })

  it('reports progress after every document, ending at the total, with a rate and an ETA', async () => {
    const { engine } = timedEngine(
      (index) => (index === 2 ? 20 : 5),
      (index) => (index === 4 ? new ServerError('x') : undefined),
    )
    const { progress } = await collect(
      extractMany({ inputs: documents(6), engine, template, concurrency: 2 }),
    )
    expect(progress).toHaveLength(7)
    expect(progress[0]).toMatchObject({ done: 0, total: 6, etaMs: undefined })
    expect(progress.map((entry) => entry.done)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(progress.at(-1)).toMatchObject({
      done: 6,
      succeeded: 5,
      failed: 1,
      running: 0,
      total: 6,
      etaMs: 0,
    })
    expect(progress[3]?.rate).toBeGreaterThan(0)
    expect(progress[3]?.etaMs).toBeGreaterThan(0)
    expect(progress.every((entry) => entry.running <= 2)).toBe(true)
  })

  it('learns the total of an async iterable when it ends', async () => {
    const { engine } = timedEngine(() => 1)
    async function* inputs() {
      yield* documents(3)
    }
    const { progress } = await collect(extractMany({ inputs: inputs(), engine, template, concurrency: 1 }))
    expect(progress[0]?.total).toBeUndefined()
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 })
  })

  it('on abort starts nothing more, aborts what is in flight, and still gives every input its record', async () => {
    const { engine, stats } = timedEngine((index) => (index < 2 ? 5 : 10_000))
    const controller = new AbortController()
    const batch = extractMany({
      inputs: documents(10),
      engine,
      template,
      concurrency: 3,
      signal: controller.signal,
    })
    const results: Array<{ index: number; error?: string }> = []
    for await (const part of batch) {
      if (part.type !== 'result') continue
      results.push({ index: part.index, ...(part.result.error ? { error: part.result.error.code } : {}) })
      if (results.length === 2) controller.abort()
    }
    expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(results.slice(0, 2).every((result) => result.error === undefined)).toBe(true)
    expect(results.slice(2).every((result) => result.error === 'TIQU_ABORTED')).toBe(true)
    // 0 and 1 finished, 2 to 4 were in flight when it was aborted; none after were begun.
    expect(stats.started.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4])
    expect(await batch.done).toMatchObject({
      total: 10,
      succeeded: 2,
      failed: 8,
      failedByCode: { TIQU_ABORTED: 8 },
      aborted: true,
    })
  })

  it('leaves no pile of listeners on the caller’s signal, whatever the engine leaves on its own', async () => {
    const controller = new AbortController()
    let most = 0
    const engine: Engine = {
      specificationVersion: 'v1',
      id: 'leaky',
      async *doRecognize(request) {
        // As the openai SDK does: a listener added per request and never removed.
        request.signal?.addEventListener('abort', () => {})
        most = Math.max(most, getEventListeners(controller.signal, 'abort').length)
        await sleep(1)
        yield { type: 'text-delta', textDelta: '{"code": "x"}' }
        yield { type: 'finish', finishReason: 'stop' }
      },
    }
    await extractMany({
      inputs: documents(200),
      engine,
      template,
      concurrency: 16,
      signal: controller.signal,
    }).done
    expect(most).toBe(1)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('rejects, and stops the batch, for an error about the request itself', async () => {
    const { engine, stats } = timedEngine(
      () => 5,
      () => new InvalidOptionError('Invalid option temperature=3.', { parameter: 'temperature' }),
    )
    const batch = extractMany({ inputs: documents(20), engine, template, concurrency: 2 })
    await expect(batch.done).rejects.toThrow('temperature=3')
    await expect(collect(batch)).rejects.toThrow('temperature=3')
    expect(stats.started.length).toBeLessThanOrEqual(3)
  })

  it('forwards each document’s text as it arrives with stream: true', async () => {
    const { engine } = timedEngine(() => 1)
    const deltas: string[] = []
    for await (const part of extractMany({
      inputs: documents(2),
      engine,
      template,
      stream: true,
      concurrency: 1,
    }))
      if (part.type === 'text-delta') deltas.push(`${part.index} ${part.source}: ${part.textDelta}`)
    expect(deltas).toEqual(['0 doc-0: {"code": "doc-0"}', '1 doc-1: {"code": "doc-1"}'])
  })

  it('reads a PDF as a document per page, gives an unreadable PDF its own record, and goes on', async () => {
    const threePages = makePdf(
      [1, 2, 3].map(() => ({ width: 200, height: 100, content: '0 0 0 rg 20 20 80 40 re f' })),
    )
    const seen: string[] = []
    const engine: Engine = {
      specificationVersion: 'v1',
      id: 'pages',
      async *doRecognize(request) {
        seen.push(`${request.image.source} ${request.image.kind === 'bytes' ? request.image.mimeType : ''}`)
        yield { type: 'text-delta', textDelta: '{"code": "x"}' }
        yield { type: 'finish', finishReason: 'stop' }
      },
    }
    const inputs = [
      { input: threePages, source: 'scan.pdf' },
      { input: brokenPdf, source: 'cut.pdf' },
      { input: png, source: 'photo.png' },
    ]
    const batch = extractMany({ inputs, engine, template, concurrency: 2 })
    const { results, progress } = await collect(batch)
    expect(results.map(({ source, error }) => (error ? `${source} ${error}` : source))).toEqual([
      'scan.pdf#page=1',
      'scan.pdf#page=2',
      'scan.pdf#page=3',
      'cut.pdf TIQU_PDF_UNREADABLE',
      'photo.png',
    ])
    expect(seen.sort()).toEqual([
      'photo.png image/png',
      'scan.pdf#page=1 image/png',
      'scan.pdf#page=2 image/png',
      'scan.pdf#page=3 image/png',
    ])
    // The total counts pages once the PDF is opened, so the bar ends at 5 of 5, not 5 of 3.
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 })
    expect(await batch.done).toMatchObject({ total: 5, succeeded: 4, failed: 1 })
  })

  it('leaves out the documents skip names, PDF pages one by one, and counts them', async () => {
    const twoPages = makePdf([1, 2].map(() => ({ width: 200, height: 100, content: '' })))
    const read: string[] = []
    const done = new Set(['scan.pdf#page=1', 'doc-1'])
    const batch = extractMany({
      inputs: [{ input: twoPages, source: 'scan.pdf' }, ...documents(3)],
      engine: {
        specificationVersion: 'v1',
        id: 'pages',
        async *doRecognize(request) {
          read.push(request.image.source)
          yield { type: 'text-delta', textDelta: `{"code": "${request.image.source}"}` }
          yield { type: 'finish', finishReason: 'stop' }
        },
      },
      template,
      skip: (source) => done.has(source),
    })
    const { results, progress } = await collect(batch)
    expect(results.map((result) => result.source)).toEqual(['scan.pdf#page=2', 'doc-0', 'doc-2'])
    expect(read).toEqual(['scan.pdf#page=2', 'doc-0', 'doc-2'])
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 })
    expect(await batch.done).toMatchObject({ total: 3, skipped: 2 })
  })

  it("adds up the documents' estimated costs in the summary, from the caller's price table", async () => {
    const { engine } = timedEngine(() => 1)
    const batch = extractMany({
      inputs: documents(3),
      engine: { ...engine, model: 'ocr-test' },
      template,
      prices: { 'ocr-test': { input: 2, output: 4, currency: 'CNY' } },
    })
    await collect(batch)
    // Each: 10 prompt tokens at ¥2 and 5 completion tokens at ¥4 a million.
    expect((await batch.done).cost).toEqual({
      currency: 'CNY',
      input: 0.00006,
      output: 0.00006,
      total: 0.00012,
    })
  })

  it('refuses a concurrency below 1 before reading anything', () => {
    const { engine } = timedEngine(() => 1)
    expect(() => extractMany({ inputs: documents(1), engine, template, concurrency: 0 })).toThrow(
      /concurrency=0/,
    )
  })
})
