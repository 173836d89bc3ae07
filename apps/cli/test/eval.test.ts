import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeImagePdf } from './make-image-pdf.js'
import { repositoryRoot, runCli } from './run-cli.js'

const sample = path.join(repositoryRoot, 'examples/train-ticket.jpg')
let expected: Record<string, string>
let folder: string

interface FieldRow {
  field: string
  predicted: number
  support: number
  correct: number
  precision: number | null
  recall: number | null
  exact: number
}

const rowOf = (report: { fields: FieldRow[] }, field: string) =>
  report.fields.find((row) => row.field === field)

/** A dataset folder: each entry an image name and the labels beside it (none for an unlabelled one). */
async function makeDataset(name: string, documents: Array<[string, Record<string, unknown> | undefined]>) {
  const dataset = path.join(folder, name)
  for (const [file, labels] of documents) {
    const target = path.join(dataset, file)
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(sample, target)
    if (labels) await writeFile(target.replace(/\.jpg$/, '.expected.json'), JSON.stringify(labels))
  }
  return dataset
}

beforeAll(async () => {
  expected = JSON.parse(
    await readFile(path.join(repositoryRoot, 'examples/train-ticket.expected.json'), 'utf8'),
  )
  folder = await mkdtemp(path.join(tmpdir(), 'tiqu-eval-'))
})

afterAll(() => rm(folder, { recursive: true, force: true }))

describe('tiqu eval with the embedded engine', () => {
  it('scores each field on a labelled folder, and names the document whose label differs', async () => {
    const dataset = await makeDataset('local', [
      ['a.jpg', expected],
      // The label is wrong on purpose: the engine reads 05车12F号, the label says 13F.
      ['nested/b.jpg', { ...expected, seat_number: '05车13F号' }],
      ['c.jpg', expected],
      ['unlabelled.jpg', undefined],
    ])
    const run = await runCli([
      'eval',
      'train-ticket',
      dataset,
      '--engine',
      'local',
      '--format',
      'json',
      '-c',
      '2',
    ])
    expect(run.stderr).toContain('engine local (PaddleOCR PP-OCRv4, in-process): --engine local')
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({
      template: { id: 'train-ticket' },
      engine: 'local',
      documents: 3,
      failed: 0,
    })
    expect(report.unlabelled).toEqual([path.join(dataset, 'unlabelled.jpg')])
    expect(report.normalisation.join(' ')).toContain('NFKC')
    expect(report.fields.map((row: FieldRow) => row.field)).toEqual(Object.keys(expected))
    expect(rowOf(report, 'seat_number')).toMatchObject({ support: 3, predicted: 3, correct: 2, exact: 2 / 3 })
    expect(rowOf(report, 'seat_number')?.precision).toBeCloseTo(2 / 3, 10)
    expect(rowOf(report, 'train_number')).toMatchObject({
      support: 3,
      correct: 3,
      precision: 1,
      recall: 1,
      exact: 1,
    })
    expect(report.overall.support).toBe(30)
    expect(report.overall.f1).toBeLessThan(1)
    expect(report.worst[0]).toMatchObject({
      source: path.join(dataset, 'nested/b.jpg'),
      wrong: expect.arrayContaining([{ path: 'seat_number', expected: '05车13F号', got: '05车12F号' }]),
    })
  })
})

describe('tiqu eval with the qwen engine', () => {
  let server: FakeQwenServer
  let env: Record<string, string>

  beforeAll(async () => {
    server = await startFakeQwenServer({ apiKey: 'sk-test' })
    env = { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: server.baseURL }
    // Every answer: the price written another way (still right), a wrong name, and no ID number.
    const { id_card_number: _left, ...rest } = expected
    server.setReply({
      content: JSON.stringify({ ...rest, ticket_price: '￥553.00', passenger_name: '李四' }),
    })
  })

  afterAll(() => server.close())

  it('counts precision, recall and F1 from the answers, after normalising amounts', async () => {
    const dataset = await makeDataset('qwen', [
      ['one.jpg', expected],
      // Labelled with the date and price in other forms: normalisation makes them equal.
      ['two.jpg', { ...expected, ticket_price: 553, departure_date_and_time: '2025-6-18 08:05开' }],
    ])
    const run = await runCli(['eval', 'train-ticket', dataset, '--format', 'json'], { env })
    expect(run.stderr).toContain('engine qwen')
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ engine: 'qwen', model: 'qwen-vl-ocr-2025-11-20', documents: 2 })
    expect(rowOf(report, 'ticket_price')).toMatchObject({ predicted: 2, support: 2, correct: 2, exact: 1 })
    expect(rowOf(report, 'departure_date_and_time')).toMatchObject({ correct: 2, exact: 1 })
    expect(rowOf(report, 'passenger_name')).toMatchObject({
      predicted: 2,
      support: 2,
      correct: 0,
      precision: 0,
      recall: 0,
      exact: 0,
    })
    expect(rowOf(report, 'id_card_number')).toMatchObject({
      predicted: 0,
      support: 2,
      correct: 0,
      precision: null,
      recall: 0,
    })
    // 9 values given per document, 10 labelled, 8 right.
    expect(report.overall).toMatchObject({ predicted: 18, support: 20, correct: 16, exact: 0 })
    expect(report.overall.precision).toBeCloseTo(16 / 18, 10)
    expect(report.overall.recall).toBeCloseTo(16 / 20, 10)
    expect(report.overall.f1).toBeCloseTo((2 * (16 / 18) * 0.8) / (16 / 18 + 0.8), 10)
    expect(report.worst).toHaveLength(2)
    expect(report.worst[0].wrong).toEqual([
      { path: 'id_card_number', expected: expected.id_card_number, got: null },
      { path: 'passenger_name', expected: '张三', got: '李四' },
    ])
  })

  it('prints a table with the normalisation stated, and fails a --min-f1 it does not reach', async () => {
    const dataset = await makeDataset('table', [['one.jpg', expected]])
    const out = path.join(folder, 'report.json')
    const run = await runCli(['eval', 'train-ticket', dataset, '--min-f1', '0.9'], { env })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('overall field F1 0.842 is below --min-f1 0.9')
    expect(run.stdout).toContain('Values are compared after normalisation:')
    expect(run.stdout).toContain('currency signs')
    expect(run.stdout).toMatch(/^FIELD\s+PRECISION\s+RECALL\s+EXACT\s+SUPPORT$/m)
    expect(run.stdout).toMatch(/^passenger_name\s+0\.000\s+0\.000\s+0\.000\s+1$/m)
    expect(run.stdout).toMatch(/^id_card_number\s+–\s+0\.000\s+0\.000\s+1$/m)
    expect(run.stdout).toContain('Overall field F1: 0.842')
    expect(run.stdout).toContain('passenger_name: expected "张三", got "李四"')

    const passing = await runCli(['eval', 'train-ticket', dataset, '--min-f1', '0.8', '--out', out], { env })
    expect(passing.code).toBe(0)
    expect(passing.stdout).toBe('')
    expect(JSON.parse(await readFile(out, 'utf8')).overall.correct).toBe(8)
  })

  it('labels a PDF page by page with an array', async () => {
    const dataset = path.join(folder, 'pdf')
    await mkdir(dataset, { recursive: true })
    const jpeg = await readFile(sample)
    const { width = 0, height = 0 } = await sharp(jpeg).metadata()
    await writeFile(path.join(dataset, 'scan.pdf'), makeImagePdf(jpeg, { width, height }, 3))
    await writeFile(
      path.join(dataset, 'scan.expected.json'),
      JSON.stringify([expected, { ...expected, passenger_name: '李四' }]),
    )
    const run = await runCli(['eval', 'train-ticket', dataset, '--format', 'json'], { env })
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.documents).toBe(2)
    expect(report.unlabelled).toEqual([`${path.join(dataset, 'scan.pdf')}#page=3`])
    expect(rowOf(report, 'passenger_name')).toMatchObject({ support: 2, correct: 1 })
  })
})

describe('tiqu eval usage', () => {
  it('refuses a folder where nothing is labelled, and a label that is not JSON, before reading anything', async () => {
    const unlabelled = await makeDataset('none', [['a.jpg', undefined]])
    const none = await runCli(['eval', 'train-ticket', unlabelled, '--engine', 'local'])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('has its expected JSON beside it')

    const broken = await makeDataset('broken', [['a.jpg', expected]])
    await writeFile(path.join(broken, 'a.expected.json'), '{"train_number": ')
    const bad = await runCli(['eval', 'train-ticket', broken, '--engine', 'local'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('a.expected.json is not valid JSON')
    expect(bad.stderr).not.toContain('engine local')

    const unknown = await runCli(['eval', 'trian-ticket', broken])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("Did you mean 'train-ticket'?")
  })
})
