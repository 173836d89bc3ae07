import { describe, expect, it } from 'vitest'
import { parseModelText } from './parse-model-text.js'

describe('parseModelText', () => {
  it('parses strict JSON untouched', () => {
    expect(parseModelText('{"a": "x", "b": null}')).toEqual({
      ok: true,
      value: { a: 'x', b: null },
      repaired: false,
    })
  })

  it('strips a ```json fence and surrounding prose', () => {
    const text = 'Here is the result:\n```json\n{"train_number": "G1234"}\n```\nDone.'
    expect(parseModelText(text)).toMatchObject({ ok: true, value: { train_number: 'G1234' } })
  })

  it("repairs single-quoted, Python-dict style answers like the seed prompt's example", () => {
    const text = "```json\n{'invoice_number': 'E069253', 'ticket_price': '553.0', 'seat_number': None}\n```"
    expect(parseModelText(text)).toEqual({
      ok: true,
      value: { invoice_number: 'E069253', ticket_price: '553.0', seat_number: null },
      repaired: true,
    })
  })

  it('repairs a trailing comma and an unclosed fence', () => {
    const text = "```json\n{'a': '1', 'b': '2',}\n"
    expect(parseModelText(text)).toMatchObject({ ok: true, value: { a: '1', b: '2' } })
  })

  it('keeps Chinese text and question marks as they are', () => {
    expect(parseModelText("{'passenger_name': '张?', 'seat_number': '05车12F号'}")).toMatchObject({
      ok: true,
      value: { passenger_name: '张?', seat_number: '05车12F号' },
    })
  })

  it('reports an answer with no JSON at all', () => {
    expect(parseModelText('I cannot read this image.')).toEqual({
      ok: false,
      reason: 'the answer holds no JSON object or array',
    })
  })
})
