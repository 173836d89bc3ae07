import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addToConfig } from './add-to-config.js'

let cwd: string
const config = async () => JSON.parse(await readFile(path.join(cwd, 'tiqu.config.json'), 'utf8'))

beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'tiqu-config-'))
})
afterEach(() => rm(cwd, { recursive: true, force: true }))

describe('addToConfig', () => {
  it('creates the config, then adds to it once, keeping what else it holds', async () => {
    expect(await addToConfig(cwd, path.join(cwd, 'waybill'))).toBe('created')
    expect(await config()).toEqual({ templates: ['./waybill'] })
    await writeFile(path.join(cwd, 'tiqu.config.json'), JSON.stringify({ note: 1, templates: ['@acme/x'] }))
    expect(await addToConfig(cwd, path.join(cwd, 'forms/po'))).toBe('added')
    expect(await addToConfig(cwd, path.join(cwd, 'forms/po'))).toBe('present')
    expect(await config()).toEqual({ note: 1, templates: ['@acme/x', './forms/po'] })
    expect(await addToConfig(cwd, path.join(path.dirname(cwd), 'elsewhere'))).toBe('added')
    expect((await config()).templates.at(-1)).toBe('../elsewhere')
  })

  it('leaves a config that is not a JSON object alone, and says why', async () => {
    await writeFile(path.join(cwd, 'tiqu.config.json'), '{ "templates": ')
    expect(await addToConfig(cwd, path.join(cwd, 'waybill'))).toEqual({
      problem: expect.stringContaining('not valid JSON'),
    })
    expect(await readFile(path.join(cwd, 'tiqu.config.json'), 'utf8')).toBe('{ "templates": ')
  })
})
