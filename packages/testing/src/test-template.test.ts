import { execFile } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { parcelLabelTemplate } from './__fixtures__/parcel-label.js'
import { testTemplate } from './test-template.js'

const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url))
const upright = parcelLabelTemplate.examples?.[0]?.expected as { [field: string]: unknown }

// The suite on a template that is right in every respect, read by the real embedded engine from its
// committed fixtures (no fonts needed): every test registered here must pass.
testTemplate(parcelLabelTemplate, {
  root: fixtures,
  minExamples: 2,
  localFieldAccuracy: 1,
  invalid: [
    {
      name: 'a number as the waybill',
      data: { ...upright, tracking_number: 42 },
      path: '/tracking_number',
      by: 'schema',
    },
    {
      name: 'a foreign waybill',
      data: { ...upright, tracking_number: 'YT1234567890' },
      path: '/tracking_number',
      by: 'validate',
    },
  ],
})

interface JsonReport {
  testResults: Array<{
    assertionResults: Array<{ title: string; status: string; failureMessages: string[] }>
  }>
}

it('fails a broken template in each check, with a message that says what to fix', async () => {
  // A separate vitest run, since a failing test here would fail this file: it runs
  // __fixtures__/broken/broken.fixture.ts and reports as JSON.
  const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs')
  const output = join(tmpdir(), `tiqu-testing-broken-${process.pid}.json`)
  await promisify(execFile)(
    process.execPath,
    [vitest, 'run', '--root', join(fixtures, 'broken'), '--reporter=json', `--outputFile=${output}`],
    { env: { ...process.env, VITEST: undefined, VITEST_WORKER_ID: undefined, VITEST_POOL_ID: undefined } },
  ).catch((error: { code?: number }) => {
    // vitest exits 1 when tests fail, as they must here.
    if (error.code !== 1) throw error
  })
  const report = JSON.parse(await readFile(output, 'utf8')) as JsonReport
  await rm(output, { force: true })
  const results = report.testResults.flatMap((file) => file.assertionResults)
  const failure = (title: RegExp) => {
    const result = results.find((entry) => title.test(entry.title))
    expect(result, `no test titled ${title}`).toBeDefined()
    expect(result?.status).toBe('failed')
    return result?.failureMessages.join('\n') ?? ''
  }
  expect(failure(/accepted by the registry/)).toMatch(
    /Template 'Bad_Label'.* was refused: its id "Bad_Label" is not kebab-case/,
  )
  const identity = failure(/kebab-case id and its package.json's version/)
  expect(identity).toMatch(/"9\.9\.9" is not its package's version "1\.2\.3"/)
  expect(identity).toMatch(/import packageJson from '\.\.\/package\.json'/)
  const fields = failure(/snake_case and describes it/)
  expect(fields).toMatch(/'trackingNumber' \(try 'tracking_number'\)/)
  expect(fields).toMatch(/add one to 'trackingNumber', 'sender\.post_code'/)
  expect(failure(/in its prompt/)).toMatch(/does not name 'sender'/)
  const images = failure(/at least 3 examples/)
  expect(images).toMatch(/has 2 examples; it needs at least 3/)
  expect(images).toMatch(/examples\[1\]\.image 'missing\.jpg' does not exist/)
  expect(failure(/expected values/)).toMatch(
    /examples\[0\] \(parcel-label-upright\.jpg\): \/trackingNumber: not an SF waybill/,
  )
  const missed = failure(/rejects an empty waybill/)
  expect(missed).toMatch(/neither the schema nor validate gave an error there/)
  expect(failure(/rejects a number as the waybill.* by validate/)).toMatch(
    /caught by the schema, but `validate` gives no error at \/trackingNumber/,
  )
  const reading = failure(/with the embedded engine's local rules/)
  expect(reading).toMatch(/read 1 of 4 fixture values exactly \(25%\); the template needs 90%/)
  expect(reading).toMatch(
    /parcel-label-upright\.jpg \/trackingNumber: expected "YT1234567890", got "SF0000000000"/,
  )
  expect(reading).toMatch(/missing\.jpg \/sender: expected \{"post_code":"200000"\}, got nothing/)
  expect(reading).toMatch(/missing\.jpg: extraction failed/)
  // Each problem in its own test, and no test of the broken template passes.
  expect(results.map((entry) => entry.status)).toEqual(Array(9).fill('failed'))
}, 120_000)
