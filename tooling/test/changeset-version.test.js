// @ts-check
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, expect, it } from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const changeset = path.join(root, 'node_modules/.bin/changeset')
let copy = ''

afterAll(() => rm(copy, { recursive: true, force: true }))

/** The workspace's manifests and release config, without the pending changesets, in a scratch folder. */
async function copyWorkspace() {
  const folder = await mkdtemp(path.join(tmpdir(), 'tiqu-release-'))
  for (const file of ['package.json', 'pnpm-workspace.yaml'])
    await cp(path.join(root, file), path.join(folder, file))
  await mkdir(path.join(folder, '.changeset'))
  await cp(path.join(root, '.changeset/config.json'), path.join(folder, '.changeset/config.json'))
  for (const group of ['packages', 'templates', 'apps', 'tooling']) {
    const entries = group === 'tooling' ? [''] : await readdir(path.join(root, group))
    for (const entry of entries) {
      const manifest = path.join(root, group, entry, 'package.json')
      const text = await readFile(manifest, 'utf8').catch(() => undefined)
      if (text === undefined) continue
      await mkdir(path.join(folder, group, entry), { recursive: true })
      await writeFile(path.join(folder, group, entry, 'package.json'), text)
    }
  }
  return folder
}

/** Name → version of every package in a workspace folder. */
async function versions(folder) {
  const found = new Map()
  for (const group of ['packages', 'templates', 'apps']) {
    for (const entry of await readdir(path.join(folder, group))) {
      const manifest = JSON.parse(await readFile(path.join(folder, group, entry, 'package.json'), 'utf8'))
      found.set(manifest.name, manifest.version)
    }
  }
  return found
}

const bump = (version, part) => {
  const [major, minor, patch] = version.split('.').map(Number)
  return part === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`
}

it('`changeset version` bumps a changed template and what ships it, and leaves core alone', async () => {
  copy = await copyWorkspace()
  const before = await versions(copy)
  await writeFile(
    path.join(copy, '.changeset/id-card-fix.md'),
    '---\n"@tiqu/template-id-card": minor\n---\n\nReads the card number with fewer misses.\n',
  )
  await run(changeset, ['version'], { cwd: copy, env: { ...process.env, CI: 'true' } })
  const after = await versions(copy)

  expect(after.get('@tiqu/template-id-card')).toBe(bump(before.get('@tiqu/template-id-card'), 'minor'))
  // The CLI installs every template, so a new one reaches its users in a patch of it.
  expect(after.get('@tiqu/cli')).toBe(bump(before.get('@tiqu/cli'), 'patch'))
  // Core did not change, and nothing that only depends on core is released.
  for (const name of ['@tiqu/core', '@tiqu/engine-local', '@tiqu/testing', '@tiqu/template-train-ticket']) {
    expect(after.get(name), name).toBe(before.get(name))
  }
  const changelog = await readFile(path.join(copy, 'templates/id-card/CHANGELOG.md'), 'utf8')
  expect(changelog).toContain('Reads the card number with fewer misses.')
  const cli = JSON.parse(await readFile(path.join(copy, 'apps/cli/package.json'), 'utf8'))
  expect(cli.dependencies['@tiqu/template-id-card']).toBe('workspace:^')
})

it('a core release keeps templates whose peer range it still satisfies', async () => {
  const folder = await copyWorkspace()
  try {
    const before = await versions(folder)
    await writeFile(path.join(folder, '.changeset/core-fix.md'), '---\n"@tiqu/core": patch\n---\n\nA fix.\n')
    await run(changeset, ['version'], { cwd: folder, env: { ...process.env, CI: 'true' } })
    const after = await versions(folder)
    expect(after.get('@tiqu/core')).toBe(bump(before.get('@tiqu/core'), 'patch'))
    // Templates take core as a peer (^0.x): a patch of core is in range, so they are not re-released.
    expect(after.get('@tiqu/template-vat-invoice')).toBe(before.get('@tiqu/template-vat-invoice'))
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})
