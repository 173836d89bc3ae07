import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRegistry } from '@tiqu/core'

const kebabCase = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/**
 * Why the registry would refuse the template (the reason core gives, which names the fix), or an
 * empty list when it takes it. The same check apps run when they load an installed template.
 */
export function checkRegistration(template: unknown, root: string): string[] {
  try {
    createRegistry().addTemplate(template, root)
    return []
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
}

/** Problems with the template's id and version against its package's `package.json` in `root`. */
export function checkIdentity(template: { id?: unknown; version?: unknown }, root: string): string[] {
  const problems: string[] = []
  if (typeof template.id !== 'string' || !kebabCase.test(template.id)) {
    problems.push(
      `The id ${JSON.stringify(template.id)} is not kebab-case: use lowercase words joined by '-', like 'train-ticket'.`,
    )
  }
  const packagePath = join(root, 'package.json')
  if (!existsSync(packagePath)) {
    problems.push(
      `No package.json in ${root}, so the version cannot be checked. Pass the template package's folder as \`root\` ` +
        "(e.g. `fileURLToPath(new URL('..', import.meta.url))` from src/).",
    )
    return problems
  }
  const packageJson = JSON.parse(readFileSync(packagePath, 'utf8')) as { version?: unknown; name?: unknown }
  if (template.version !== packageJson.version) {
    problems.push(
      `The template's version ${JSON.stringify(template.version)} is not its package's version ${JSON.stringify(packageJson.version)} ` +
        `(${packagePath}). Read it from package.json: \`import packageJson from '../package.json' with { type: 'json' }\` and ` +
        '`version: packageJson.version`, so a release cannot leave it behind.',
    )
  }
  return problems
}
