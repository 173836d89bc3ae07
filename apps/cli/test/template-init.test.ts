import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot, runCli } from './run-cli.js'

// Inside the repository, where the workspace's @tiqu/core resolves, as for someone working in it;
// test-artifacts/ is ignored by git and biome.
let scratch: string

beforeAll(async () => {
  await mkdir(path.join(repositoryRoot, 'test-artifacts'), { recursive: true })
  scratch = await mkdtemp(path.join(repositoryRoot, 'test-artifacts', 'template-init-'))
})

afterAll(() => rm(scratch, { recursive: true, force: true }))

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'))

/** Runs a command to its end, with its output for the assertion message. */
function runCommand(command: string, args: string[], cwd: string) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

describe('tiqu template init inside the workspace', () => {
  it('scaffolds a package that `tiqu templates` lists at once and the embedded engine reads exactly', async () => {
    const run = await runCli(['template', 'init', 'waybill'], { cwd: scratch })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('Created tiqu-template-waybill in ./waybill:')
    expect(run.stdout).toContain('`tiqu templates` run here lists waybill.')
    const folder = path.join(scratch, 'waybill')
    for (const file of [
      'package.json',
      'src/index.js',
      'test/template.test.js',
      'README.md',
      'fixtures/waybill.jpg',
      'fixtures/waybill.expected.json',
    ]) {
      expect(existsSync(path.join(folder, file)), file).toBe(true)
    }
    const manifest = await readJson(path.join(folder, 'package.json'))
    expect(manifest).toMatchObject({
      name: 'tiqu-template-waybill',
      version: '0.1.0',
      type: 'module',
      tiqu: { template: './src/index.js' },
      scripts: { test: 'vitest run' },
      peerDependencies: { '@tiqu/core': '^0.1.0' },
    })
    expect(manifest.keywords).toContain('tiqu-template')
    expect(Object.keys(manifest.devDependencies)).toEqual(
      expect.arrayContaining(['@tiqu/testing', '@tiqu/engine-local', 'vitest']),
    )
    expect(await readJson(path.join(scratch, 'tiqu.config.json'))).toEqual({ templates: ['./waybill'] })

    const listing = await runCli(['templates', '--json'], { cwd: scratch })
    expect(listing.code, listing.stderr).toBe(0)
    expect(listing.stderr).not.toContain('warning')
    expect(JSON.parse(listing.stdout)).toContainEqual({
      id: 'waybill',
      version: '0.1.0',
      title: 'Waybill',
      origin: 'tiqu-template-waybill',
    })

    const expected = await readJson(path.join(folder, 'fixtures/waybill.expected.json'))
    expect(expected).toEqual({ document_number: 'W-204518', issue_date: '2025-06-18', total_amount: 1284.5 })
    const extracted = await runCli(
      ['extract', 'waybill/fixtures/waybill.jpg', '-t', 'waybill', '--engine', 'local'],
      {
        cwd: scratch,
      },
    )
    expect(extracted.code, extracted.stderr).toBe(0)
    expect(JSON.parse(extracted.stdout)).toMatchObject({ data: expected, valid: true })
  })

  it('passes its own tests, the @tiqu/testing conformance suite with the embedded engine', async () => {
    // As `npm install` would provide them: the workspace's packages, and its vitest.
    const folder = path.join(scratch, 'waybill')
    expect(
      existsSync(path.join(repositoryRoot, 'packages/testing/dist/index.js')),
      'build @tiqu/testing first',
    ).toBe(true)
    await mkdir(path.join(folder, 'node_modules/@tiqu'), { recursive: true })
    for (const name of ['core', 'engine-local', 'testing']) {
      await symlink(
        path.join(repositoryRoot, 'packages', name),
        path.join(folder, 'node_modules/@tiqu', name),
        'dir',
      )
    }
    await symlink(
      path.join(repositoryRoot, 'node_modules/vitest'),
      path.join(folder, 'node_modules/vitest'),
      'dir',
    )
    const vitest = path.join(folder, 'node_modules/vitest/vitest.mjs')
    const tests = await runCommand(process.execPath, [vitest, 'run', '--reporter', 'verbose'], folder)
    expect(tests.code, tests.output).toBe(0)
    expect(tests.output).toContain(
      "reads at least 100% of the fixtures' fields with the embedded engine's local rules",
    )
    expect(tests.output).toContain('rejects a date that is not in the calendar')
    expect(tests.output).toMatch(/Tests\s+8 passed/)

    // The suite can fail: a fixture label that differs from the page is caught.
    const labels = path.join(folder, 'fixtures/waybill.expected.json')
    const original = await readFile(labels, 'utf8')
    await writeFile(labels, original.replace('W-204518', 'W-204519'))
    const failing = await runCommand(process.execPath, [vitest, 'run'], folder)
    await writeFile(labels, original)
    expect(failing.code).toBe(1)
    expect(failing.output).toContain('/document_number: expected "W-204519", got "W-204518"')
  })

  it('scores its own fixture with `tiqu eval` given the folder as the template', async () => {
    const run = await runCli(
      ['eval', './waybill', 'waybill/fixtures', '--engine', 'local', '--format', 'json'],
      {
        cwd: scratch,
      },
    )
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).overall).toMatchObject({ support: 3, correct: 3, f1: 1 })
  })

  it('never overwrites, and refuses a name that is not a kebab-case id', async () => {
    const again = await runCli(['template', 'init', 'waybill'], { cwd: scratch })
    expect(again.code).toBe(2)
    expect(again.stderr).toContain("'./waybill' is not empty")
    const badName = await runCli(['template', 'init', 'Way_Bill'], { cwd: scratch })
    expect(badName.code).toBe(2)
    expect(badName.stderr).toContain("'Way_Bill' is not a template id")
    expect(existsSync(path.join(scratch, 'Way_Bill'))).toBe(false)
  })

  it('takes a folder and a package name of your choosing, and adds it to the existing config', async () => {
    const run = await runCli(
      [
        'template',
        'init',
        'purchase-order',
        '--dir',
        'forms/po',
        '--package',
        '@acme/template-purchase-order',
      ],
      { cwd: scratch },
    )
    expect(run.code, run.stderr).toBe(0)
    expect((await readJson(path.join(scratch, 'forms/po/package.json'))).name).toBe(
      '@acme/template-purchase-order',
    )
    expect(await readJson(path.join(scratch, 'tiqu.config.json'))).toEqual({
      templates: ['./waybill', './forms/po'],
    })
    const listing = await runCli(['templates', 'show', 'purchase-order'], { cwd: scratch })
    expect(listing.code, listing.stderr).toBe(0)
    expect(listing.stdout).toContain('purchase-order@0.1.0  Purchase order')
    expect(listing.stdout).toMatch(/total_amount\s+number\|null/)
    const extracted = await runCli(
      ['extract', 'forms/po/fixtures/purchase-order.jpg', '-t', 'purchase-order', '--engine', 'local'],
      {
        cwd: scratch,
      },
    )
    expect(JSON.parse(extracted.stdout).data).toEqual({
      document_number: 'PO-204518',
      issue_date: '2025-06-18',
      total_amount: 1284.5,
    })
  })
})

describe('tiqu template init in a pnpm workspace of tiqu', () => {
  it('depends on workspace: versions, which pnpm links', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tiqu-fork-'))
    try {
      await writeFile(
        path.join(root, 'pnpm-workspace.yaml'),
        "packages:\n  - 'packages/*'\n  - templates/*\n",
      )
      await writeFile(
        path.join(root, 'package.json'),
        JSON.stringify({ devDependencies: { vitest: '^3.2.0' } }),
      )
      for (const name of ['core', 'testing']) {
        await mkdir(path.join(root, 'packages', name), { recursive: true })
        await writeFile(
          path.join(root, 'packages', name, 'package.json'),
          JSON.stringify({ name: `@tiqu/${name}` }),
        )
      }
      const run = await runCli(['template', 'init', 'waybill', '--dir', 'templates/waybill', '--no-config'], {
        cwd: root,
      })
      expect(run.code, run.stderr).toBe(0)
      const manifest = await readJson(path.join(root, 'templates/waybill/package.json'))
      expect(manifest.peerDependencies).toEqual({ '@tiqu/core': 'workspace:^' })
      expect(manifest.devDependencies).toEqual({
        '@tiqu/core': 'workspace:*',
        '@tiqu/engine-local': '^0.1.0',
        '@tiqu/testing': 'workspace:*',
        vitest: '^3.2.0',
      })
      expect(run.stdout).toContain('pnpm install && pnpm --filter tiqu-template-waybill test')
      expect(existsSync(path.join(root, 'tiqu.config.json'))).toBe(false)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
