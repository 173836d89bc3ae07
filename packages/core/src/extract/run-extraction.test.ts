import {
  type FakeQwenServer,
  invalidParameterReply,
  sequenceReplies,
  startFakeQwenServer,
} from '@tiqu/qwen-fake-server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createQwenEngine } from '../engine/qwen/create-qwen-engine.js'
import type { Engine, EnginePart } from '../engine/types.js'
import { defineTemplate } from '../template/define-template.js'
import { extract } from './extract.js'
import { extractStream } from './extract-stream.js'
import type { ExtractPart } from './types.js'

// A 1×1 PNG: real image bytes, sent as a data URL as users' files are.
const png = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAIAAADkharWAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAGElEQVR4nGM4Y2xMEmIY1WA8GkpnsCUNABWE5YGyPFJZAAAAAElFTkSuQmCC',
    'base64',
  ),
)

const trainNumberMessage = (value: string) =>
  `Train number '${value}' is not a China Railway train number (e.g. 'G1234').`

const template = defineTemplate({
  id: 'ticket',
  version: '1.0.0',
  title: 'Ticket',
  description: 'A train ticket, reduced.',
  prompt: "Return the data in JSON format as follows: {'train_number': 'xxx', 'seat_number': 'xxx'}",
  schema: {
    type: 'object',
    properties: {
      train_number: { type: ['string', 'null'], description: 'Train number.' },
      seat_number: { type: ['string', 'null'], description: 'Seat.' },
    },
    required: ['train_number', 'seat_number'],
    additionalProperties: false,
  },
  validate: (data) =>
    typeof data.train_number === 'string' && !/^[GDCZTKSYL]?\d{1,4}$/.test(data.train_number)
      ? [{ path: '/train_number', message: trainNumberMessage(data.train_number), severity: 'error' }]
      : [],
})

const wrong = "```json\n{'train_number': 'X99999', 'seat_number': '05车12F号'}\n```"
const right = "```json\n{'train_number': 'G1234', 'seat_number': '05车12F号'}\n```"

let server: FakeQwenServer

beforeAll(async () => {
  server = await startFakeQwenServer({ apiKey: 'sk-test' })
})

afterAll(async () => {
  await server.close()
})

afterEach(() => {
  server.requests.length = 0
})

const engine = () =>
  createQwenEngine({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, timeoutMs: 5_000 })

function sentText(index: number): string | undefined {
  const content = server.requests[index]?.body?.messages?.[0]?.content
  if (!Array.isArray(content)) return undefined
  return content.find((part) => part.type === 'text')?.text as string | undefined
}

function sentImage(index: number): unknown {
  const content = server.requests[index]?.body?.messages?.[0]?.content
  return Array.isArray(content) ? content.find((part) => part.type === 'image_url') : undefined
}

describe('re-asking when the answer has errors', () => {
  it("asks once more with the issues, and uses the corrected answer, keeping the first one's text", async () => {
    server.setReply(
      sequenceReplies(
        { content: wrong, usage: { prompt_tokens: 400, completion_tokens: 30, total_tokens: 430 } },
        { content: right, usage: { prompt_tokens: 500, completion_tokens: 30, total_tokens: 530 } },
      ),
    )
    const result = await extract({ input: png, engine: engine(), template })
    expect(result).toMatchObject({
      data: { train_number: 'G1234', seat_number: '05车12F号' },
      valid: true,
      issues: [],
      text: right,
      attempts: [
        {
          text: wrong,
          issues: [{ path: '/train_number', message: trainNumberMessage('X99999'), severity: 'error' }],
        },
      ],
    })
    expect(result.usage).toMatchObject({ prompt_tokens: 900, completion_tokens: 60, total_tokens: 960 })
    expect(server.requests).toHaveLength(2)
    // A fresh single-turn request: the models read only the latest message.
    expect(server.requests[1]?.body?.messages).toHaveLength(1)
    expect(sentImage(1)).toEqual(sentImage(0))
    expect(sentText(0)).toBe(template.prompt)
    const repair = sentText(1) ?? ''
    expect(repair.startsWith(template.prompt as string)).toBe(true)
    expect(repair).toContain(wrong)
    expect(repair).toContain(`/train_number: ${trainNumberMessage('X99999')}`)
    expect(repair).toContain('Return only the corrected JSON.')
  })

  it('re-asks an answer that is prose, not JSON', async () => {
    server.setReply(sequenceReplies({ content: 'The image is too blurry to read.' }, { content: right }))
    const result = await extract({ input: png, engine: engine(), template })
    expect(result).toMatchObject({ valid: true, text: right, data: { train_number: 'G1234' } })
    expect(result.attempts?.[0]?.text).toBe('The image is too blurry to read.')
    expect(sentText(1)).toContain('The answer is not JSON')
  })

  it('makes one request with repairAttempts 0, and returns the invalid record with its raw text', async () => {
    server.setReply(sequenceReplies({ content: wrong }, { content: right }))
    const result = await extract({ input: png, engine: engine(), template, repairAttempts: 0 })
    expect(server.requests).toHaveLength(1)
    expect(result).toMatchObject({ valid: false, text: wrong, data: { train_number: 'X99999' } })
    expect(result).not.toHaveProperty('attempts')
  })

  it('keeps the first answer when the re-ask answers worse', async () => {
    server.setReply(sequenceReplies({ content: wrong }, { content: 'Sorry, I cannot help with that.' }))
    const result = await extract({ input: png, engine: engine(), template })
    expect(server.requests).toHaveLength(2)
    expect(result).toMatchObject({ valid: false, text: wrong, data: { train_number: 'X99999' } })
    expect(result.issues).toEqual([
      { path: '/train_number', message: trainNumberMessage('X99999'), severity: 'error' },
    ])
    expect(result.attempts).toEqual([
      {
        text: 'Sorry, I cannot help with that.',
        issues: [expect.objectContaining({ path: '', severity: 'error' })],
      },
    ])
  })

  it('keeps the first answer, with a warning, when the re-ask request fails', async () => {
    server.setReply(sequenceReplies({ content: wrong }, invalidParameterReply('Too many tokens.')))
    const result = await extract({ input: png, engine: engine(), template })
    expect(server.requests).toHaveLength(2)
    expect(result).toMatchObject({ valid: false, text: wrong, data: { train_number: 'X99999' } })
    expect(result.error).toBeUndefined()
    expect(result.issues.at(-1)).toMatchObject({ severity: 'warning', path: '' })
    expect(result.issues.at(-1)?.message).toContain('TIQU_BAD_REQUEST')
  })

  it('makes as many re-asks as repairAttempts allows, each from the best answer so far', async () => {
    server.setReply(
      sequenceReplies(
        { content: wrong },
        { content: 'no' },
        { content: "{'train_number': 'G1', 'seat_number': None}" },
      ),
    )
    const result = await extract({ input: png, engine: engine(), template, repairAttempts: 2 })
    expect(server.requests).toHaveLength(3)
    expect(sentText(2)).toContain(wrong)
    expect(result).toMatchObject({ valid: true, data: { train_number: 'G1', seat_number: null } })
    expect(result.attempts?.map((attempt) => attempt.text)).toEqual([wrong, 'no'])
  })

  it('never re-asks after a stream broke: that is an error record keeping what arrived', async () => {
    server.setReply({ fault: 'cut-stream', afterChunks: 3, content: wrong, chunkSize: 4 })
    const result = await extract({ input: png, engine: engine(), template, stream: true })
    expect(server.requests).toHaveLength(1)
    expect(result).toMatchObject({ data: null, valid: false, error: { code: 'TIQU_STREAM_INTERRUPTED' } })
    expect(result.text).toBe(wrong.slice(0, 12))
  })

  it('streams the re-ask after a repair-start part, and ends with the corrected record', async () => {
    server.setReply(sequenceReplies({ content: wrong, chunkSize: 3 }, { content: right, chunkSize: 5 }))
    const stream = extractStream({ input: png, engine: engine(), template, stream: true })
    const parts: ExtractPart[] = []
    for await (const part of stream) parts.push(part)
    const summary = parts
      .filter((part) => part.type !== 'text-delta')
      .map((part) =>
        part.type === 'object-delta'
          ? `${part.field}=${String(part.value)}`
          : part.type === 'repair-start'
            ? `repair-start ${part.attempt}: ${part.issues.map((issue) => issue.path).join()}`
            : part.type,
      )
    expect(summary).toEqual([
      'train_number=X99999',
      'seat_number=05车12F号',
      'usage',
      'repair-start 2: /train_number',
      'train_number=G1234',
      'seat_number=05车12F号',
      'usage',
      'finish',
    ])
    const texts = parts.flatMap((part) => (part.type === 'text-delta' ? [part.textDelta] : []))
    expect(texts.join('')).toBe(wrong + right)
    expect((await stream.result).valid).toBe(true)
  })
})

describe('engines that fill the object themselves', () => {
  it('are never re-asked: their answer does not follow a prompt', async () => {
    let calls = 0
    const local: Engine = {
      specificationVersion: 'v1',
      id: 'local',
      async *doRecognize(): AsyncGenerator<EnginePart> {
        calls += 1
        yield { type: 'text-delta', textDelta: 'X99999 05车12F号' }
        yield { type: 'object', object: { train_number: 'X99999', seat_number: '05车12F号' } }
        yield { type: 'finish', finishReason: 'stop' }
      },
    }
    const result = await extract({ input: png, engine: local, template })
    expect(calls).toBe(1)
    expect(result).toMatchObject({ valid: false, data: { train_number: 'X99999' } })
    expect(result).not.toHaveProperty('attempts')
  })
})

it('refuses a repairAttempts that is not a whole number ≥ 0 before reading anything', async () => {
  await expect(extract({ input: png, engine: engine(), template, repairAttempts: -1 })).rejects.toThrow(
    /repairAttempts=-1/,
  )
  expect(server.requests).toHaveLength(0)
})
