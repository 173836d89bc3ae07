import { describe, expect, it } from 'vitest'
import type { Engine, EnginePart, EngineRequest } from '../engine/types.js'
import { StreamInterruptedError } from '../errors/stream-interrupted-error.js'
import { defineTemplate } from '../template/define-template.js'
import { extract } from './extract.js'
import { extractStream } from './extract-stream.js'

// A 1×1 PNG: real image bytes, so the input path is the one users take.
const png = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
)

const template = defineTemplate({
  id: 'demo',
  version: '1.2.3',
  title: 'Demo',
  description: 'd',
  prompt: 'Return {"code": "..."}',
  schema: {
    type: 'object',
    properties: {
      code: { type: ['string', 'null'], description: 'Code.' },
      name: { type: ['string', 'null'], description: 'Name.' },
    },
    required: ['code', 'name'],
    additionalProperties: false,
  },
  validate: (data) => (data.code === 'bad' ? [{ path: '/code', message: 'is bad', severity: 'error' }] : []),
})

function scriptedEngine(
  parts: EnginePart[] | ((request: EngineRequest) => AsyncIterable<EnginePart>),
): Engine & { requests: EngineRequest[] } {
  const requests: EngineRequest[] = []
  return {
    specificationVersion: 'v1',
    id: 'scripted',
    model: 'scripted-1',
    requests,
    doRecognize(request) {
      requests.push(request)
      if (typeof parts === 'function') return parts(request)
      return (async function* () {
        yield* parts
      })()
    },
  }
}

const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, image_tokens: 8 }

describe('extract', () => {
  it('parses a fenced, single-quoted answer, validates it and keeps the raw text', async () => {
    const text = "```json\n{'code': 'A1', 'name': '张?'}\n```"
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: text.slice(0, 9) },
      { type: 'text-delta', textDelta: text.slice(9) },
      { type: 'usage', usage },
      { type: 'finish', finishReason: 'stop', model: 'scripted-1' },
    ])
    const result = await extract({ input: png, source: 'ticket.png', engine, template })
    expect(result).toMatchObject({
      source: 'ticket.png',
      template: { id: 'demo', version: '1.2.3' },
      engine: 'scripted',
      model: 'scripted-1',
      data: { code: 'A1', name: '张?' },
      valid: true,
      issues: [],
      uncertain: ['/name'],
      text,
      usage,
      finish_reason: 'stop',
    })
    expect(engine.requests[0]).toMatchObject({
      prompt: 'Return {"code": "..."}',
      stream: false,
      image: { kind: 'bytes', mimeType: 'image/png' },
    })
  })

  it('marks the result invalid with located issues when checks fail', async () => {
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: '{"code": "bad"}' },
      { type: 'finish', finishReason: 'stop' },
    ])
    const result = await extract({ input: png, engine, template })
    expect(result.valid).toBe(false)
    expect(result.issues).toEqual([
      { path: '/name', message: "must have required property 'name'", severity: 'error' },
      { path: '/code', message: 'is bad', severity: 'error' },
    ])
  })

  it('keeps the text and returns data null when the answer is not JSON', async () => {
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: 'Sorry, I cannot read it.' },
      { type: 'finish', finishReason: 'stop' },
    ])
    const result = await extract({ input: png, engine, template })
    expect(result).toMatchObject({ data: null, valid: false, text: 'Sorry, I cannot read it.' })
    expect(result.issues[0]?.message).toContain('The answer is not JSON')
  })

  it('flags an answer cut off at max_tokens', async () => {
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: '{"code": "A1", "name": "x"}' },
      { type: 'finish', finishReason: 'length' },
    ])
    const result = await extract({ input: png, engine, template })
    expect(result.valid).toBe(false)
    expect(result.issues.at(-1)?.message).toContain('cut off at max_tokens')
  })

  it('uses the object an engine fills itself, and keeps its text', async () => {
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: 'A1 张三' },
      { type: 'object', object: { code: 'A1', name: '张三' } },
      { type: 'finish', finishReason: 'stop' },
    ])
    expect(await extract({ input: png, engine, template })).toMatchObject({
      data: { code: 'A1', name: '张三' },
      valid: true,
      text: 'A1 张三',
    })
  })

  it('turns a broken stream into an error record that keeps what arrived, never a partial result', async () => {
    const engine = scriptedEngine(async function* () {
      yield { type: 'text-delta', textDelta: '{"code": "A' }
      throw new StreamInterruptedError('The stream broke after 1 chunk.', { partialText: '{"code": "A' })
    })
    const result = await extract({ input: png, engine, template })
    expect(result).toMatchObject({
      data: null,
      valid: false,
      text: '{"code": "A',
      error: { code: 'TIQU_STREAM_INTERRUPTED', message: 'The stream broke after 1 chunk.' },
    })
  })

  it('records an unreadable input as the document error', async () => {
    const engine = scriptedEngine([])
    const result = await extract({ input: '/no/such/ticket.jpg', engine, template })
    expect(result).toMatchObject({
      source: '/no/such/ticket.jpg',
      data: null,
      valid: false,
      error: { code: 'TIQU_INPUT_NOT_FOUND' },
    })
    expect(engine.requests).toHaveLength(0)
  })
})

describe('extractStream', () => {
  it('yields text as it arrives and ends with the record', async () => {
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: '{"code": ' },
      { type: 'text-delta', textDelta: '"A1", "name": null}' },
      { type: 'usage', usage },
      { type: 'finish', finishReason: 'stop' },
    ])
    const stream = extractStream({ input: png, engine, template, stream: true })
    const types: string[] = []
    for await (const part of stream) types.push(part.type)
    expect(types).toEqual(['text-delta', 'text-delta', 'usage', 'finish'])
    expect((await stream.result).data).toEqual({ code: 'A1', name: null })
    expect(engine.requests[0]?.stream).toBe(true)
  })
})
