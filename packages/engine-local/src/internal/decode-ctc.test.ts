import { expect, it } from 'vitest'
import { decodeCtc, type StepPredictions } from './decode-ctc.js'

/** What the recognizer's added outputs give for steps of probabilities over classes, the space last. */
function predictionsOf(steps: number[][]): StepPredictions {
  const best = steps.map((step) => step.indexOf(Math.max(...step)))
  return {
    classes: BigInt64Array.from(best, (index) => BigInt(index)),
    probabilities: Float32Array.from(steps, (step, index) => step[best[index] as number] as number),
    spaceProbabilities: Float32Array.from(steps, (step) => step.at(-1) as number),
  }
}

it('collapses repeats, drops blanks, keeps a letter repeated across a blank, and scores kept characters', () => {
  const characters = ['', 'a', 'b', ' ']
  // Steps: a a blank a b blank, each as probabilities over [blank, a, b, space].
  const steps = [
    [0.1, 0.9, 0, 0],
    [0.2, 0.8, 0, 0],
    [0.9, 0.1, 0, 0],
    [0.3, 0.7, 0, 0],
    [0.4, 0, 0.6, 0],
    [1, 0, 0, 0],
  ]
  const decoded = decodeCtc(predictionsOf(steps), 0, steps.length, characters)
  expect(decoded.text).toBe('aab')
  expect(decoded.score).toBeCloseTo((0.9 + 0.7 + 0.6) / 3, 5)
  expect(decodeCtc(predictionsOf([[1, 0, 0, 0]]), 0, 1, characters)).toEqual({ text: '', score: 0 })
})

it('restores a space the greedy path missed between Latin characters, where the space was likely', () => {
  const characters = ['', 'A', 'B', '中', ' ']
  // Over [blank, A, B, 中, space]: a blank between two letters where the space came second.
  const between = (space: number) => [1 - space, 0, 0, 0, space]
  const decode = (steps: number[][]) => decodeCtc(predictionsOf(steps), 0, steps.length, characters).text
  expect(decode([[0, 1, 0, 0, 0], between(0.3), [0, 0, 1, 0, 0]])).toBe('A B')
  expect(decode([[0, 1, 0, 0, 0], between(0.1), [0, 0, 1, 0, 0]])).toBe('AB')
  // Chinese is written without spaces, and a space the path did take is not doubled.
  expect(decode([[0, 0, 0, 1, 0], between(0.4), [0, 0, 0, 1, 0]])).toBe('中中')
  expect(decode([[0, 1, 0, 0, 0], between(0.4), [0, 0, 0, 0, 1], between(0.4), [0, 0, 1, 0, 0]])).toBe('A B')
})

it("restores a space where digits stand twice as far apart as the line's other digits, not letters", () => {
  const characters = ['', '1', '2', '中', 'm', ' ']
  const one = [0, 1, 0, 0, 0, 0]
  const two = [0, 0, 1, 0, 0, 0]
  const blank = [1, 0, 0, 0, 0, 0]
  const decode = (steps: number[][]) => decodeCtc(predictionsOf(steps), 0, steps.length, characters).text
  // Characters 3 steps apart, then 6 across the gap: '12 12'.
  const spaced = [one, blank, blank, two, blank, blank, blank, blank, blank, one, blank, blank, two]
  expect(decode(spaced)).toBe('12 12')
  // The same line evenly spaced has no gap to restore.
  expect(decode([one, blank, blank, two, blank, blank, one, blank, blank, two])).toBe('1212')
  // Too few Latin pairs to know the line's pitch: nothing is guessed.
  expect(decode([one, blank, blank, blank, blank, blank, blank, two])).toBe('12')
  // Between Chinese characters, however far apart, no space.
  const chinese = [0, 0, 0, 1, 0, 0]
  expect(decode([chinese, blank, chinese, blank, blank, blank, blank, blank, blank, chinese])).toBe('中中中')
  // A wide letter spans as many steps as a word gap: letters are left to the space class.
  const m = [0, 0, 0, 0, 1, 0]
  expect(
    decode([
      one,
      blank,
      blank,
      two,
      blank,
      blank,
      one,
      blank,
      blank,
      m,
      blank,
      blank,
      blank,
      blank,
      blank,
      m,
    ]),
  ).toBe('121mm')
})

it('refuses a class the dictionary does not have: the model and dictionary do not belong together', () => {
  const predictions = {
    classes: BigInt64Array.of(1n, 7n),
    probabilities: Float32Array.of(0.9, 0.8),
    spaceProbabilities: Float32Array.of(0, 0),
  }
  expect(() => decodeCtc(predictions, 0, 2, ['', 'a', ' '])).toThrow(
    'The recognition model predicted class 7 but its dictionary gives 3; the model and dictionary files do not belong together.',
  )
})
