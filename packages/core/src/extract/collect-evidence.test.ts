import { type FakeQwenServer, sequenceReplies, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createQwenEngine } from '../engine/qwen/create-qwen-engine.js'
import type { Engine, EnginePart } from '../engine/types.js'
import { defineTemplate } from '../template/define-template.js'
import { extract } from './extract.js'

// A 16×12 PNG: real image bytes, sent as a data URL as users' files are.
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
    "Return the data in JSON format as follows: {'train_number': 'xxx', 'seat_number': 'xxx', 'ticket_price': 'xxx'}",
  schema: {
    type: 'object',
    properties: {
      train_number: { type: ['string', 'null'], description: 'Train number.' },
      seat_number: { type: ['string', 'null'], description: 'Seat.' },
      ticket_price: { type: ['string', 'null'], description: 'Price.' },
    },
    required: ['train_number', 'seat_number', 'ticket_price'],
    additionalProperties: false,
  },
  validate: (data) =>
    typeof data.train_number === 'string' && !/^[GDCZTKSYL]?\d{1,4}$/.test(data.train_number)
      ? [{ path: '/train_number', message: 'Not a train number.', severity: 'error' }]
      : [],
})

const right = "```json\n{'train_number': 'G1234', 'seat_number': '05车12F号', 'ticket_price': None}\n```"
const wrong = "```json\n{'train_number': 'X99999', 'seat_number': '05车12F号', 'ticket_price': None}\n```"

let server: FakeQwenServer

beforeAll(async () => {
  server = await startFakeQwenServer({ apiKey: 'sk-test' })
})

afterAll(() => server.close())

afterEach(() => {
  server.requests.length = 0
})

const engine = () =>
  createQwenEngine({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, timeoutMs: 5_000 })

describe('confidence from token log-probabilities', () => {
  for (const stream of [false, true]) {
    it(`gives each top-level value the probability of its tokens, lower where the model was unsure (${stream ? 'streaming' : 'not streaming'})`, async () => {
      server.setReply({ content: right, logprobs: { substrings: { '12F': -0.7 } } })
      const result = await extract({
        input: png,
        engine: engine(),
        template,
        stream,
        options: { logprobs: true },
      })
      expect(server.requests[0]?.body?.logprobs).toBe(true)
      const train = result.evidence?.['/train_number']?.confidence ?? 0
      const seat = result.evidence?.['/seat_number']?.confidence ?? 0
      expect(train).toBeGreaterThan(0.9)
      expect(train).toBeLessThanOrEqual(1)
      // '1', '2' and 'F' were each written with probability e^-0.7.
      expect(seat).toBeCloseTo(Math.exp(-2.1), 1)
      expect(result.evidence).not.toHaveProperty('/ticket_price')
    })
  }

  it('gives no evidence when logprobs are not asked for', async () => {
    server.setReply({ content: right, logprobs: { substrings: { '12F': -0.7 } } })
    const result = await extract({ input: png, engine: engine(), template })
    expect(result.valid).toBe(true)
    expect(result).not.toHaveProperty('evidence')
  })

  it('takes the confidence from the answer used when the model was asked again', async () => {
    server.setReply(
      sequenceReplies(
        { content: wrong, logprobs: { default: -0.01, substrings: { '05车': -3 } } },
        { content: right, logprobs: { default: -0.01, substrings: { G1234: -0.2 } } },
      ),
    )
    const result = await extract({ input: png, engine: engine(), template, options: { logprobs: true } })
    expect(result.text).toBe(right)
    // Seven tokens: 0, 5, 车, 1, 2, F, 号.
    expect(result.evidence?.['/seat_number']?.confidence).toBeCloseTo(Math.exp(-0.07), 5)
    expect(result.evidence?.['/train_number']?.confidence).toBeCloseTo(Math.exp(-1), 5)
  })
})

describe('evidence an engine gives itself', () => {
  it('keeps it, by JSON pointer', async () => {
    const local: Engine = {
      specificationVersion: 'v1',
      id: 'local',
      async *doRecognize(): AsyncGenerator<EnginePart> {
        yield { type: 'text-delta', textDelta: 'G1234 05车12F号' }
        yield {
          type: 'object',
          object: { train_number: 'G1234', seat_number: '05车12F号', ticket_price: null },
          evidence: { train_number: { confidence: 0.97, box: { x: 1, y: 2, width: 3, height: 4 } } },
        }
        yield { type: 'finish', finishReason: 'stop' }
      },
    }
    const result = await extract({ input: png, engine: local, template, options: { logprobs: true } })
    expect(result.evidence).toEqual({
      '/train_number': { confidence: 0.97, box: { x: 1, y: 2, width: 3, height: 4 } },
    })
  })
})
