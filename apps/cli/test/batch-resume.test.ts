import { appendFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  type FakeQwenServer,
  invalidParameterReply,
  type RecordedRequest,
  startFakeQwenServer,
} from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { makePng } from './make-png.js'
import { repositoryRoot, startCli } from './run-cli.js'

const documents = 60
let answer: string
let server: FakeQwenServer
let folder: string
let env: Record<string, string>
// Which file a request was for: each document's bytes are distinct.
const documentOf = new Map<string, string>()

beforeAll(async () => {
  // A whole, valid ticket: an answer that fails validation would be re-asked, which is not this test's matter.
  answer = `\`\`\`json\n${await readFile(path.join(repositoryRoot, 'examples/train-ticket.expected.json'), 'utf8')}\n\`\`\``
  folder = await mkdtemp(path.join(tmpdir(), 'tiqu-resume-'))
  await mkdir(path.join(folder, 'scans'))
  for (let index = 0; index < documents; index++) {
    const name = `scans/${String(index).padStart(2, '0')}.png`
    const png = makePng(index)
    documentOf.set(`data:image/png;base64,${png.toString('base64')}`, name)
    await writeFile(path.join(folder, name), png)
  }
  server = await startFakeQwenServer({ apiKey: 'sk-test', latencyMs: 80 })
  env = { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: server.baseURL }
})

afterAll(() => server.close())

const requested = (requests: RecordedRequest[]) =>
  requests.map((request) => {
    const content = request.body?.messages?.[0]?.content
    const url = Array.isArray(content) ? (content[0]?.image_url as { url?: string } | undefined)?.url : ''
    return documentOf.get(url ?? '') ?? 'unknown'
  })

const readRecords = async (file: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { source: string; error?: { code: string } })

it('finishes a folder after a kill with --resume, without repeating or losing a document', async () => {
  const out = path.join(folder, 'results.jsonl')
  // The first run also meets a document the service refuses (a permanent error, not retried): its
  // failed record must be replaced by a successful one, not kept beside it.
  server.setReply((request) =>
    requested([request])[0] === 'scans/03.png'
      ? invalidParameterReply('The image is unreadable.')
      : { content: answer },
  )
  const first = startCli(['extract', 'scans', '-t', 'train-ticket', '--out', out], { cwd: folder, env })
  // Kill it hard once a third of the records are on disk: no handler runs, nothing is flushed at exit.
  for (let lines = 0; lines < documents / 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    lines = (await readFile(out, 'utf8').catch(() => '')).split('\n').length - 1
  }
  first.child.kill('SIGKILL')
  expect((await first.finished).signal).toBe('SIGKILL')

  const before = await readRecords(out)
  expect(before.length).toBeGreaterThanOrEqual(documents / 3)
  expect(before.length).toBeLessThan(documents)
  expect(before.find((record) => record.source === 'scans/03.png')?.error?.code).toBe('TIQU_BAD_REQUEST')
  const doneBefore = new Set(before.filter((record) => !record.error).map((record) => record.source))
  // A kill in the middle of a write leaves half a line; make sure there is one.
  await appendFile(out, '{"source":"scans/59.png","template":{"id":"tra')

  server.setReply({ content: answer })
  server.requests.length = 0
  const second = startCli(['extract', 'scans', '-t', 'train-ticket', '--out', out, '--resume'], {
    cwd: folder,
    env,
  })
  const run = await second.finished
  expect(run.code).toBe(0)
  expect(run.stderr).toContain(
    `resuming ${out}: ${doneBefore.size} of ${documents} documents already done; 1 failed record(s) removed, to be read again, a cut-off last line removed.`,
  )

  const readAgain = requested(server.requests)
  expect(readAgain.filter((source) => doneBefore.has(source))).toEqual([])
  expect(readAgain).toContain('scans/03.png')
  expect(new Set(readAgain).size).toBe(readAgain.length)

  const after = await readRecords(out)
  const sources = after.map((record) => record.source).sort()
  expect(sources).toEqual([...documentOf.values()].sort())
  expect(after.filter((record) => record.error)).toEqual([])
  expect(run.stderr).toContain(
    `${documents - doneBefore.size} documents (${doneBefore.size} more already done) in`,
  )
})

it('on Ctrl-C gives every document a record, exits 130, and --resume reads the ones not done', async () => {
  const out = path.join(folder, 'interrupted.jsonl')
  server.setReply({ content: answer, latencyMs: 200 })
  const first = startCli(['extract', 'scans', '-t', 'train-ticket', '--out', out, '-c', '2'], {
    cwd: folder,
    env,
  })
  for (let lines = 0; lines < 4; ) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    lines = (await readFile(out, 'utf8').catch(() => '')).split('\n').length - 1
  }
  first.child.kill('SIGINT')
  const stopped = await first.finished
  expect(stopped.code).toBe(130)
  expect(stopped.stderr).toContain('interrupted: no more documents start')
  expect(stopped.stderr).toMatch(
    /60 documents in [\d.]+ s: \d+ succeeded \(\d+ valid\), \d+ failed \(\d+ TIQU_ABORTED\).*; interrupted/,
  )
  const records = await readRecords(out)
  expect(records.map((record) => record.source).sort()).toEqual([...documentOf.values()].sort())
  const done = records.filter((record) => !record.error).length
  expect(done).toBeGreaterThanOrEqual(4)
  expect(done).toBeLessThan(documents)

  server.setReply({ content: answer })
  const resumed = await startCli(['extract', 'scans', '-t', 'train-ticket', '--out', out, '--resume'], {
    cwd: folder,
    env,
  }).finished
  expect(resumed.code).toBe(0)
  const after = await readRecords(out)
  expect(after.map((record) => record.source).sort()).toEqual([...documentOf.values()].sort())
  expect(after.filter((record) => record.error)).toEqual([])
})

it('refuses --resume without a JSON Lines --out file', async () => {
  const run = await startCli(['extract', 'scans', '-t', 'train-ticket', '--resume'], { cwd: folder, env })
    .finished
  expect(run.code).toBe(2)
  expect(run.stderr).toContain('--resume needs --out <file.jsonl>')
  const csv = await startCli(['extract', 'scans', '-t', 'train-ticket', '--resume', '--out', 'results.csv'], {
    cwd: folder,
    env,
  }).finished
  expect(csv.code).toBe(2)
  expect(csv.stderr).toContain('--resume appends JSON Lines, not csv')
})
