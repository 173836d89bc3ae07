import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createQwenEngine } from '../engine/qwen/create-qwen-engine.js'
import type { Engine, EnginePart, EngineRequest, OcrLine } from '../engine/types.js'
import { defineTemplate } from '../template/define-template.js'
import { extract } from './extract.js'

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
  prompt:
    "Return the data in JSON format as follows: {'train_number': 'xxx', 'seat_number': 'xxx', 'price': 'xxx'}",
  schema: {
    type: 'object',
    properties: {
      train_number: { type: ['string', 'null'], description: 'Train number.' },
      seat_number: { type: ['string', 'null'], description: 'Seat.' },
      price: { type: ['string', 'null'], description: 'Price.' },
    },
    required: ['train_number', 'seat_number', 'price'],
    additionalProperties: false,
  },
})

const answer = "```json\n{'train_number': 'G1234', 'seat_number': '05车12F号', 'price': '553.0'}\n```"
const lines: OcrLine[] = [
  { text: 'G1234', score: 0.99, box: { x: 535, y: 131, width: 215, height: 61 } },
  { text: '０５车１２Ｆ号', score: 0.99, box: { x: 846, y: 300, width: 214, height: 44 } },
  { text: '二等座', score: 0.99, box: { x: 898, y: 368, width: 141, height: 51 } },
]

/** A layout engine that reads `lines` from any page, recording what it was asked. */
function layoutEngine(read: (request: EngineRequest) => Promise<OcrLine[]> = async () => lines) {
  const requests: EngineRequest[] = []
  const engine: Engine = {
    specificationVersion: 'v1',
    id: 'local',
    async *doRecognize(request): AsyncGenerator<EnginePart> {
      requests.push(request)
      yield { type: 'lines', lines: await read(request), width: 1305, height: 810 }
      yield { type: 'text-delta', textDelta: 'G1234\n05车12F号\n二等座' }
      yield { type: 'finish', finishReason: 'stop' }
    },
  }
  return { engine, requests }
}

let server: FakeQwenServer

beforeAll(async () => {
  server = await startFakeQwenServer({ apiKey: 'sk-test', reply: { content: answer } })
})

afterAll(() => server.close())

afterEach(() => {
  server.requests.length = 0
})

const qwen = () =>
  createQwenEngine({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, timeoutMs: 5_000 })

describe('layoutEngine', () => {
  it('reads the page with no template and gives each value the box of the line it matches', async () => {
    const layout = layoutEngine()
    const result = await extract({ input: png, engine: qwen(), template, layoutEngine: layout.engine })
    expect(result.valid).toBe(true)
    expect(result.evidence).toEqual({
      '/train_number': { box: { x: 535, y: 131, width: 215, height: 61 } },
      '/seat_number': { box: { x: 846, y: 300, width: 214, height: 44 } },
    })
    expect(layout.requests).toHaveLength(1)
    expect(layout.requests[0]).toMatchObject({ image: { kind: 'bytes', bytes: png }, options: {} })
    expect(layout.requests[0]).not.toHaveProperty('template')
    expect(layout.requests[0]).not.toHaveProperty('prompt')
  })

  it('puts confidence and box together when logprobs are asked too', async () => {
    server.setReply({ content: answer, logprobs: { substrings: { G1234: -0.3 } } })
    const result = await extract({
      input: png,
      engine: qwen(),
      template,
      layoutEngine: layoutEngine().engine,
      options: { logprobs: true },
    })
    server.setReply({ content: answer })
    expect(result.evidence?.['/train_number']).toEqual({
      confidence: expect.closeTo(Math.exp(-1.5), 5),
      box: { x: 535, y: 131, width: 215, height: 61 },
    })
    expect(result.evidence?.['/price']).toEqual({ confidence: expect.any(Number) })
  })

  it('says in a warning why there are no boxes when the layout read fails, keeping the values', async () => {
    const failing = layoutEngine(async () => {
      throw new Error('onnxruntime is missing')
    })
    const result = await extract({ input: png, engine: qwen(), template, layoutEngine: failing.engine })
    expect(result).toMatchObject({ valid: true, data: { train_number: 'G1234' } })
    expect(result).not.toHaveProperty('evidence')
    expect(result.issues).toEqual([
      {
        path: '',
        message: expect.stringContaining(
          "reading the page's layout with the local engine failed (onnxruntime is missing)",
        ),
        severity: 'warning',
      },
    ])
  })

  it('is not read when it is the extraction engine itself, or there is no template', async () => {
    const layout = layoutEngine()
    const result = await extract({
      input: png,
      engine: layout.engine,
      template,
      layoutEngine: layout.engine,
      repairAttempts: 0,
    })
    expect(layout.requests).toHaveLength(1)
    expect(result.evidence).toBeUndefined()
    await extract({ input: png, engine: qwen(), layoutEngine: layout.engine })
    expect(layout.requests).toHaveLength(1)
  })

  it('is stopped by the caller: the record is then aborted, not quietly without boxes', async () => {
    const controller = new AbortController()
    const hanging = layoutEngine(
      (request) =>
        new Promise((_, reject) => {
          request.signal?.addEventListener('abort', () => reject(new Error('stopped')), { once: true })
          setTimeout(() => controller.abort(), 100)
        }),
    )
    const result = await extract({
      input: png,
      engine: qwen(),
      template,
      layoutEngine: hanging.engine,
      signal: controller.signal,
    })
    expect(result).toMatchObject({ data: null, error: { code: 'TIQU_ABORTED' } })
  })
})
