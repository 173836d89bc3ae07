import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { repositoryRoot, runCli } from './run-cli.js'

// Far from the workspace: nothing of it can be resolved from here, as on a user's machine.
let root: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiqu-outside-'))
  expect(path.relative(repositoryRoot, root).startsWith('..')).toBe(true)
})

afterAll(() => rm(root, { recursive: true, force: true }))

// The developer's environment (npm's registry, cache and proxy settings), without what pnpm and vitest
// add to it: pnpm's npm_config_* settings make npm warn, and colours would split the lines matched.
const developer = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^npm_(?!config_(registry|cache|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl|cafile)$)/i.test(
        key,
      ) && !/^(FORCE_COLOR|VITEST.*|TEST|NODE_ENV)$/.test(key),
  ),
)

/** Runs a command to its end. */
function runCommand(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = { ...developer, NO_COLOR: '1' },
) {
  return new Promise<{ code: number | null; stdout: string; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env })
    let stdout = ''
    let output = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, output }))
  })
}

/** The workspace's packages by name, with their folders. */
async function workspaceFolders(): Promise<Map<string, string>> {
  const folders = new Map<string, string>()
  for (const group of ['packages', 'templates', 'apps']) {
    for (const entry of await readdir(path.join(repositoryRoot, group))) {
      const folder = path.join(repositoryRoot, group, entry)
      const manifest = await readFile(path.join(folder, 'package.json'), 'utf8').catch(() => undefined)
      if (manifest) folders.set(JSON.parse(manifest).name, folder)
    }
  }
  return folders
}

/** How pnpm names a package's tarball: `@tiqu/core` → `tiqu-core-0.1.0.tgz`. */
const tarballPrefix = (name: string) => `${name.replace(/^@/, '').replace('/', '-')}-`

const bare = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }

it(
  'scaffolds a template in an empty folder outside the workspace that the installed CLI finds and reads, and whose own tests pass after npm install',
  async () => {
    const author = path.join(root, 'author')
    const tarballs = path.join(root, 'tarballs')
    const consumer = path.join(root, 'consumer')
    for (const folder of [author, tarballs, consumer]) await mkdir(folder)

    const init = await runCli(['template', 'init', 'waybill'], { cwd: author })
    expect(init.code, init.stderr).toBe(0)
    // Nothing here provides @tiqu/core yet: init says what to do rather than claim the listing works.
    expect(init.stdout).toContain('`npm install` in its folder installs it')
    const expected = JSON.parse(
      await readFile(path.join(author, 'waybill/fixtures/waybill.expected.json'), 'utf8'),
    )

    // Packed as they would be published (pnpm turns workspace: ranges into versions): the CLI, every
    // workspace package it depends on, and what a template author installs to test a template.
    const cli = JSON.parse(await readFile(path.join(repositoryRoot, 'apps/cli/package.json'), 'utf8'))
    const cliDependencies = Object.keys(cli.dependencies).filter((name) => name.startsWith('@tiqu/'))
    const authorDependencies = ['@tiqu/core', '@tiqu/engine-local', '@tiqu/testing', '@tiqu/qwen-fake-server']
    const folders = await workspaceFolders()
    for (const name of new Set(['@tiqu/cli', ...cliDependencies, ...authorDependencies])) {
      const folder = folders.get(name)
      expect(folder, `the workspace folder of ${name}`).toBeDefined()
      const packed = await runCommand('pnpm', ['pack', '--pack-destination', tarballs], folder ?? '')
      expect(packed.code, packed.output).toBe(0)
    }
    const packedTemplate = await runCommand(
      'npm',
      ['pack', '--pack-destination', tarballs],
      path.join(author, 'waybill'),
    )
    expect(packedTemplate.code, packedTemplate.output).toBe(0)
    const tarball = async (prefix: string) => {
      const name = (await readdir(tarballs)).find((file) => file.startsWith(prefix))
      expect(name, `${prefix}*.tgz`).toBeDefined()
      return path.join(tarballs, name ?? '')
    }

    // A project that installs the CLI and the new template; the rest comes from the npm registry.
    // Scripts are skipped as in the workspace: onnxruntime-node's only fetches GPU binaries.
    await writeFile(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
    const install = await runCommand(
      'npm',
      [
        'install',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        await tarball('tiqu-cli-'),
        ...(await Promise.all(cliDependencies.map((name) => tarball(tarballPrefix(name))))),
        await tarball('tiqu-template-waybill-'),
      ],
      consumer,
    )
    expect(install.code, install.output).toBe(0)
    const tiqu = path.join(consumer, 'node_modules/.bin/tiqu')

    const listing = await runCommand(tiqu, ['templates', '--json'], consumer, bare)
    expect(listing.code, listing.output).toBe(0)
    expect(JSON.parse(listing.stdout)).toContainEqual({
      id: 'waybill',
      version: '0.1.0',
      title: 'Waybill',
      origin: 'tiqu-template-waybill',
    })
    const fixture = path.join(consumer, 'node_modules/tiqu-template-waybill/fixtures/waybill.jpg')
    const extracted = await runCommand(
      tiqu,
      ['extract', fixture, '-t', 'waybill', '--engine', 'local'],
      consumer,
      bare,
    )
    expect(extracted.code, extracted.output).toBe(0)
    expect(JSON.parse(extracted.stdout)).toMatchObject({
      data: expected,
      valid: true,
    })

    // The author's side: `npm install` (the unpublished @tiqu packages from their tarballs), then `npm test`.
    const authorInstall = await runCommand(
      'npm',
      [
        'install',
        '--save-dev',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        ...(await Promise.all(authorDependencies.map((name) => tarball(tarballPrefix(name))))),
      ],
      path.join(author, 'waybill'),
    )
    expect(authorInstall.code, authorInstall.output).toBe(0)
    const tests = await runCommand('npm', ['test'], path.join(author, 'waybill'))
    expect(tests.code, tests.output).toBe(0)
    expect(tests.output).toMatch(/Tests\s+8 passed/)
    // With @tiqu/core installed in it, the folder init listed in tiqu.config.json loads too.
    const authorListing = await runCommand(tiqu, ['templates', '--json'], author, bare)
    expect(JSON.parse(authorListing.stdout)).toContainEqual(expect.objectContaining({ id: 'waybill' }))
  },
  15 * 60_000,
)
