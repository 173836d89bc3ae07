import { expect, it } from 'vitest'
import { decodeCtc } from './decode-ctc.js'

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
  const decoded = decodeCtc(Float32Array.from(steps.flat()), 0, steps.length, characters)
  expect(decoded.text).toBe('aab')
  expect(decoded.score).toBeCloseTo((0.9 + 0.7 + 0.6) / 3, 5)
  expect(decodeCtc(Float32Array.from([1, 0, 0, 0]), 0, 1, characters)).toEqual({ text: '', score: 0 })
})
