import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import template from './index.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))
const packageJson = JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8'))

it('declares the train-ticket template at the package version', () => {
  expect(template).toMatchObject({
    specificationVersion: 'v1',
    id: 'train-ticket',
    version: packageJson.version,
    title: 'China Railway train ticket',
    titleZh: '火车票',
  })
  expect(packageJson.tiqu.template).toBe('./dist/index.js')
  expect(packageJson.keywords).toContain('tiqu-template')
})

it('ships the rendered sample as its fixture, with the expected values of examples/', () => {
  const example = template.examples?.[0]
  expect(example?.image).toBe('fixtures/train-ticket.jpg')
  const fixture = readFileSync(`${packageRoot}${example?.image}`)
  // Same bytes: `pnpm render:examples` writes both; a stale copy would test another image.
  expect(fixture.equals(readFileSync(`${repositoryRoot}examples/train-ticket.jpg`))).toBe(true)
  const rendered = JSON.parse(readFileSync(`${repositoryRoot}examples/train-ticket.expected.json`, 'utf8'))
  expect(example?.expected).toEqual(rendered)
})
