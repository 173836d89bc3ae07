import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { expect, it } from 'vitest'

/** Native libraries this process has loaded, as the dynamic linker reports them. */
function sharpLoaded(): boolean {
  const report = process.report.getReport() as unknown as { sharedObjects: string[] }
  return report.sharedObjects.some((library) => /sharp|libvips/.test(library))
}

/** The sample ticket with an EXIF block saying "turn 90° clockwise to view" inserted after its start marker. */
function withOrientation6(jpeg: Uint8Array): Uint8Array {
  // Big-endian TIFF header, one directory with one entry: Orientation (0x0112), SHORT, 1 value, 6.
  const tiff = [
    0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0,
  ]
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff]
  const length = payload.length + 2
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe1,
    length >> 8,
    length & 0xff,
    ...payload,
    ...jpeg.subarray(2),
  ])
}

it('loads sharp only for an image that must change, never for one sent as it is', async () => {
  // Each test file runs in a fresh process; nothing native may be loaded yet.
  expect(sharpLoaded()).toBe(false)
  const { createQwenEngine } = await import('../index.js')
  const server = await startFakeQwenServer({ apiKey: 'sk-test', reply: { content: 'ok' } })
  try {
    const engine = createQwenEngine({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 })
    const samplePath = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../../../examples/train-ticket.jpg',
    )
    const sample = new Uint8Array(await readFile(samplePath))
    const send = async (bytes: Uint8Array) => {
      const image = { kind: 'bytes' as const, bytes, mimeType: 'image/jpeg' as const, source: 'ticket.jpg' }
      for await (const _ of engine.doRecognize({ image, options: {} })) {
      }
    }
    await send(sample)
    expect(server.requests).toHaveLength(1)
    expect(sharpLoaded()).toBe(false)
    // The same probe sees sharp once an image needed it, so it can tell.
    await send(withOrientation6(sample))
    expect(server.requests).toHaveLength(2)
    expect(sharpLoaded()).toBe(true)
  } finally {
    await server.close()
  }
})
