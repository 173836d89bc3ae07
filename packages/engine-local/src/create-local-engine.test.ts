import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  AbortedError,
  defineTemplate,
  type EnginePart,
  type EngineRequest,
  EngineUnsupportedError,
  InvalidOptionError,
  type OcrLine,
  TemplateInvalidError,
  TiquError,
  UnsupportedImageError,
} from '@tiqu/core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DrawnText, type Fixture, loadFixture } from './__fixtures__/load-fixture.js'
import { createLocalEngine } from './create-local-engine.js'
import { toHalfwidth } from './internal/to-halfwidth.js'

const engine = createLocalEngine()
/** The 16 strings a train ticket carries, in its layout, as scripts/render-engine-fixtures.js drew them. */
let ticket: Fixture
const ticketSize = { width: 1260, height: 820 }
/** The upright ticket as the engine reads it, which several tests compare against. */
let upright: EnginePart[]

beforeAll(async () => {
  ticket = await loadFixture('ticket-page.png')
  upright = await collect(engine.doRecognize(request(ticket.bytes)))
})
afterAll(() => engine.close?.())

const request = (bytes: Uint8Array, more: Partial<EngineRequest> = {}): EngineRequest => ({
  image: { kind: 'bytes', bytes, mimeType: 'image/png', source: 'ticket.png' },
  options: {},
  ...more,
})

async function collect(parts: AsyncIterable<EnginePart>): Promise<EnginePart[]> {
  const collected: EnginePart[] = []
  for await (const part of parts) collected.push(part)
  return collected
}

/** The recognizer drops spaces inside a line and may answer in full-width forms; compare without either. */
const comparable = (text: string) => toHalfwidth(text).replace(/\s+/g, '')

const trainTicket = defineTemplate({
  id: 'train-ticket',
  version: '1.0.0',
  title: 'Train ticket',
  description: 'A China Railway ticket.',
  prompt: 'Read the ticket.',
  schema: {
    type: 'object',
    properties: {
      train_number: { type: 'string', description: 'Train number.' },
      departure_station: { type: 'string', description: 'From.' },
      arrival_station: { type: 'string', description: 'To.' },
      price: { type: 'number', description: 'Fare in yuan.' },
      seat_number: { type: 'string', description: 'Car and seat.' },
      passenger_name: { type: 'string', description: 'Name.' },
    },
  },
  local: {
    fields: {
      train_number: { pattern: '^([GDCZTKYL]\\d{1,4})$' },
      departure_station: { pattern: '^(\\p{Script=Han}+站)$' },
      arrival_station: { pattern: '^(\\p{Script=Han}+站)$', occurrence: 1 },
      price: { pattern: '¥\\s*(\\d+(?:\\.\\d+)?)' },
      seat_number: { pattern: '(\\d{2}车\\d{1,3}[A-F]?号)' },
    },
  },
})

describe('createLocalEngine', () => {
  it('reads a rendered ticket: every string, where it was drawn, in reading order', async () => {
    const parts = upright
    expect(parts.map((part) => part.type)).toEqual(['lines', 'text-delta', 'usage', 'finish'])
    const [layout, text, usage, finish] = parts as [
      Extract<EnginePart, { type: 'lines' }>,
      Extract<EnginePart, { type: 'text-delta' }>,
      Extract<EnginePart, { type: 'usage' }>,
      Extract<EnginePart, { type: 'finish' }>,
    ]
    expect(layout).toMatchObject(ticketSize)
    expect(ticket.drawn).toHaveLength(16)
    for (const drawn of ticket.drawn) {
      expect(comparable(text.textDelta)).toContain(comparable(drawn.text))
      const line = layout.lines.find((candidate) => comparable(candidate.text) === comparable(drawn.text))
      expect(line, `a line reading ${drawn.text}`).toBeDefined()
      expect(
        encloses(line as OcrLine, drawn),
        `box of ${drawn.text}: ${JSON.stringify([line?.box, drawn])}`,
      ).toBe(true)
    }
    expect(text.textDelta.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^E12345678\s+检票[:：]12A$/),
      expect.stringMatching(/^北京南站\s+G1234\s+上海虹桥站$/),
      expect.stringMatching(/^Beijingnan\s+Shanghaihongqiao$/),
    ])
    expect(usage.usage).toEqual({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, image_tokens: 0 })
    expect(finish).toEqual({ type: 'finish', finishReason: 'stop', model: 'pp-ocrv4' })
  })

  it.each([90, 180, 270])('reads a page turned %i° as if it were upright', async (angle) => {
    const turned = await sharp(ticket.bytes).rotate(angle).png().toBuffer()
    const parts = await collect(engine.doRecognize(request(turned)))
    // The detector may split a line at a space on one grid and not on another; compare without spaces.
    const text = (list: EnginePart[]) =>
      list.flatMap((part) => (part.type === 'text-delta' ? [comparable(part.textDelta)] : []))
    expect(text(parts)).toEqual(text(upright))
    expect(parts[0]).toMatchObject(ticketSize)
  })

  it('fills a template from its local rules, every schema field present', async () => {
    const parts = await collect(
      engine.doRecognize(request(ticket.bytes, { template: trainTicket, prompt: 'x' })),
    )
    expect(parts.map((part) => part.type)).toEqual(['lines', 'text-delta', 'object', 'usage', 'finish'])
    const filled = parts.find((part) => part.type === 'object')
    expect(filled).toMatchObject({
      type: 'object',
      object: {
        train_number: 'G1234',
        departure_station: '北京南站',
        arrival_station: '上海虹桥站',
        price: 553,
        seat_number: '05车12F号',
        passenger_name: null,
      },
    })
    // Each value found is placed where it was drawn; a field with no value has no evidence.
    const evidence = filled?.type === 'object' ? (filled.evidence ?? {}) : {}
    expect(Object.keys(evidence).sort()).toEqual([
      'arrival_station',
      'departure_station',
      'price',
      'seat_number',
      'train_number',
    ])
    const drawnTrain = ticket.drawn.find((drawn) => drawn.text === 'G1234')
    const trainBox = evidence.train_number?.box
    expect(drawnTrain && trainBox && encloses({ text: 'G1234', score: 1, box: trainBox }, drawnTrain)).toBe(
      true,
    )
    expect(evidence.train_number?.confidence).toBeGreaterThan(0.9)
  })

  it('refuses a free-form prompt and points to the qwen engine', async () => {
    const parts = collect(engine.doRecognize(request(ticket.bytes, { prompt: 'What is the fare?' })))
    await expect(parts).rejects.toThrow(EngineUnsupportedError)
    await expect(parts).rejects.toThrow(/free-form prompts.*--engine qwen/)
  })

  it('refuses a template that has no local rules', async () => {
    const { local: _, ...withoutRules } = trainTicket
    const parts = collect(engine.doRecognize(request(ticket.bytes, { template: withoutRules, prompt: 'x' })))
    await expect(parts).rejects.toThrow(/'train-ticket' has no rules for the embedded engine.*--engine qwen/)
  })

  it('serves a template that reads its answer from text with the page text, and no object', async () => {
    const { local: _, ...withoutRules } = trainTicket
    const plain = { ...withoutRules, parseAnswer: (text: string) => ({ text }) }
    const parts = await collect(engine.doRecognize(request(ticket.bytes, { template: plain, prompt: 'x' })))
    expect(parts.map((part) => part.type)).toEqual(['lines', 'text-delta', 'usage', 'finish'])
    // Not when it asks for a table: the engine sees lines, not cells.
    const table = {
      ...plain,
      schema: { type: 'object', properties: { html: { type: 'string', contentMediaType: 'text/html' } } },
    }
    const refused = collect(engine.doRecognize(request(ticket.bytes, { template: table, prompt: 'x' })))
    await expect(refused).rejects.toThrow(/asks for 'html' as an HTML table.*--engine qwen/)
  })

  it('refuses a URL: it reads bytes that core has fetched', async () => {
    const image = {
      kind: 'url' as const,
      url: 'https://example.com/a.png',
      source: 'https://example.com/a.png',
    }
    await expect(collect(engine.doRecognize({ image, options: {} }))).rejects.toThrow(EngineUnsupportedError)
  })

  it('refuses bytes that are not an image, with a tiqu error a record can carry', async () => {
    const parts = collect(engine.doRecognize(request(new TextEncoder().encode('%PDF-1.7 not an image'))))
    await expect(parts).rejects.toThrow(UnsupportedImageError)
    await expect(parts).rejects.toSatisfy(
      (error) =>
        TiquError.isInstance(error) &&
        error.code === 'TIQU_UNSUPPORTED_IMAGE' &&
        /ticket\.png/.test(error.message),
    )
  })

  it('stops at once when the caller has aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const parts = collect(engine.doRecognize(request(ticket.bytes, { signal: controller.signal })))
    await expect(parts).rejects.toThrow(AbortedError)
  })

  it('refuses a template whose rule is not a valid regular expression before reading the page', async () => {
    const broken = { ...trainTicket, local: { fields: { train_number: { pattern: '([GD' } } } }
    const parts = collect(engine.doRecognize(request(ticket.bytes, { template: broken, prompt: 'x' })))
    await expect(parts).rejects.toThrow(TemplateInvalidError)
  })

  it('reads several pages at once with one engine', async () => {
    const readings = await Promise.all(
      [1, 2, 3].map(() => collect(engine.doRecognize(request(ticket.bytes)))),
    )
    expect(readings).toEqual([upright, upright, upright])
  })

  it('will not start with a dictionary that does not belong to the recognition model, or a file that is no model, and says so', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'tiqu-dictionary-'))
    const dictionary = path.join(directory, 'keys.txt')
    await writeFile(dictionary, '甲\n乙\n丙\n')
    const mismatched = createLocalEngine({ models: { dictionary } })
    const parts = collect(mismatched.doRecognize(request(ticket.bytes)))
    await expect(parts).rejects.toThrow(EngineUnsupportedError)
    await expect(parts).rejects.toThrow(
      'The recognition model predicts 6625 classes but its dictionary gives 5; the model and dictionary files do not belong together.',
    )
    // A file that is no model at all is named.
    const broken = createLocalEngine({ models: { detection: dictionary } })
    await expect(collect(broken.doRecognize(request(ticket.bytes)))).rejects.toThrow(
      /keys\.txt is not an ONNX model tiqu can read/,
    )
    await rm(directory, { recursive: true })
  })

  it('checks its options when created', () => {
    expect(() => createLocalEngine({ maxSideLength: 0 })).toThrow(InvalidOptionError)
    expect(() => createLocalEngine({ boxThreshold: 2 })).toThrow(/boxThreshold/)
  })

  it('can be closed and used again', async () => {
    await engine.close?.()
    expect(await collect(engine.doRecognize(request(ticket.bytes)))).toEqual(upright)
  })
})

/**
 * The detector grows each box around its text on purpose (PaddleOCR's unclip); the box must hold the
 * text drawn, give or take the glyphs' side bearings, and reach no further than about half the text's
 * height beyond it.
 */
function encloses(line: OcrLine, drawn: DrawnText): boolean {
  const slack = 3 + 0.1 * drawn.height
  const reach = 0.6 * drawn.height + slack
  const gaps = [
    drawn.x - line.box.x,
    drawn.y - line.box.y,
    line.box.x + line.box.width - (drawn.x + drawn.width),
    line.box.y + line.box.height - (drawn.y + drawn.height),
  ]
  return gaps.every((gap) => gap >= -slack && gap <= reach)
}
