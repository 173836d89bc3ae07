import { describe, expect, it } from 'vitest'
import { type CompletedField, createPartialObjectParser } from './create-partial-object-parser.js'
import { parseModelText } from './parse-model-text.js'

/** Real answer styles of Qwen-OCR, and the fields each must yield, in order. */
const answers: Array<{ name: string; text: string; fields: CompletedField[] }> = [
  {
    name: 'fenced Python-dict style with None, CJK and an astral character',
    text: "```json\n{'invoice_number': 'E069253', 'train_number': 'G1234', 'seat_number': '05车12F号', 'passenger_name': '𠮷?', 'seat_class': None}\n```",
    fields: [
      { field: 'invoice_number', value: 'E069253' },
      { field: 'train_number', value: 'G1234' },
      { field: 'seat_number', value: '05车12F号' },
      { field: 'passenger_name', value: '𠮷?' },
      { field: 'seat_class', value: null },
    ],
  },
  {
    name: 'double-quoted JSON with escapes, nesting and delimiters inside strings',
    text: '{\n  "a" : "x, \\"y\\" }",\n  "items": [ {"n": 1, "s": "a]b{"}, [2, 3] ],\n  "o": {"k": "v\'w", "p": {}},\n  "n": 12.5 ,\r\n  "t": true\n}',
    fields: [
      { field: 'a', value: 'x, "y" }' },
      { field: 'items', value: [{ n: 1, s: 'a]b{' }, [2, 3]] },
      { field: 'o', value: { k: "v'w", p: {} } },
      { field: 'n', value: 12.5 },
      { field: 't', value: true },
    ],
  },
  {
    name: 'prose, an unclosed fence and an unclosed object',
    text: "Here it is:\n```json\n{'a': 'it\\'s \"ok\"', 'b': [1, 'two, three'], 'c': 3\n",
    fields: [
      { field: 'a', value: 'it\'s "ok"' },
      { field: 'b', value: [1, 'two, three'] },
      { field: 'c', value: 3 },
    ],
  },
  {
    name: 'a fence that closes an object missing its brace, and a trailing comma',
    text: "```json\n{'a': '1', 'b': \"2\",\n 'c': '中文，逗号'\n```",
    fields: [
      { field: 'a', value: '1' },
      { field: 'b', value: '2' },
      { field: 'c', value: '中文，逗号' },
    ],
  },
  { name: 'a top-level array', text: '```json\n[{"a": "1"}, {"a": "2"}]\n```', fields: [] },
  { name: 'prose without JSON', text: 'I cannot read this image, sorry.', fields: [] },
]

function feed(pieces: string[]): CompletedField[] {
  const parser = createPartialObjectParser()
  return [...pieces.flatMap((piece) => parser.push(piece)), ...parser.end()]
}

describe('createPartialObjectParser', () => {
  for (const answer of answers) {
    it(`yields the same fields wherever ${answer.name} is split`, () => {
      expect(feed([answer.text])).toEqual(answer.fields)
      // text.slice splits UTF-16 code units, so this also cuts surrogate pairs, escapes and keys.
      for (let index = 0; index <= answer.text.length; index += 1) {
        const split = feed([answer.text.slice(0, index), answer.text.slice(index)])
        expect(split, `split at ${index}`).toEqual(answer.fields)
      }
      expect(feed([...answer.text])).toEqual(answer.fields)
      expect(feed(answer.text.split(''))).toEqual(answer.fields)
    })
  }

  it('agrees with the final parse on every answer that parses to an object', () => {
    for (const answer of answers.filter((candidate) => candidate.fields.length > 0)) {
      const parsed = parseModelText(answer.text)
      expect(parsed.ok && parsed.value).toEqual(
        Object.fromEntries(answer.fields.map(({ field, value }) => [field, value])),
      )
    }
  })

  it('reports a field only once the comma or brace after it arrives, never a half-written value', () => {
    const parser = createPartialObjectParser()
    expect(parser.push("{'name': '张")).toEqual([])
    expect(parser.push("三'")).toEqual([])
    expect(parser.push(', ')).toEqual([{ field: 'name', value: '张三' }])
    expect(parser.push("'items': [1, 2]")).toEqual([])
    expect(parser.push('\n ')).toEqual([])
    expect(parser.push('}')).toEqual([{ field: 'items', value: [1, 2] }])
  })

  it('keeps an apostrophe inside a single-quoted value from ending the field early', () => {
    const parser = createPartialObjectParser()
    expect(parser.push("{'name': 'O'Brien")).toEqual([])
  })

  it('does not flush a last value cut inside a string or an open array', () => {
    for (const text of ["{'a': '1', 'b': 'half", "{'a': '1', 'b': [1, 2"]) {
      const parser = createPartialObjectParser()
      expect([...parser.push(text), ...parser.end()]).toEqual([{ field: 'a', value: '1' }])
    }
  })

  it('reads nothing after the object closes', () => {
    expect(feed(['{"a": 1}\n', 'Note: {"b": 2}'])).toEqual([{ field: 'a', value: 1 }])
  })

  it('reads unquoted keys as the repair path does', () => {
    expect(feed(['{train_number: "G1", seat: None}'])).toEqual([
      { field: 'train_number', value: 'G1' },
      { field: 'seat', value: null },
    ])
  })
})
