import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import {
  AbortedError,
  type EnginePart,
  type EngineRequest,
  EngineUnsupportedError,
  ImageDamagedError,
  TiquError,
  UnsupportedImageError,
} from '@tiqu/core'
// The built package: a worker thread runs JavaScript, so the pool is tested as it ships, dist/page-worker.js
// resolved beside the built module. `pnpm test` builds first.
import { createLocalEngine } from '@tiqu/engine-local'
import trainTicket from '@tiqu/template-train-ticket'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Fixture, loadFixture } from '../__fixtures__/load-fixture.js'
import { resolveOptions } from './resolve-options.js'
import { createWorkerPool } from './worker-pool.js'

const entry = new URL('../../dist/page-worker.js', import.meta.url)
if (!existsSync(entry)) throw new Error(`${entry.pathname} is missing: build @tiqu/engine-local first.`)

let ticket: Fixture
// Same threads on both sides, so that both run the very same float operations.
const inProcess = createLocalEngine({ workers: 1, intraOpNumThreads: 1 })
const pooled = createLocalEngine({ workers: 2, intraOpNumThreads: 1 })
beforeAll(async () => {
  ticket = await loadFixture('ticket-page.png')
})
afterAll(() => Promise.all([inProcess.close?.(), pooled.close?.()]))

const request = (bytes: Uint8Array, more: Partial<EngineRequest> = {}): EngineRequest => ({
  image: { kind: 'bytes', bytes, mimeType: 'image/png', source: 'ticket.png' },
  options: {},
  ...more,
})

async function collect(parts: AsyncIterable<EnginePart>): Promise<EnginePart[]> {
  const collected: EnginePart[] = []
  for await (const part of parts) collected.push(part)
  return collected
}

describe('an engine with worker threads', () => {
  it('gives the same lines and fields as reading in-process, for pages read side by side', async () => {
    const withTemplate = request(ticket.bytes, { template: trainTicket })
    const expected = await collect(inProcess.doRecognize(withTemplate))
    const readings = await Promise.all([1, 2, 3].map(() => collect(pooled.doRecognize(withTemplate))))
    expect(expected.find((part) => part.type === 'lines')).toMatchObject({ lines: expect.any(Array) })
    expect(expected.some((part) => part.type === 'object')).toBe(true)
    expect(readings).toEqual([expected, expected, expected])
  })

  it('reports an undecodable page with the same tiqu error, message intact', async () => {
    const text = new TextEncoder().encode('%PDF-1.7 not an image')
    const [here, there] = await Promise.all(
      [inProcess, pooled].map((engine) =>
        collect(engine.doRecognize(request(text))).then(
          () => undefined,
          (error: unknown) => error as Error & { code?: string },
        ),
      ),
    )
    expect(there).toBeInstanceOf(UnsupportedImageError)
    expect(TiquError.isInstance(there) && there.code).toBe('TIQU_UNSUPPORTED_IMAGE')
    expect(there?.message).toMatch(/ticket\.png/)
    expect(there?.message).toBe(here?.message)
    // What sharp said is kept as the cause, as it is in-process.
    expect(here?.cause).toBeInstanceOf(Error)
    expect((there?.cause as Error | undefined)?.message).toBe((here?.cause as Error | undefined)?.message)
  })

  it('reports a truncated PNG as damaged', async () => {
    const truncated = ticket.bytes.subarray(0, 2000)
    await expect(collect(pooled.doRecognize(request(truncated)))).rejects.toThrow(ImageDamagedError)
  })

  it('stops a page when the caller aborts, and reads the next one', async () => {
    const controller = new AbortController()
    const reading = collect(pooled.doRecognize(request(ticket.bytes, { signal: controller.signal })))
    setTimeout(() => controller.abort(), 20)
    await expect(reading).rejects.toThrow(AbortedError)
    const next = await collect(pooled.doRecognize(request(ticket.bytes)))
    expect(next[0]).toMatchObject({ type: 'lines', width: 1260, height: 820 })
  })

  it('can be closed and used again', async () => {
    await pooled.close?.()
    const parts = await collect(pooled.doRecognize(request(ticket.bytes)))
    expect(parts[0]).toMatchObject({ type: 'lines', width: 1260, height: 820 })
  })
})

describe('createWorkerPool', () => {
  it('says the engine could not start when a worker cannot load its models', async () => {
    const pool = createWorkerPool(
      entry,
      resolveOptions({ workers: 2, models: { detection: '/nowhere/det.onnx' } }),
    )
    const reading = pool.read(ticket.bytes, 'ticket.png')
    await expect(reading).rejects.toThrow(EngineUnsupportedError)
    await expect(reading).rejects.toThrow(/could not start: .*nowhere/)
    await pool.close()
  })

  it('rejects a page still waiting for a worker as soon as the caller aborts', async () => {
    const pool = createWorkerPool(entry, resolveOptions({ workers: 1, intraOpNumThreads: 1 }))
    const first = pool.read(ticket.bytes, 'first.png')
    const controller = new AbortController()
    const second = pool.read(ticket.bytes, 'second.png', controller.signal)
    controller.abort(new Error('no longer needed'))
    await expect(second).rejects.toThrow('no longer needed')
    await expect(first).resolves.toMatchObject({ width: 1260, height: 820 })
    await pool.close()
  })

  it.each([
    ['after close()', 'await engine.close()'],
    ['when the caller forgets close(): idle workers do not hold the process', ''],
  ])('lets the process exit %s', async (_, closing) => {
    // A child process of its own: a worker left running would keep it alive until the timeout kills it.
    const script = `
      import { readFile } from 'node:fs/promises'
      import { createLocalEngine } from '@tiqu/engine-local'
      const engine = createLocalEngine({ workers: 2 })
      const bytes = await readFile(${JSON.stringify(new URL('../__fixtures__/ticket-page.png', import.meta.url).pathname)})
      const image = { kind: 'bytes', bytes, mimeType: 'image/png', source: 'ticket.png' }
      const read = async () => { for await (const part of engine.doRecognize({ image, options: {} })) if (part.type === 'lines') return part.lines.length }
      const counts = await Promise.all([read(), read()])
      ${closing}
      console.log(counts.join(','))`
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('../..', import.meta.url).pathname,
      timeout: 60_000,
    })
    expect(stdout.trim()).toMatch(/^\d+,\d+$/)
  })
})
