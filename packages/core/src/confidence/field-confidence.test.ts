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

it('follows the bytes where a token ends inside a character', () => {
  const text = '{"name": "张三", "seat": "5"}'
  const han = [...Buffer.from('张', 'utf8')]
  const written: TokenLogprob[] = [
    { token: '{"name": "', logprob: 0, bytes: [...Buffer.from('{"name": "')] },
    // How the API writes a token that is only part of a character: not the character itself.
    { token: '\\xe5\\xbc', logprob: Math.log(0.5), bytes: han.slice(0, 2) },
    { token: '\\xa0', logprob: Math.log(0.8), bytes: han.slice(2) },
    { token: '三', logprob: Math.log(0.9), bytes: [...Buffer.from('三')] },
    { token: '", "seat": "', logprob: Math.log(0.1), bytes: [...Buffer.from('", "seat": "')] },
    { token: '5"}', logprob: Math.log(0.7), bytes: [...Buffer.from('5"}')] },
  ]
  const confidence = fieldConfidence(text, written, { name: '张三', seat: '5' })
  expect(confidence.name).toBeCloseTo(0.36)
  expect(confidence.seat).toBeCloseTo(0.7)
  // Bytes that spell something else give nothing.
  expect(fieldConfidence(text.replace('5', '6'), written, { name: '张三', seat: '6' })).toEqual({})
})

it('gives no confidence to an empty value', () => {
  const written = tokens([
    ['{"a": "', 0],
    ['", "b": 1', Math.log(0.5)],
    ['}', 0],
  ])
  expect(fieldConfidence(written.map((token) => token.token).join(''), written, { a: '', b: 1 })).toEqual({
    b: 0.5,
  })
})
