import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot, runCli } from './run-cli.js'

interface Box {
  x: number
  y: number
  width: number
  height: number
}
type Evidence = Record<string, { confidence?: number; box?: Box }>

const samplePath = path.join(repositoryRoot, 'examples/train-ticket.jpg')
let expected: Record<string, string>
let server: FakeQwenServer
let env: Record<string, string>

// The answer the way Qwen-OCR writes it for the seed's prompt: fenced, with single quotes.
const fencedSingleQuoted = (data: Record<string, string>) =>
  `\`\`\`json\n{${Object.entries(data)
    .map(([key, value]) => `'${key}': '${value}'`)
    .join(', ')}}\n\`\`\``

beforeAll(async () => {
  expected = JSON.parse(
    await readFile(path.join(repositoryRoot, 'examples/train-ticket.expected.json'), 'utf8'),
  )
  server = await startFakeQwenServer({ apiKey: 'sk-test' })
  env = { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: server.baseURL }
})

afterAll(() => server.close())

describe('tiqu extract --logprobs', () => {
  it('gives every field a confidence from 0 to 1, lowest where the model was least sure', async () => {
    // The model is unsure of the price's tokens only.
    server.setReply({ content: fencedSingleQuoted(expected), logprobs: { substrings: { '553.0': -0.4 } } })
    const fields = Object.keys(expected)
    for (const extra of [[], ['--stream']]) {
      server.requests.length = 0
      const run = await runCli(
        ['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--logprobs', ...extra],
        { env },
      )
      expect(run.code, run.stderr).toBe(0)
      expect(server.requests[0]?.body?.logprobs).toBe(true)
      const result = JSON.parse(run.stdout)
      const evidence = result.evidence as Evidence
      expect(Object.keys(evidence).sort()).toEqual(fields.map((field) => `/${field}`).sort())
      const confidences = fields.map((field) => evidence[`/${field}`]?.confidence as number)
      for (const confidence of confidences) {
        expect(confidence).toBeGreaterThan(0)
        expect(confidence).toBeLessThanOrEqual(1)
      }
      const lowest = fields[confidences.indexOf(Math.min(...confidences))]
      expect(lowest).toBe('ticket_price')
      // Five tokens (5, 5, 3, '.', 0) at e^-0.4 each.
      expect(evidence['/ticket_price']?.confidence).toBeCloseTo(Math.exp(-2), 2)
    }
  })

  it('leaves the record without evidence when not asked', async () => {
    server.setReply({ content: fencedSingleQuoted(expected), logprobs: { substrings: { '553.0': -0.4 } } })
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket'], { env })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).not.toHaveProperty('evidence')
  })
})

describe('tiqu extract --boxes', () => {
  it("gives the qwen engine's fields the boxes of the text they came from, as the embedded engine places them", async () => {
    server.setReply({ content: fencedSingleQuoted(expected) })
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--boxes'], {
      env,
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('boxes: each page is also read with the embedded engine')
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ engine: 'qwen', data: expected, valid: true })
    const evidence = result.evidence as Evidence

    // The embedded engine's own boxes for the same page; with it, --boxes changes nothing.
    const local = await runCli(
      ['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--engine', 'local', '--boxes'],
      { env },
    )
    expect(local.code, local.stderr).toBe(0)
    expect(local.stderr).not.toContain('boxes: each page')
    const reference = JSON.parse(local.stdout).evidence as Evidence

    const { width, height } = await sharp(samplePath).metadata()
    const placed = Object.keys(expected).filter((field) => {
      const box = evidence[`/${field}`]?.box
      const truth = reference[`/${field}`]?.box
      if (!box || !truth) return false
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width ?? 0)
      expect(box.y + box.height).toBeLessThanOrEqual(height ?? 0)
      // The box holds the text the embedded engine read the value from.
      const centreX = truth.x + truth.width / 2
      const centreY = truth.y + truth.height / 2
      return (
        centreX >= box.x && centreX <= box.x + box.width && centreY >= box.y && centreY <= box.y + box.height
      )
    })
    expect(placed.length, `placed: ${placed.join(', ')}`).toBeGreaterThanOrEqual(9)
  })
})
