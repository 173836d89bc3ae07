import { fileURLToPath } from 'node:url'
import { extract } from '@tiqu/core'
import { createLocalEngine } from '@tiqu/engine-local'
import { afterAll, expect, it } from 'vitest'
import template from './index.js'

const root = new URL('..', import.meta.url)
const engine = createLocalEngine()
afterAll(() => engine.close?.())

/** Edit distance between two strings, by code point. */
function editDistance(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (const [i, char] of left.entries()) {
    const current = [i + 1]
    for (const [j, other] of right.entries()) {
      current.push(
        Math.min(
          (previous[j + 1] ?? 0) + 1,
          (current[j] ?? 0) + 1,
          (previous[j] ?? 0) + (char === other ? 0 : 1),
        ),
      )
    }
    previous = current
  }
  return previous[right.length] ?? 0
}

// Spaces are not counted: the recogniser rarely sees the gap between a Chinese and a Latin word.
const characters = (text: string) => text.replace(/\s+/g, '')

for (const { image, expected } of template.examples ?? []) {
  it(`reads ${image} offline line by line, with at most 3% of its characters wrong`, async () => {
    const result = await extract({ input: fileURLToPath(new URL(image, root)), engine, template })
    expect(result.error).toBeUndefined()
    expect(result.valid).toBe(true)
    const text = (result.data as { text: string }).text
    const truth = expected.text as string
    expect(text.split('\n')).toHaveLength(truth.split('\n').length)
    const wrong = editDistance(characters(text), characters(truth)) / characters(truth).length
    expect(wrong).toBeLessThanOrEqual(0.03)
  }, 120_000)
}
