import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createQwenEngine } from '../engine/qwen/create-qwen-engine.js'
import type { Engine, EnginePart } from '../engine/types.js'
import { defineTemplate } from '../template/define-template.js'
import { extractStream } from './extract-stream.js'
import type { ExtractOptions, ExtractPart } from './types.js'

const png = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAIAAADkharWAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAGElEQVR4nGM4Y2xMEmIY1WA8GkpnsCUNABWE5YGyPFJZAAAAAElFTkSuQmCC',
    'base64',
  ),
)

const template = defineTemplate({
  id: 'ticket',
  version: '1.0.0',
  title: 'Ticket',
  description: 'A train ticket, reduced.',
  prompt: "Return {'train_number': 'xxx', 'seat_number': 'xxx', 'price': 'xxx', 'stops': []}",
  schema: {
    type: 'object',
    properties: {
      train_number: { type: ['string', 'null'], description: 'Train number.' },
      seat_number: { type: ['string', 'null'], description: 'Seat.' },
      price: { type: ['string', 'null'], pattern: '^\\d+(\\.\\d{1,2})?$', description: 'Price.' },
      stops: { type: 'array', items: { type: 'string' }, description: 'Stops.' },
    },
    required: ['train_number', 'seat_number', 'price', 'stops'],
    additionalProperties: false,
  },
  // A whole-object check: it must not run on a field streamed alone.
  validate: (data) =>
    data.seat_number === null ? [{ path: '/seat_number', message: 'is missing', severity: 'error' }] : [],
})

const answer =
  "```json\n{'train_number': 'G1234', 'seat_number': '05车12F号',\n 'price': '¥553.5', 'stops': ['北京南', 'a,b]'], 'note': None}\n```"

/** What a stream shows of its objects: each field as it completes, with the object so far and its issues. */
const expectedDeltas = [
  { field: 'train_number', value: 'G1234', object: { train_number: 'G1234' }, issues: [] },
  {
    field: 'seat_number',
    value: '05车12F号',
    object: { train_number: 'G1234', seat_number: '05车12F号' },
    issues: [],
  },
  {
    field: 'price',
    value: '¥553.5',
    object: { train_number: 'G1234', seat_number: '05车12F号', price: '¥553.5' },
    issues: [{ path: '/price', message: 'must match pattern "^\\d+(\\.\\d{1,2})?$"', severity: 'error' }],
  },
  {
    field: 'stops',
    value: ['北京南', 'a,b]'],
    object: { train_number: 'G1234', seat_number: '05车12F号', price: '¥553.5', stops: ['北京南', 'a,b]'] },
    issues: [],
  },
  {
    field: 'note',
    value: null,
    object: {
      train_number: 'G1234',
      seat_number: '05车12F号',
      price: '¥553.5',
      stops: ['北京南', 'a,b]'],
      note: null,
    },
    issues: [{ path: '', message: "must NOT have additional properties: 'note'", severity: 'error' }],
  },
]

function scriptedEngine(parts: EnginePart[]): Engine {
  return {
    specificationVersion: 'v1',
    id: 'scripted',
    async *doRecognize() {
      yield* parts
    },
  }
}

async function collect(options: ExtractOptions): Promise<ExtractPart[]> {
  const parts: ExtractPart[] = []
  for await (const part of extractStream(options)) parts.push(part)
  return parts
}

const deltasOf = (parts: ExtractPart[]) =>
  parts.flatMap((part) => (part.type === 'object-delta' ? [part] : [])).map(({ type: _, ...delta }) => delta)

describe('extractStream object-delta parts', () => {
  it('yields each field once complete, with the same deltas wherever the answer is split', async () => {
    for (let index = 0; index <= answer.length; index += 1) {
      const engine = scriptedEngine([
        { type: 'text-delta', textDelta: answer.slice(0, index) },
        { type: 'text-delta', textDelta: answer.slice(index) },
        { type: 'finish', finishReason: 'stop' },
      ])
      const parts = await collect({ input: png, engine, template, repairAttempts: 0 })
      expect(deltasOf(parts), `split at ${index}`).toEqual(expectedDeltas)
    }
  })

  it('shows a field right after the text that completes it, never before', async () => {
    const parts = await collect({
      input: png,
      engine: scriptedEngine([
        { type: 'text-delta', textDelta: "{'train_number': 'G12" },
        { type: 'text-delta', textDelta: "34', 'seat" },
        { type: 'text-delta', textDelta: "_number': None}" },
        { type: 'finish', finishReason: 'stop' },
      ]),
      template,
      repairAttempts: 0,
    })
    expect(parts.map((part) => (part.type === 'object-delta' ? `delta ${part.field}` : part.type))).toEqual([
      'text-delta',
      'text-delta',
      'delta train_number',
      'text-delta',
      'delta seat_number',
      'finish',
    ])
    // The field is fine on its own; the template's whole-object check speaks only in the record.
    expect(deltasOf(parts)[1]?.issues).toEqual([])
    const finish = parts.at(-1)
    expect(finish?.type === 'finish' && finish.result.issues).toEqual([
      { path: '/price', message: "must have required property 'price'", severity: 'error' },
      { path: '/stops', message: "must have required property 'stops'", severity: 'error' },
      { path: '/seat_number', message: 'is missing', severity: 'error' },
    ])
  })

  it('does not show the last value of an answer cut off at max_tokens', async () => {
    const parts = await collect({
      input: png,
      engine: scriptedEngine([
        { type: 'text-delta', textDelta: "{'train_number': 'G1', 'price': 12" },
        { type: 'finish', finishReason: 'length' },
      ]),
      template,
      repairAttempts: 0,
    })
    expect(deltasOf(parts).map((delta) => delta.field)).toEqual(['train_number'])
  })

  it('emits one delta per field of an object the engine fills whole, and reads no JSON in OCR text', async () => {
    const parts = await collect({
      input: png,
      engine: scriptedEngine([
        { type: 'lines', lines: [], width: 10, height: 10 },
        { type: 'text-delta', textDelta: "{'train_number': 'K9', 'x': 1}" },
        { type: 'object', object: { train_number: 'G1234', price: '553.5' } },
        { type: 'finish', finishReason: 'stop' },
      ]),
      template,
    })
    expect(parts.map((part) => part.type)).toEqual([
      'lines',
      'text-delta',
      'object-delta',
      'object-delta',
      'finish',
    ])
    expect(deltasOf(parts)).toEqual([
      { field: 'train_number', value: 'G1234', object: { train_number: 'G1234' }, issues: [] },
      { field: 'price', value: '553.5', object: { train_number: 'G1234', price: '553.5' }, issues: [] },
    ])
  })

  it('yields no object-delta without a template', async () => {
    const parts = await collect({
      input: png,
      engine: scriptedEngine([
        { type: 'text-delta', textDelta: '{"a": 1}' },
        { type: 'finish', finishReason: 'stop' },
      ]),
    })
    expect(parts.map((part) => part.type)).toEqual(['text-delta', 'finish'])
  })
})

describe('extractStream against the compatible-mode protocol', () => {
  let server: FakeQwenServer
  beforeAll(async () => {
    server = await startFakeQwenServer()
  })
  afterAll(async () => {
    await server.close()
  })

  for (const chunkSize of [1, 2, 7]) {
    it(`yields the same fields from SSE chunks of ${chunkSize} character(s)`, async () => {
      server.setReply({ content: answer, chunkSize })
      const engine = createQwenEngine({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 })
      const stream = extractStream({ input: png, engine, template, stream: true, repairAttempts: 0 })
      const parts: ExtractPart[] = []
      for await (const part of stream) parts.push(part)
      expect(parts.filter((part) => part.type === 'text-delta').length).toBeGreaterThan(
        answer.length / chunkSize - 2,
      )
      expect(deltasOf(parts)).toEqual(expectedDeltas)
      const result = await stream.result
      expect(result.data).toEqual(expectedDeltas.at(-1)?.object)
      expect(result.text).toBe(answer)
    })
  }
})
