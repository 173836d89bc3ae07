import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import trainTicket from '@tiqu/template-train-ticket'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { repositoryRoot, runCli } from './run-cli.js'

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

beforeEach(() => {
  server.requests.length = 0
  server.setReply({ content: fencedSingleQuoted(expected), chunkSize: 7 })
})

describe('tiqu extract with the qwen engine', () => {
  it("sends the seed's request, field by field, and parses the fenced single-quoted answer", async () => {
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket'], { env })
    expect(run.stderr).toContain('engine qwen (qwen-vl-ocr-2025-11-20 at http://127.0.0.1')
    expect(run.stderr).toContain('DASHSCOPE_API_KEY is set')
    expect(run.code).toBe(0)

    expect(server.requests).toHaveLength(1)
    const request = server.requests[0]
    expect(request?.path).toBe('/compatible-mode/v1/chat/completions')
    expect(request?.headers.authorization).toBe('Bearer sk-test')
    const body = request?.body as Record<string, unknown>
    expect(body.model).toBe('qwen-vl-ocr-2025-11-20')
    expect(body.stream).not.toBe(true)
    const messages = body.messages as Array<{ role: string; content: Array<Record<string, unknown>> }>
    expect(messages).toHaveLength(1)
    expect(messages[0]?.role).toBe('user')
    const [imagePart, textPart, ...rest] = messages[0]?.content ?? []
    expect(rest).toEqual([])
    const imageBase64 = (await readFile(samplePath)).toString('base64')
    expect(imagePart).toEqual({
      type: 'image_url',
      image_url: { url: `data:image/jpeg;base64,${imageBase64}` },
      min_pixels: 32 * 32 * 3,
      max_pixels: 32 * 32 * 8192,
    })
    expect(textPart).toEqual({ type: 'text', text: trainTicket.prompt })

    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({
      source: 'examples/train-ticket.jpg',
      template: { id: 'train-ticket', version: trainTicket.version },
      engine: 'qwen',
      model: 'qwen-vl-ocr-2025-11-20',
      data: expected,
      valid: true,
      issues: [],
      uncertain: [],
      text: fencedSingleQuoted(expected),
    })
    expect(result.usage.image_tokens).toBeGreaterThan(0)
  })

  it('gives the same data streaming, with the text on stderr as it arrives', async () => {
    const plain = JSON.parse(
      (await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket'], { env })).stdout,
    )
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--stream'], {
      env,
    })
    expect(run.code).toBe(0)
    const streamed = JSON.parse(run.stdout)
    expect(streamed.data).toEqual(plain.data)
    expect(streamed.usage).toEqual(plain.usage)
    expect(run.stderr).toContain(fencedSingleQuoted(expected))
    const body = server.requests.at(-1)?.body as Record<string, unknown>
    expect(body.stream).toBe(true)
    expect(body.stream_options).toEqual({ include_usage: true })
  })

  it('ends a stream cut midway in a clear error, never a partial result', async () => {
    server.setReply({ fault: 'cut-stream', afterChunks: 3, content: fencedSingleQuoted(expected) })
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--stream'], {
      env,
    })
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ data: null, valid: false, error: { code: 'TIQU_STREAM_INTERRUPTED' } })
    expect(result.text.length).toBeGreaterThan(0)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('sends a plain-OCR request without a text part for `tiqu ocr`', async () => {
    server.setReply({ content: 'G1234 北京南站 上海虹桥站' })
    const run = await runCli(['ocr', 'examples/train-ticket.jpg'], { env })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('G1234 北京南站 上海虹桥站\n')
    const body = server.requests[0]?.body as { messages: Array<{ content: Array<{ type: string }> }> }
    expect(body.messages[0]?.content.map((part) => part.type)).toEqual(['image_url'])
  })

  it('passes an http(s) URL through to the service untouched', async () => {
    const url = 'https://img.alicdn.com/imgextra/i2/O1CN01ktT8451iQutqReELT_!!6000000004408-0-tps-689-487.jpg'
    const run = await runCli(['extract', url, '-t', 'train-ticket'], { env })
    expect(run.code).toBe(0)
    const body = server.requests[0]?.body as {
      messages: Array<{ content: Array<{ image_url?: { url: string } }> }>
    }
    expect(body.messages[0]?.content[0]?.image_url?.url).toBe(url)
  })
})

describe('tiqu extract output', () => {
  it('writes JSON Lines for several documents, one record each, in a file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'tiqu-out-'))
    const out = path.join(folder, 'results.jsonl')
    const run = await runCli(
      [
        'extract',
        'examples/train-ticket.jpg',
        'examples/train-ticket.jpg',
        '-t',
        'train-ticket',
        '--out',
        out,
      ],
      { env },
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    const records = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(records.map((record) => record.data)).toEqual([expected, expected])
    expect(run.stderr).toContain('[2/2] examples/train-ticket.jpg valid')
  })

  it('writes one JSON file per document into an --out folder', async () => {
    const folder = path.join(await mkdtemp(path.join(tmpdir(), 'tiqu-out-')), 'results/')
    const run = await runCli(
      ['extract', 'examples/train-ticket.jpg', 'examples/no-such.jpg', '-t', 'train-ticket', '--out', folder],
      { env },
    )
    expect(run.code).toBe(1)
    expect(JSON.parse(await readFile(path.join(folder, 'train-ticket.json'), 'utf8')).data).toEqual(expected)
    expect(JSON.parse(await readFile(path.join(folder, 'no-such.json'), 'utf8')).error.code).toBe(
      'TIQU_INPUT_NOT_FOUND',
    )
    expect(run.stderr).toContain('2 documents in ')
    expect(run.stderr).toContain('1 succeeded (1 valid), 1 failed (1 TIQU_INPUT_NOT_FOUND)')
  })
})

describe('tiqu extract retries', () => {
  it('retries a server error up to --max-retries, then records the failure', async () => {
    server.setReply({ status: 500, headers: { 'retry-after': '0' } })
    const run = await runCli(
      ['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--max-retries', '1'],
      { env },
    )
    expect(run.code).toBe(1)
    expect(server.requests).toHaveLength(2)
    expect(JSON.parse(run.stdout)).toMatchObject({ data: null, error: { code: 'TIQU_SERVER' } })
  })
})

describe('tiqu extract on bad input', () => {
  const oneLineError = (stderr: string) => {
    const errors = stderr.split('\n').filter((line) => line.includes('error'))
    expect(errors).toHaveLength(1)
    expect(stderr).not.toMatch(/\n\s+at /)
    return errors[0] ?? ''
  }

  it('a missing file', async () => {
    const run = await runCli(['extract', 'examples/no-such-ticket.jpg', '-t', 'train-ticket'], { env })
    expect(run.code).toBe(1)
    expect(oneLineError(run.stderr)).toContain("File 'examples/no-such-ticket.jpg' does not exist")
    expect(JSON.parse(run.stdout)).toMatchObject({ data: null, error: { code: 'TIQU_INPUT_NOT_FOUND' } })
    expect(server.requests).toHaveLength(0)
  })

  it('a text file named .jpg', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'tiqu-cli-'))
    await writeFile(path.join(folder, 'notes.jpg'), 'these are my notes, not a photo\n')
    const run = await runCli(['extract', path.join(folder, 'notes.jpg'), '-t', 'train-ticket'], { env })
    expect(run.code).toBe(1)
    expect(oneLineError(run.stderr)).toMatch(/not an image/)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'TIQU_UNSUPPORTED_IMAGE' } })
    expect(server.requests).toHaveLength(0)
  })

  it('an unknown template', async () => {
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'trian-ticket'], { env })
    expect(run.code).toBe(2)
    expect(oneLineError(run.stderr)).toContain(
      "Template 'trian-ticket' is not installed. Did you mean 'train-ticket'?",
    )
    expect(run.stdout).toBe('')
  })

  it('--temperature 3', async () => {
    const run = await runCli(
      ['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--temperature', '3'],
      { env },
    )
    expect(run.code).toBe(2)
    expect(oneLineError(run.stderr)).toContain('temperature')
    expect(server.requests).toHaveLength(0)
  })

  it('both --temperature and --top-p', async () => {
    const run = await runCli(
      [
        'extract',
        'examples/train-ticket.jpg',
        '-t',
        'train-ticket',
        '--temperature',
        '0.5',
        '--top-p',
        '0.5',
      ],
      { env },
    )
    expect(run.code).toBe(2)
    expect(oneLineError(run.stderr)).toMatch(/temperature.*top_p|top_p.*temperature/)
    expect(server.requests).toHaveLength(0)
  })

  it('a 401 from the server, not retried', async () => {
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket'], {
      env: { ...env, DASHSCOPE_API_KEY: 'sk-wrong' },
    })
    expect(run.code).toBe(1)
    expect(oneLineError(run.stderr)).toContain('DASHSCOPE_API_KEY')
    expect(JSON.parse(run.stdout)).toMatchObject({ data: null, error: { code: 'TIQU_AUTH' } })
    expect(server.requests).toHaveLength(1)
  })
})
