// Scores the embedded engine on every template's rendered fixtures with `tiqu eval`, as a team would
// score a template change: each template's examples are laid out as an eval dataset (image plus
// <name>.expected.json) in a temporary folder, then `tiqu eval <package folder> <dataset> --engine local`
// runs (the folder, so a template the CLI does not depend on yet is scored too).
// Prints one row per template (overall field F1, fields right) and a Markdown table for the README.
// Templates without `local` rules are skipped and named: the embedded engine refuses them (tables,
// LaTeX, the caller's schema) or, for `text`, returns the page's text, which its own test scores by
// character error rate rather than by fields.
//
//   pnpm eval:templates            every template under templates/
//   pnpm eval:templates id-card    just these
import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'apps/cli/dist/bin.js')
const only = process.argv.slice(2)

const rows = []
const scratch = await mkdtemp(path.join(tmpdir(), 'tiqu-eval-templates-'))
try {
  for (const folder of (await readdir(path.join(root, 'templates'))).sort()) {
    const packageRoot = path.join(root, 'templates', folder)
    if (only.length > 0 && !only.includes(folder)) continue
    const manifest = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8'))
    const { default: template } = await import(
      path.join(packageRoot, manifest.exports['.'].import ?? 'dist/index.js')
    )
    if (only.length > 0 && !only.includes(template.id)) continue
    if (template.local === undefined) {
      process.stderr.write(`${template.id}: no local rules, not scored\n`)
      continue
    }
    const dataset = path.join(scratch, template.id)
    await mkdir(dataset)
    for (const example of template.examples ?? []) {
      const name = path.basename(example.image)
      await copyFile(path.join(packageRoot, example.image), path.join(dataset, name))
      const label = `${name.slice(0, name.length - path.extname(name).length)}.expected.json`
      await writeFile(path.join(dataset, label), JSON.stringify(example.expected, null, 2))
    }
    process.stderr.write(`${template.id}: ${template.examples?.length ?? 0} fixtures…\n`)
    const run = spawnSync(
      process.execPath,
      [cli, 'eval', packageRoot, dataset, '--engine', 'local', '--format', 'json', '--concurrency', '1'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, DASHSCOPE_API_KEY: '' } },
    )
    if (run.status !== 0) {
      process.stderr.write(run.stderr)
      throw new Error(`tiqu eval ${template.id} exited with ${run.status}`)
    }
    rows.push(summarise(template, JSON.parse(run.stdout)))
  }
} finally {
  await rm(scratch, { recursive: true, force: true })
}

console.log(
  '| Template | Fixtures | Field F1, local engine | Values right | Fields not always right (exact) |',
)
console.log('| --- | ---: | ---: | ---: | --- |')
for (const row of rows) {
  console.log(`| \`${row.id}\` | ${row.documents} | ${row.f1} | ${row.right} | ${row.weak} |`)
}

/** One table row: the report's overall figures and the fields some document got wrong. */
function summarise(template, report) {
  const weak = report.fields
    .filter((field) => field.exact < 1)
    .map((field) => `${field.field} (${Math.round(field.exact * 100)}%)`)
  return {
    id: template.id,
    documents: report.documents,
    f1: report.overall.f1.toFixed(3),
    right: `${report.overall.correct} / ${report.overall.support}`,
    weak: weak.length > 0 ? weak.join(', ') : '—',
  }
}
