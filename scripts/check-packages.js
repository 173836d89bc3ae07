// Checks every publishable workspace package as npm would ship it: publint (package.json fields,
// exports, files) and @arethetypeswrong/cli (types resolve for every export). The packages are ESM
// only, so attw runs with its `esm-only` profile: CommonJS `require` of them is not offered.
//
//   pnpm check:packages    (after `pnpm build`; `pnpm lint` runs it)
import { spawnSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name) => path.join(root, 'node_modules/.bin', name)

const failures = []
let checked = 0
for (const group of ['packages', 'templates', 'apps']) {
  for (const entry of (await readdir(path.join(root, group))).sort()) {
    const folder = path.join(root, group, entry)
    const manifest = await readFile(path.join(folder, 'package.json'), 'utf8').catch(() => undefined)
    if (manifest === undefined || JSON.parse(manifest).private) continue
    const name = JSON.parse(manifest).name
    for (const [tool, args] of [
      ['publint', ['--strict']],
      ['attw', ['--pack', '.', '--profile', 'esm-only', '--no-color', '--format', 'ascii']],
    ]) {
      const run = spawnSync(bin(tool), args, {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      })
      if (run.status !== 0) failures.push(`${name}: ${tool} failed\n${run.stdout}${run.stderr}`)
    }
    checked++
    process.stderr.write(`${name}: checked\n`)
  }
}
if (failures.length > 0) {
  console.error(failures.join('\n\n'))
  process.exit(1)
}
console.log(`${checked} packages pass publint and attw (esm-only).`)
