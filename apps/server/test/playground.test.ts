import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from '../src/index.js'
import { readExpected, repositoryRoot, serverKey } from './helpers.js'

const executablePath = '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-artifacts')

if (!hasChromium) {
  console.warn(
    `Skipping the playground browser test: ${executablePath} is missing. Install Debian's chromium (apt-get install -y chromium) to run it.`,
  )
}

describe.skipIf(!hasChromium)('the playground in a real browser', () => {
  let app: FastifyInstance
  let address: string
  let browser: Browser

  beforeAll(async () => {
    app = await createServer({ engine: 'local', keys: [serverKey], env: {} })
    address = await app.listen({ host: '127.0.0.1', port: 0 })
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  it('uploads the sample ticket and shows its fields as they arrive, with the raw text and the issues', async () => {
    const expected = await readExpected()
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(address)
    // The server needs a key: the page asks for it, then lists the templates.
    expect(await page.isVisible('#key')).toBe(true)
    await page.fill('#key', serverKey)
    await page.locator('#key').dispatchEvent('change')
    await page.waitForSelector('#template option[value="train-ticket"]', { state: 'attached' })
    await page.selectOption('#template', 'train-ticket')
    await page.waitForSelector('td[data-field="passenger_name"]', { state: 'attached' })

    await page.setInputFiles('#file', path.join(repositoryRoot, 'examples/train-ticket.jpg'))
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 })

    for (const [field, value] of Object.entries(expected)) {
      await expect.poll(() => page.textContent(`td[data-field="${field}"]`)).toBe(value)
    }
    expect(await page.textContent('#valid')).toContain('valid')
    expect(await page.textContent('#raw')).toContain('G1234')
    expect(await page.textContent('#issues')).toContain('none')
    // Each field was filled by its object-delta event as it arrived, and the final record agreed.
    const sources = await page.$$eval('td[data-field]', (cells) =>
      cells.map((cell) => `${cell.getAttribute('data-field')}:${cell.getAttribute('data-from')}`),
    )
    expect(sources.sort()).toEqual(
      Object.keys(expected)
        .map((field) => `${field}:stream`)
        .sort(),
    )
    expect(errors).toEqual([])

    await mkdir(artifacts, { recursive: true })
    await page.screenshot({ path: path.join(artifacts, 'playground.png'), fullPage: true })
  })
})
