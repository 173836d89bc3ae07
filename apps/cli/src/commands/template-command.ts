import { readdir, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Command } from 'commander'
import { createContext } from '../internal/create-context.js'
import { loadTemplateArgument } from '../internal/eval/load-template-argument.js'
import { type Io, log } from '../internal/io.js'
import { addToConfig } from '../internal/scaffold/add-to-config.js'
import { describeTemplateName, isTemplateId } from '../internal/scaffold/describe-template-name.js'
import { findTiquWorkspace } from '../internal/scaffold/find-workspace.js'
import { type FixtureValues, fixtureLayout } from '../internal/scaffold/fixture-layout.js'
import { fitHeadingSize, renderFixture } from '../internal/scaffold/render-fixture.js'
import { type ScaffoldDependencies, scaffoldFiles } from '../internal/scaffold/scaffold-files.js'
import { writeScaffold } from '../internal/scaffold/write-scaffold.js'
import { UsageError } from '../internal/usage-error.js'

interface InitFlags {
  dir?: string
  package?: string
  config: boolean
}

const packageNamePattern = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/

/** `tiqu template init <name>`: scaffold a template package that passes its own tests. */
export function createTemplateCommand(io: Io): Command {
  const command = new Command('template').description(
    '`template init <name>`: scaffold a template package of your own',
  )
  command
    .command('init')
    .summary('scaffold a template package that passes its own tests')
    .description(
      'scaffold a template package: package.json with the `tiqu` field, src/index.js (schema, prompt, validate, local rules), ' +
        'a fixture rendered with known values, a test running the @tiqu/testing conformance suite, and a README. ' +
        'The folder is added to ./tiqu.config.json, so `tiqu templates` run here lists it at once.',
    )
    .argument('<name>', 'the template id, kebab-case, e.g. waybill or purchase-order')
    .option('--dir <folder>', 'where to create it (must be empty or new); default: ./<name>')
    .option('--package <name>', 'npm package name; default: tiqu-template-<name>')
    .option('--no-config', 'do not add the folder to ./tiqu.config.json')
    .action(async (name: string, flags: InitFlags) => {
      await runInit(io, name, flags)
    })
  return command
}

async function runInit(io: Io, name: string, flags: InitFlags): Promise<void> {
  if (!isTemplateId(name) || name.length > 40) {
    throw new UsageError(
      `'${name}' is not a template id: use up to 40 lowercase letters and digits in words joined by '-', like waybill or purchase-order.`,
    )
  }
  const packageName = flags.package ?? `tiqu-template-${name}`
  if (!packageNamePattern.test(packageName) || packageName.length > 214) {
    throw new UsageError(
      `'${packageName}' is not an npm package name, like tiqu-template-${name} or @acme/template-${name}.`,
    )
  }
  const folder = path.resolve(io.cwd, flags.dir ?? name)
  const relative = path.relative(io.cwd, folder)
  // Shown as a path, never as a bare name, which `tiqu eval` would take for a template id.
  const shown =
    relative === ''
      ? '.'
      : relative.startsWith('..') || path.isAbsolute(relative)
        ? relative
        : `./${relative}`
  await checkEmpty(folder, shown)

  const names = describeTemplateName(name)
  const workspace = await findTiquWorkspace(folder)
  const dependencies = dependenciesFor(workspace)
  const values: FixtureValues = {
    document_number: names.sampleNumber,
    issue_date: '2025-06-18',
    total_amount: 1284.5,
  }
  const layout = fixtureLayout(names.heading, values, await fitHeadingSize(names.heading, 840))
  // Rendered before anything is written: a failure leaves no half-made folder behind.
  const image = await renderFixture(layout)
  const files = scaffoldFiles({ names, packageName, dependencies, values, layout })
  const written = await writeScaffold(folder, files, { [`fixtures/${name}.jpg`]: image })

  const lines = [`Created ${packageName} in ${shown}:`, ...written.map((file) => `  ${file}`), '']
  if (flags.config) {
    const change = await addToConfig(io.cwd, folder)
    if (typeof change === 'object')
      log(
        io,
        `warning: ./tiqu.config.json was left alone: ${change.problem}. Add "${shown}" to its "templates" yourself.`,
      )
    else if (change !== 'present')
      lines.push(`${change === 'created' ? 'Created' : 'Updated'} ./tiqu.config.json: it lists ${shown}.`)
  }
  lines.push(...(await describeListing(io, folder, name, flags.config)))
  lines.push(
    '',
    'Next:',
    workspace
      ? `  pnpm install && pnpm --filter ${packageName} test    (in the workspace ${workspace.root}; its @tiqu packages are linked)`
      : `  cd ${shown} && npm install && npm test`,
    `  tiqu extract ${path.join(shown, 'fixtures', `${name}.jpg`)} -t ${name} --engine local`,
    `  tiqu eval ${shown} ${path.join(shown, 'fixtures')}    (field accuracy on labelled documents)`,
  )
  io.stdout.write(`${lines.join('\n')}\n`)
}

async function checkEmpty(folder: string, shown: string): Promise<void> {
  const info = await stat(folder).catch(() => undefined)
  if (!info) return
  if (!info.isDirectory()) throw new UsageError(`'${shown}' is a file. Choose another --dir.`)
  const entries = await readdir(folder)
  if (entries.length > 0) {
    throw new UsageError(
      `'${shown}' is not empty; tiqu template init never overwrites. Choose an empty or new folder with --dir.`,
    )
  }
}

function dependenciesFor(workspace: Awaited<ReturnType<typeof findTiquWorkspace>>): ScaffoldDependencies {
  const require = createRequire(import.meta.url)
  const coreVersion = (require('@tiqu/core/package.json') as { version: string }).version
  const engineVersion = (require('@tiqu/engine-local/package.json') as { version: string }).version
  // Templates follow core's minor releases: ^0.1.0 accepts 0.1.x, ^1.2.0 any 1.x from 1.2.
  const caret = (version: string) => `^${version.split('.').slice(0, 2).join('.')}.0`
  const linked = (name: string, range: string) => (workspace?.packages.has(name) ? 'workspace:*' : range)
  return {
    corePeer: workspace ? 'workspace:^' : caret(coreVersion),
    core: linked('@tiqu/core', caret(coreVersion)),
    engineLocal: linked('@tiqu/engine-local', caret(engineVersion)),
    // @tiqu/testing is released with core; the CLI does not depend on it, so it takes core's range.
    testing: linked('@tiqu/testing', caret(coreVersion)),
    vitest: workspace?.vitest ?? '^3.2.4',
  }
}

// Whether `tiqu templates` here lists the new template now: the same loading the CLI does.
async function describeListing(io: Io, folder: string, id: string, configured: boolean): Promise<string[]> {
  let coreResolves = true
  try {
    createRequire(path.join(folder, 'package.json')).resolve('@tiqu/core/package.json')
  } catch {
    coreResolves = false
  }
  if (!coreResolves) {
    return [
      `@tiqu/core is not installed where ${id} can import it: \`npm install\` in its folder installs it (a peer dependency),`,
      `after which \`tiqu templates\`${configured ? ' run here' : ''} lists it; or install the package where you run tiqu.`,
    ]
  }
  const context = await createContext(io, {})
  try {
    await loadTemplateArgument(context.registry, folder, io.cwd)
    return configured
      ? [`\`tiqu templates\` run here lists ${id}.`]
      : [
          `${id} loads; list its folder in tiqu.config.json, or install the package, for \`tiqu templates\` to show it.`,
        ]
  } finally {
    await context.registry.close()
  }
}
