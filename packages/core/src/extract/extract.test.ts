import { describe, expect, it } from 'vitest'
import type { Engine, EnginePart, EngineRequest } from '../engine/types.js'
import { AbortedError } from '../errors/aborted-error.js'
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

  it('re-asks a scripted engine once by default, keeping both answers', async () => {
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: '{"code": "bad", "name": null}' },
      { type: 'usage', usage },
      { type: 'finish', finishReason: 'stop' },
    ])
    const result = await extract({ input: png, engine, template })
    expect(engine.requests).toHaveLength(2)
    expect(engine.requests[1]?.prompt).toContain('- /code: is bad')
    expect(engine.requests[1]?.image).toBe(engine.requests[0]?.image)
    // The same answer again is no better: the first is kept, the second listed.
    expect(result).toMatchObject({
      valid: false,
      text: '{"code": "bad", "name": null}',
      attempts: [{ text: '{"code": "bad", "name": null}', issues: [{ path: '/code', message: 'is bad' }] }],
      usage: { prompt_tokens: 20, completion_tokens: 10, total_tokens: 30, image_tokens: 16 },
    })
  })

  it('does not re-ask plain OCR, even when it was cut off', async () => {
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: 'Line one' },
      { type: 'finish', finishReason: 'length' },
    ])
    const result = await extract({ input: png, engine })
    expect(engine.requests).toHaveLength(1)
    expect(result.valid).toBe(false)
  })

  it('makes an abort during the re-ask an error record that keeps the first answer', async () => {
    const controller = new AbortController()
    const engine = scriptedEngine(async function* (request) {
      if (request.prompt === template.prompt) {
        yield { type: 'text-delta', textDelta: '{"code": "bad", "name": null}' }
        yield { type: 'finish', finishReason: 'stop' }
        return
      }
      controller.abort()
      throw new AbortedError('The request was aborted.')
    })
    const result = await extract({ input: png, engine, template, signal: controller.signal })
    expect(engine.requests).toHaveLength(2)
    expect(result).toMatchObject({
      data: null,
      valid: false,
      text: '{"code": "bad", "name": null}',
      error: { code: 'TIQU_ABORTED' },
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
    expect(types).toEqual(['text-delta', 'text-delta', 'object-delta', 'object-delta', 'usage', 'finish'])
    expect((await stream.result).data).toEqual({ code: 'A1', name: null })
    expect(engine.requests[0]?.stream).toBe(true)
  })
})

describe('extract evidence and cost', () => {
  it('carries where an engine read each field, by JSON pointer', async () => {
    const box = { x: 10, y: 20, width: 100, height: 30 }
    const engine = scriptedEngine([
      { type: 'text-delta', textDelta: 'A1 张三' },
      { type: 'object', object: { code: 'A1', name: null }, evidence: { code: { box, confidence: 0.97 } } },
      { type: 'finish', finishReason: 'stop' },
    ])
    const result = await extract({ input: png, engine, template })
    expect(result.evidence).toEqual({ '/code': { box, confidence: 0.97 } })
  })

  it('estimates the cost of a priced model, and lets the caller set prices', async () => {
    const parts: EnginePart[] = [
      { type: 'text-delta', textDelta: '{"code": "A1", "name": null}' },
      {
        type: 'usage',
        usage: { prompt_tokens: 2_000, completion_tokens: 1_000, total_tokens: 3_000, image_tokens: 1_500 },
      },
      { type: 'finish', finishReason: 'stop', model: 'qwen-vl-ocr-2025-11-20' },
    ]
    expect((await extract({ input: png, engine: scriptedEngine(parts), template })).cost).toEqual({
      currency: 'CNY',
      input: 0.0006,
      output: 0.0005,
      total: 0.0011,
    })
    const prices = { 'qwen-vl-ocr-2025-11-20': { input: 1, output: 2, currency: 'USD' } }
    expect((await extract({ input: png, engine: scriptedEngine(parts), template, prices })).cost?.total).toBe(
      0.004,
    )
    const unpriced = await extract({ input: png, engine: scriptedEngine(parts.slice(0, 2)), template })
    expect(unpriced.cost).toBeUndefined()
  })
})

describe('templates that read other answers than JSON, or take the caller’s schema', () => {
  const html = defineTemplate({
    id: 'table',
    version: '1.0.0',
    title: 'Table',
    description: 'd',
    prompt: 'Tables as HTML.',
    schema: {
      type: 'object',
      properties: { html: { type: 'string', description: 'The tables.' } },
      required: ['html'],
    },
    parseAnswer: (text) => {
      const table = /<table[\s\S]*<\/table>/i.exec(text)
      return table ? { html: table[0] } : null
    },
  })
  const answer = (text: string) =>
    scriptedEngine([
      { type: 'text-delta', textDelta: text },
      { type: 'finish', finishReason: 'stop' },
    ])

  it('reads the answer with the template’s parseAnswer, and validates what it gives', async () => {
    const result = await extract({
      input: png,
      engine: answer('```html\n<table><tr><td>1</td></tr></table>\n```'),
      template: html,
      repairAttempts: 0,
    })
    expect(result).toMatchObject({ data: { html: '<table><tr><td>1</td></tr></table>' }, valid: true })
  })

  it('keeps the text and says so when parseAnswer finds nothing, or throws', async () => {
    const none = await extract({
      input: png,
      engine: answer('no table here'),
      template: html,
      repairAttempts: 0,
    })
    expect(none).toMatchObject({ data: null, valid: false, text: 'no table here' })
    expect(none.issues[0]?.message).toMatch(/holds nothing template 'table' can read/)
    const throwing = defineTemplate({
      ...html,
      parseAnswer: () => {
        throw new Error('unbalanced tags')
      },
    })
    const failed = await extract({
      input: png,
      engine: answer('<table>'),
      template: throwing,
      repairAttempts: 0,
    })
    expect(failed.issues[0]?.message).toMatch(/could not read the answer \(unbalanced tags\)/)
  })

  it('gives a prompt function the schema in effect, the caller’s for a template that takes one', async () => {
    const { withSchema } = await import('../template/with-schema.js')
    const kie = defineTemplate({
      ...html,
      id: 'kie',
      prompt: ({ schema }) => `Fill: ${Object.keys(schema?.properties ?? {}).join(', ')}`,
      parseAnswer: undefined,
      takesSchema: true,
    })
    const engine = answer('{"order_id": "A-1"}')
    const schema = { type: 'object', properties: { order_id: { type: 'string', description: 'Order.' } } }
    const result = await extract({ input: png, engine, template: withSchema(kie, schema), repairAttempts: 0 })
    expect(engine.requests[0]?.prompt).toBe('Fill: order_id')
    expect(result).toMatchObject({ data: { order_id: 'A-1' }, valid: true })
  })
})
