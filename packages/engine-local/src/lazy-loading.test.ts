import { expect, it } from 'vitest'

/** Native libraries this process has loaded, as the dynamic linker reports them. */
function loadedLibraries(): string[] {
  const report = process.report.getReport() as unknown as { sharedObjects: string[] }
  return report.sharedObjects
}

const onnxruntime = /onnxruntime/
const sharp = /sharp|libvips/

it('loads neither onnxruntime nor sharp on import, only on the first recognition', async () => {
  // Each test file runs in a fresh process; nothing native may be loaded yet.
  expect(loadedLibraries().filter((path) => onnxruntime.test(path) || sharp.test(path))).toEqual([])

  const { createLocalEngine, fillFromRules, linesToText } = await import('./index.js')
  const engine = createLocalEngine()
  fillFromRules([], { fields: {} })
  linesToText([])
  expect(loadedLibraries().filter((path) => onnxruntime.test(path) || sharp.test(path))).toEqual([])

  // The same probe sees the libraries once the engine has needed them, so it can tell.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
    'base64',
  )
  const image = { kind: 'bytes' as const, bytes: png, mimeType: 'image/png' as const, source: 'dot.png' }
  for await (const _ of engine.doRecognize({ image, options: {} })) break
  await engine.close?.()
  expect(loadedLibraries().some((path) => onnxruntime.test(path))).toBe(true)
  expect(loadedLibraries().some((path) => sharp.test(path))).toBe(true)
})
