import { expect, it } from 'vitest'
import { fieldConfidence, type TokenLogprob } from './field-confidence.js'

const tokens = (pieces: Array<[string, number]>): TokenLogprob[] =>
  pieces.map(([token, logprob]) => ({ token, logprob }))

it('multiplies the probabilities of the tokens that wrote each value', () => {
  const written = tokens([
    ["```json\n{'", 0],
    ['train', 0],
    ["_number': '", 0],
    ['G', Math.log(0.9)],
    ['1234', Math.log(0.5)],
    ["', 'price': ", 0],
    ['553.0', Math.log(0.8)],
    [", 'name': None}\n```", 0],
  ])
  const text = written.map((token) => token.token).join('')
  const confidence = fieldConfidence(text, written, { train_number: 'G1234', price: 553, name: null })
  expect(confidence.train_number).toBeCloseTo(0.45)
  expect(confidence.price).toBeCloseTo(0.8)
  expect(confidence).not.toHaveProperty('name')
})

it('gives nothing when the tokens do not spell the text', () => {
  expect(fieldConfidence('{"a": "b"}', tokens([['{"a": "c"}', 0]]), { a: 'b' })).toEqual({})
})

it('handles escaped quotes inside a value', () => {
  const written = tokens([
    ['{"a": "', 0],
    ['x\\"y', Math.log(0.5)],
    ['"}', 0],
  ])
  expect(fieldConfidence(written.map((token) => token.token).join(''), written, { a: 'x"y' }).a).toBeCloseTo(
    0.5,
  )
})
