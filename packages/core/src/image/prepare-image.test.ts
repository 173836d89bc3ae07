import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Engine } from '../engine/types.js'
import { makePdf } from './__fixtures__/make-pdf.js'
import { prepareImage } from './prepare-image.js'

const samplePath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../examples/train-ticket.jpg',
)
let server: Server
let baseURL: string
let sample: Buffer

const engine = (acceptsImageUrls: boolean): Engine => ({
  specificationVersion: 'v1',
  id: acceptsImageUrls ? 'remote' : 'embedded',
  acceptsImageUrls,
  doRecognize: async function* () {},
})

beforeAll(async () => {
  sample = await readFile(samplePath)
  server = createServer((request, response) => {
    if (request.url === '/ticket.jpg') response.writeHead(200, { 'content-type': 'image/jpeg' }).end(sample)
    else if (request.url === '/notes.jpg')
      response.writeHead(200, { 'content-type': 'image/jpeg' }).end('not an image')
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

it('passes a URL through to an engine that fetches URLs itself', async () => {
  const url = `${baseURL}/ticket.jpg`
  expect(await prepareImage(url, { source: url, engine: engine(true) })).toEqual({
    kind: 'url',
    url,
    source: url,
  })
})

it('downloads a URL for an engine that cannot fetch it, and sniffs what arrived', async () => {
  const url = `${baseURL}/ticket.jpg`
  const image = await prepareImage(url, { source: url, engine: engine(false) })
  expect(image).toMatchObject({ kind: 'bytes', mimeType: 'image/jpeg', source: url })
  expect(image.kind === 'bytes' && Buffer.from(image.bytes).equals(sample)).toBe(true)
})

it('says what went wrong with a URL that 404s, or that is not an image', async () => {
  const missing = `${baseURL}/missing.jpg`
  await expect(prepareImage(missing, { source: missing, engine: engine(false) })).rejects.toMatchObject({
    code: 'TIQU_INPUT_NOT_FOUND',
    message: `Could not download ${missing}: the server answered 404 Not Found. Check the URL.`,
  })
  const notes = `${baseURL}/notes.jpg`
  await expect(prepareImage(notes, { source: notes, engine: engine(false) })).rejects.toMatchObject({
    code: 'TIQU_UNSUPPORTED_IMAGE',
  })
})

it('reads a one-page PDF as its page, and refuses a longer one, pointing to extractMany', async () => {
  const page = { width: 200, height: 100, content: '0 0 0 rg 20 20 80 40 re f' }
  const single = await prepareImage(makePdf([page]), { source: 'receipt.pdf', engine: engine(false) })
  expect(single).toMatchObject({ kind: 'bytes', mimeType: 'image/png', source: 'receipt.pdf' })
  const longer = await prepareImage(makePdf([page, page]), {
    source: 'contract.pdf',
    engine: engine(true),
  }).catch((error: Error) => error)
  expect(longer).toMatchObject({ code: 'TIQU_UNSUPPORTED_IMAGE' })
  expect((longer as Error).message).toMatch(
    /^'contract\.pdf' is a PDF of 2 pages, and one extraction reads one page\. Use extractMany \(or `tiqu extract`\)/,
  )
})

it('reads a file once and judges it by its content: an image, a PDF under any name, or what is wrong', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'tiqu-prepare-'))
  const pdfNamedJpg = path.join(directory, 'scan.jpg')
  await writeFile(pdfNamedJpg, makePdf([{ width: 200, height: 100, content: '0 0 0 rg 20 20 80 40 re f' }]))
  expect(await prepareImage(pdfNamedJpg, { source: 'scan.jpg', engine: engine(false) })).toMatchObject({
    kind: 'bytes',
    mimeType: 'image/png',
    source: 'scan.jpg',
  })
  const image = await prepareImage(pathToFileURL(samplePath), { source: 'ticket', engine: engine(true) })
  expect(image).toMatchObject({ kind: 'bytes', mimeType: 'image/jpeg', source: 'ticket' })
  expect(image.kind === 'bytes' && Buffer.from(image.bytes).equals(sample)).toBe(true)
  const missing = path.join(directory, 'missing.jpg')
  await expect(prepareImage(missing, { source: 'missing.jpg', engine: engine(false) })).rejects.toThrow(
    "File 'missing.jpg' does not exist. Check the path, or pass an http(s) URL.",
  )
  await expect(prepareImage(directory, { source: 'scans', engine: engine(false) })).rejects.toThrow(
    "'scans' is a directory, not an image file.",
  )
  await rm(directory, { recursive: true })
})
