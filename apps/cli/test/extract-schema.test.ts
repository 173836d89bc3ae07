import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePng } from './make-png.js'
import { runCli } from './run-cli.js'

let folder: string
let server: FakeQwenServer
let env: Record<string, string>

// A template that reads the fields of its caller's schema, as kie does; found through tiqu.config.json.
const schemaTaker = `export default {
  specificationVersion: 'v1', id: 'any-fields', version: '1.0.0', title: 'Any fields',
  description: 'Reads the fields of the schema given.', takesSchema: true,
  schema: { type: 'object', properties: { text: { type: 'string', description: 'All text.' } } },
  prompt: ({ schema }) => 'Fill: ' + Object.keys(schema?.properties ?? {}).join(', '),
}
`
const order = {
  type: 'object',
  properties: {
    order_id: { type: 'string', description: 'Order number.' },
    total: { type: 'string', pattern: '^\\d+\\.\\d{2}$', description: 'Total amount.' },
  },
  required: ['order_id', 'total'],
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'tiqu-schema-'))
  await writeFile(path.join(folder, 'order.png'), makePng(1))
  await mkdir(path.join(folder, 'any-fields'))
  await writeFile(path.join(folder, 'any-fields/index.js'), schemaTaker)
  await writeFile(
    path.join(folder, 'any-fields/package.json'),
    JSON.stringify({ name: 'any-fields', type: 'module', tiqu: { template: './index.js' } }),
  )
  await writeFile(path.join(folder, 'tiqu.config.json'), JSON.stringify({ templates: ['./any-fields'] }))
  await writeFile(path.join(folder, 'order.schema.json'), JSON.stringify(order))
  server = await startFakeQwenServer({
    apiKey: 'sk-test',
    reply: { content: '{"order_id": "A-17", "total": "12.5"}' },
  })
  env = { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: server.baseURL }
})

afterAll(() => server.close())

describe('tiqu extract --schema', () => {
  it('sends a prompt that carries the schema, and validates the answer against it', async () => {
    const run = await runCli(
      ['extract', 'order.png', '-t', 'any-fields', '--schema', 'order.schema.json', '--max-retries', '0'],
      { cwd: folder, env },
    )
    const prompt = JSON.stringify(server.requests.at(-1)?.body?.messages)
    expect(prompt).toContain('Fill: order_id, total')
    const record = JSON.parse(run.stdout)
    expect(record.data).toEqual({ order_id: 'A-17', total: '12.5' })
    // The caller's schema judges: its pattern wants two decimals.
    expect(record.valid).toBe(false)
    expect(record.issues).toContainEqual(expect.objectContaining({ path: '/total', severity: 'error' }))
  })

  it('asks for a schema when the template takes one, and refuses one for a template that does not', async () => {
    const before = server.requests.length
    const missing = await runCli(['extract', 'order.png', '-t', 'any-fields'], { cwd: folder, env })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(
      /Template 'any-fields' reads the fields of a JSON Schema of yours: give it with --schema/,
    )
    const fixed = await runCli(
      ['extract', 'order.png', '-t', 'train-ticket', '--schema', 'order.schema.json'],
      {
        cwd: folder,
        env,
      },
    )
    expect(fixed.code).toBe(2)
    expect(fixed.stderr).toMatch(/Template 'train-ticket' reads a fixed set of fields/)
    await writeFile(path.join(folder, 'empty.schema.json'), '{"type": "object"}')
    const empty = await runCli(
      ['extract', 'order.png', '-t', 'any-fields', '--schema', 'empty.schema.json'],
      {
        cwd: folder,
        env,
      },
    )
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/empty\.schema\.json: The schema names no fields/)
    expect(server.requests.length).toBe(before)
  })
})
