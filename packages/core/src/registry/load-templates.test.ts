import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createRegistry } from './create-registry.js'
import { loadTemplates } from './load-templates.js'

let root: string

const templateModule = (id: string, version: string) => `export default {
  specificationVersion: 'v1', id: '${id}', version: '${version}', title: '${id}', description: 'd', prompt: 'p',
  schema: { type: 'object', properties: { a: { type: 'string', description: 'A.' } } },
}
`

async function writePackage(directory: string, manifest: object, files: Record<string, string>) {
  await mkdir(directory, { recursive: true })
  await writeFile(path.join(directory, 'package.json'), JSON.stringify(manifest))
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(directory, name), text)
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiqu-load-'))
  const modules = path.join(root, 'project', 'node_modules')
  await writePackage(
    path.join(modules, '@acme', 'template-receipt'),
    { name: '@acme/template-receipt', version: '2.1.0', type: 'module', tiqu: { template: './index.js' } },
    { 'index.js': templateModule('acme-receipt', '2.1.0') },
  )
  await writePackage(path.join(modules, 'left-pad'), { name: 'left-pad', version: '1.0.0' }, {})
  await writePackage(
    path.join(modules, 'template-broken'),
    { name: 'template-broken', version: '1.0.0', type: 'module', tiqu: { template: './index.js' } },
    { 'index.js': "export default { id: 'broken' }\n" },
  )
  await writePackage(
    path.join(root, 'project', 'my-template'),
    { name: 'my-template', version: '0.1.0', type: 'module', tiqu: { template: './index.js' } },
    { 'index.js': templateModule('my-template', '0.1.0') },
  )
  await writeFile(
    path.join(root, 'project', 'tiqu.config.json'),
    JSON.stringify({ templates: ['./my-template', './missing'] }),
  )
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

it('loads installed template packages by their tiqu field, and those listed in tiqu.config.json', async () => {
  const registry = createRegistry()
  const report = await loadTemplates(registry, { cwd: path.join(root, 'project') })
  expect(report.loaded).toEqual([
    { id: 'my-template', version: '0.1.0', origin: 'my-template' },
    { id: 'acme-receipt', version: '2.1.0', origin: '@acme/template-receipt' },
  ])
  expect(registry.getTemplate('acme-receipt@^2').version).toBe('2.1.0')
})

it('reports a broken package and a wrong config entry instead of failing the others', async () => {
  const report = await loadTemplates(createRegistry(), { cwd: path.join(root, 'project') })
  expect(report.failed).toEqual([
    {
      origin: './missing',
      message:
        "'./missing' in tiqu.config.json is neither an installed package nor a template folder or file.",
    },
    {
      origin: 'template-broken',
      message: expect.stringContaining("Template 'broken' (from template-broken) was refused"),
    },
  ])
})
