import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot, runCli } from './run-cli.js'

let expected: Record<string, string>

beforeAll(async () => {
  expected = JSON.parse(
    await readFile(path.join(repositoryRoot, 'examples/train-ticket.expected.json'), 'utf8'),
  )
})

describe('tiqu with the embedded engine (no key)', () => {
  it('extracts the sample ticket, matching the expected values on at least 9 of 10 fields', async () => {
    const run = await runCli(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket'])
    expect(run.stderr).toContain(
      'engine local (PaddleOCR PP-OCRv4, in-process): DASHSCOPE_API_KEY is not set',
    )
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({
      source: 'examples/train-ticket.jpg',
      engine: 'local',
      template: { id: 'train-ticket' },
    })
    const fields = Object.keys(expected)
    expect(fields).toHaveLength(10)
    const matching = fields.filter((field) => result.data[field] === expected[field])
    expect(
      matching.length,
      `fields that differ: ${fields
        .filter((field) => !matching.includes(field))
        .map((field) => `${field}=${JSON.stringify(result.data[field])}`)
        .join(', ')}`,
    ).toBeGreaterThanOrEqual(9)
    expect(result.text).toContain(expected.train_number)
  })

  it('prints the plain text for `tiqu ocr`', async () => {
    const run = await runCli(['ocr', 'examples/train-ticket.jpg'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(expected.train_number)
    expect(run.stdout).toContain(expected.departure_station)
  })

  it('refuses a free-form prompt, naming the qwen engine', async () => {
    const run = await runCli([
      'extract',
      'examples/train-ticket.jpg',
      '--prompt',
      'What colour is the ticket?',
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('qwen')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('tiqu templates', () => {
  it('lists the installed templates with their versions', async () => {
    const run = await runCli(['templates'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^TEMPLATE\s+VERSION\s+TITLE\s+PACKAGE$/m)
    expect(run.stdout).toMatch(/^train-ticket\s+\d+\.\d+\.\d+\s+China Railway train ticket/m)
    // Every template the CLI ships: the document types and Qwen-OCR's built-in tasks.
    const shipped = [
      ...['vat-invoice', 'id-card', 'bank-card', 'business-license', 'taxi-receipt', 'air-itinerary'],
      ...['driver-license', 'vehicle-license', 'receipt', 'invoice', 'passport'],
      ...['text', 'table', 'document', 'formula', 'key-values', 'kie'],
    ]
    for (const id of shipped) expect(run.stdout).toMatch(new RegExp(`^${id}\\s+\\d+\\.\\d+\\.\\d+\\s`, 'm'))
  })

  it("shows a VAT invoice's fields, and which engines serve a template", async () => {
    const vat = await runCli(['templates', 'show', 'vat-invoice'])
    expect(vat.code).toBe(0)
    for (const field of ['invoice_number', 'buyer_tax_id', 'items', 'total_amount_in_words']) {
      expect(vat.stdout).toMatch(new RegExp(`^  ${field}\\??\\s`, 'm'))
    }
    expect(vat.stdout).toContain("Local engine: supported (the template's local rules)")
    const text = await runCli(['templates', 'show', 'text'])
    expect(text.stdout).toContain("Local engine: supported (the page's text)")
    const table = await runCli(['templates', 'show', 'table'])
    expect(table.stdout).toMatch(
      /Local engine: not supported \(qwen engine only\): .*'html' as an HTML table/,
    )
    const kie = await runCli(['templates', 'show', 'kie'])
    expect(kie.stdout).toContain('Schema: yours, given with --schema <file.json>')
  })

  it("shows a template's fields", async () => {
    const run = await runCli(['templates', 'show', 'train-ticket'])
    expect(run.code).toBe(0)
    for (const field of Object.keys(expected)) expect(run.stdout).toContain(field)
    // `--json` after `show` is show's flag: the template's schema and prompt, not the listing.
    const json = await runCli(['templates', 'show', 'train-ticket', '--json'])
    const shown = JSON.parse(json.stdout)
    expect(shown).toMatchObject({ id: 'train-ticket', prompt: expect.any(String) })
    expect(Object.keys(shown.schema.properties)).toEqual(Object.keys(expected))
  })

  it('answers --help truthfully and with exit code 0', async () => {
    const run = await runCli(['extract', '--help'])
    expect(run.code).toBe(0)
    for (const flag of [
      '--template',
      '--engine',
      '--stream',
      '--temperature',
      '--top-p',
      '--max-pixels',
      '--base-url',
    ]) {
      expect(run.stdout).toContain(flag)
    }
  })
})
