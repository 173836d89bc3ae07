import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeImagePdf } from './make-image-pdf.js'
import { makeHugePng, makePng } from './make-png.js'
import { repositoryRoot, runCli } from './run-cli.js'

let folder: string
let fake: FakeQwenServer
let notFound: Server
let notFoundUrl: string
let env: Record<string, string>
let expected: Record<string, string>

beforeAll(async () => {
  expected = JSON.parse(
    await readFile(path.join(repositoryRoot, 'examples/train-ticket.expected.json'), 'utf8'),
  )
  folder = await mkdtemp(path.join(tmpdir(), 'tiqu-inputs-'))
  await mkdir(path.join(folder, 'scans/a/deeper'), { recursive: true })
  await mkdir(path.join(folder, 'scans/b'), { recursive: true })
  await mkdir(path.join(folder, 'nothing/here'), { recursive: true })
  await writeFile(path.join(folder, 'scans/a/1.png'), makePng(1))
  await writeFile(path.join(folder, 'scans/a/deeper/2.png'), makePng(2))
  await writeFile(path.join(folder, 'scans/b/3.png'), makePng(3))
  await writeFile(path.join(folder, 'scans/b/readme.txt'), 'not a scan')
  await writeFile(path.join(folder, 'nothing/here/notes.txt'), 'no images in this folder')

  fake = await startFakeQwenServer({
    apiKey: 'sk-test',
    reply: { content: `\`\`\`json\n${JSON.stringify(expected)}\n\`\`\`` },
  })
  env = { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: fake.baseURL }
  notFound = createServer((_request, response) => {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
  })
  await new Promise<void>((resolve) => notFound.listen(0, '127.0.0.1', resolve))
  notFoundUrl = `http://127.0.0.1:${(notFound.address() as AddressInfo).port}/scans/missing.jpg`
})

afterAll(async () => {
  await fake.close()
  await new Promise((resolve) => notFound.close(resolve))
})

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))

describe('tiqu extract inputs', () => {
  it('expands quoted globs and @lists (with # comments) into one record per document', async () => {
    await writeFile(
      path.join(folder, 'list.txt'),
      `# today's scans\n\nscans/b/3.png\n  https://img.example.com/ticket.jpg  \n# done\n`,
    )
    const run = await runCli(['extract', 'scans/a/**/*.png', '@list.txt', '-t', 'train-ticket'], {
      cwd: folder,
      env,
    })
    expect(run.code).toBe(0)
    const sources = jsonLines(run.stdout).map((record) => record.source)
    expect(sources.sort()).toEqual(
      ['https://img.example.com/ticket.jpg', 'scans/a/1.png', 'scans/a/deeper/2.png', 'scans/b/3.png'].sort(),
    )
  })

  it('says so for a folder with no images and a glob that matches nothing, and reads the rest', async () => {
    const run = await runCli(['extract', 'nothing', 'scans/b', 'scans/**/*.gif', '-t', 'train-ticket'], {
      cwd: folder,
      env,
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      "warning: Folder 'nothing' holds no images or PDFs (searched recursively for .jpg",
    )
    expect(run.stderr).toContain("warning: No files match 'scans/**/*.gif'.")
    expect(JSON.parse(run.stdout).source).toBe('scans/b/3.png')
  })

  it('is a usage error when the only input is a folder with no images', async () => {
    const run = await runCli(['extract', 'nothing', '-t', 'train-ticket'], { cwd: folder, env })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("tiqu: error: Folder 'nothing' holds no images or PDFs")
    expect(run.stdout).toBe('')
  })

  it('is a usage error when an @list does not exist', async () => {
    const run = await runCli(['extract', '@no-such-list.txt', '-t', 'train-ticket'], { cwd: folder, env })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Input list '.*no-such-list.txt' does not exist/)
  })
})

describe('tiqu extract --format csv', () => {
  it('writes a header once and one RFC 4180 row per document, data fields as columns', async () => {
    const awkward = { ...expected, passenger_name: 'Zhang, "San"\nJr.' }
    fake.setReply({ content: JSON.stringify(awkward) })
    const run = await runCli(
      ['extract', 'scans/a', 'missing.png', '-t', 'train-ticket', '--format', 'csv', '-c', '1'],
      { cwd: folder, env },
    )
    fake.setReply({ content: `\`\`\`json\n${JSON.stringify(expected)}\n\`\`\`` })
    expect(run.code).toBe(1)
    const fields = Object.keys(expected)
    const header = ['source', ...fields, 'valid', 'error_code', 'error_message', 'issues']
    expect(run.stdout.startsWith(`${header.join(',')}\r\n`)).toBe(true)
    const rows = parseCsv(run.stdout)
    expect(rows).toHaveLength(4)
    expect(rows[0]).toEqual(header)
    const bySource = new Map(rows.slice(1).map((row) => [row[0], row]))
    const first = bySource.get('scans/a/1.png')
    expect(first?.[header.indexOf('passenger_name')]).toBe('Zhang, "San"\nJr.')
    expect(first?.[header.indexOf('train_number')]).toBe(expected.train_number)
    expect(first?.slice(-4)).toEqual(['true', '', '', '0'])
    const missing = bySource.get('missing.png')
    expect(missing?.[header.indexOf('valid')]).toBe('false')
    expect(missing?.[header.indexOf('error_code')]).toBe('TIQU_INPUT_NOT_FOUND')
    expect(missing?.[header.indexOf('train_number')]).toBe('')
  })

  it('takes the format from an --out file ending in .csv', async () => {
    const run = await runCli(['extract', 'scans/b', '-t', 'train-ticket', '--out', 'out/tickets.csv'], {
      cwd: folder,
      env,
    })
    expect(run.code).toBe(0)
    const text = await readFile(path.join(folder, 'out/tickets.csv'), 'utf8')
    // A byte-order mark first, so that Excel reads the file as UTF-8 and shows Chinese as Chinese.
    expect(text.startsWith('\uFEFFsource,')).toBe(true)
    const rows = parseCsv(text.slice(1))
    expect(rows.map((row) => row[0])).toEqual(['source', 'scans/b/3.png'])
  })
})

describe('tiqu extract on bad inputs in one batch (embedded engine)', () => {
  it('gives each its own record or message, reads the good one, and exits 1', async () => {
    const bad = path.join(folder, 'bad')
    await mkdir(path.join(bad, 'empty-folder'), { recursive: true })
    await copyFile(path.join(repositoryRoot, 'examples/train-ticket.jpg'), path.join(bad, 'good.jpg'))
    // A JPEG's first bytes, then garbage: passes the sniff, fails to decode.
    await writeFile(
      path.join(bad, 'corrupt.jpg'),
      Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
        Buffer.from('JFIF garbage '.repeat(20)),
      ]),
    )
    await writeFile(path.join(bad, 'empty.jpg'), '')
    await writeFile(path.join(bad, 'notes.jpg'), 'these are my notes, not a photo\n')
    // Two pages, each the sample ticket at 200 dpi: each page is a document of its own.
    const ticket = await readFile(path.join(repositoryRoot, 'examples/train-ticket.jpg'))
    await writeFile(path.join(bad, 'tickets.pdf'), makeImagePdf(ticket, { width: 1305, height: 810 }, 2))
    await writeFile(
      path.join(bad, 'cut.pdf'),
      makeImagePdf(ticket, { width: 1305, height: 810 }, 2).subarray(0, 4000),
    )
    await writeFile(path.join(bad, 'huge.png'), makeHugePng(30_000))
    const run = await runCli(
      [
        'extract',
        'good.jpg',
        'corrupt.jpg',
        'empty.jpg',
        'notes.jpg',
        'tickets.pdf',
        'cut.pdf',
        'huge.png',
        notFoundUrl,
        'empty-folder',
        '-t',
        'train-ticket',
      ],
      { cwd: bad },
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("warning: Folder 'empty-folder' holds no images or PDFs")
    const records = new Map(jsonLines(run.stdout).map((record) => [record.source, record]))
    expect([...records.keys()].sort()).toEqual(
      [
        'corrupt.jpg',
        'empty.jpg',
        'good.jpg',
        'notes.jpg',
        'tickets.pdf#page=1',
        'tickets.pdf#page=2',
        'cut.pdf',
        'huge.png',
        notFoundUrl,
      ].sort(),
    )
    expect(records.get('good.jpg')).toMatchObject({
      valid: true,
      data: { train_number: expected.train_number },
    })
    expect(records.get('good.jpg').error).toBeUndefined()
    for (const page of ['tickets.pdf#page=1', 'tickets.pdf#page=2']) {
      expect(records.get(page)).toMatchObject({ valid: true, data: expected })
    }
    expect(records.get('corrupt.jpg').error).toMatchObject({ code: 'TIQU_IMAGE_DAMAGED' })
    expect(records.get('corrupt.jpg').error.message).toMatch(/damaged/i)
    expect(records.get('empty.jpg').error).toMatchObject({ code: 'TIQU_INPUT_EMPTY' })
    expect(records.get('empty.jpg').error.message).toContain('is empty (0 bytes)')
    expect(records.get('cut.pdf').error).toMatchObject({ code: 'TIQU_PDF_UNREADABLE' })
    expect(records.get('cut.pdf').error.message).toContain('is not a readable PDF')
    expect(records.get('huge.png').error).toMatchObject({ code: 'TIQU_IMAGE_TOO_LARGE' })
    expect(records.get('huge.png').error.message).toContain('30000×30000')
    expect(records.get('notes.jpg').error).toMatchObject({ code: 'TIQU_UNSUPPORTED_IMAGE' })
    expect(records.get('notes.jpg').error.message).toContain('text')
    expect(records.get(notFoundUrl).error).toMatchObject({ code: 'TIQU_INPUT_NOT_FOUND' })
    expect(records.get(notFoundUrl).error.message).toContain('404')
    // One line per document on stderr, whatever a decoder's message holds; then the summary. The
    // total grows from 8 inputs to 9 documents once the PDF is opened.
    const documentLines = run.stderr.split('\n').filter((line) => /^tiqu: \[\d\/[89]\] /.test(line))
    expect(documentLines).toHaveLength(9)
    expect(run.stderr).toMatch(
      /9 documents in [\d.]+ s: 3 succeeded \(3 valid\), 6 failed \((\d TIQU_[A-Z_]+(, )?){6}\)/,
    )
  })
})

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (character === '"') quoted = false
      else field += character
    } else if (character === '"') quoted = true
    else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index++
    } else field += character
  }
  return rows
}
