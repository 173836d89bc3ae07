import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { checkTemplate, type Registry, type Template } from '@tiqu/core'
import { UsageError } from '../usage-error.js'

/**
 * The template `tiqu eval` scores: an installed one by `id[@range]`, or a working copy by path (a
 * template package's folder, whose package.json names its entry in `tiqu.template`, or the entry file
 * itself), so that a change can be measured before it is installed or released.
 */
export async function loadTemplateArgument(
  registry: Registry,
  argument: string,
  cwd: string,
): Promise<Template> {
  const looksLikePath = argument.startsWith('.') || path.isAbsolute(argument) || argument.includes(path.sep)
  if (!looksLikePath) return registry.getTemplate(argument)
  const target = path.resolve(cwd, argument)
  const info = await stat(target).catch(() => undefined)
  if (!info)
    throw new UsageError(
      `'${argument}' does not exist. Give a template id (see \`tiqu templates\`) or a template package's folder.`,
    )
  let entry = target
  if (info.isDirectory()) {
    let manifest: { tiqu?: { template?: unknown } }
    try {
      manifest = JSON.parse(await readFile(path.join(target, 'package.json'), 'utf8'))
    } catch {
      throw new UsageError(`'${argument}' has no readable package.json; a template package's folder has one.`)
    }
    if (typeof manifest.tiqu?.template !== 'string') {
      throw new UsageError(
        `'${argument}/package.json' has no "tiqu": { "template": "<entry>" } field naming the module that exports the template.`,
      )
    }
    entry = path.resolve(target, manifest.tiqu.template)
  }
  const module = (await import(pathToFileURL(entry).href)) as { default?: unknown }
  return checkTemplate(module.default ?? module, argument)
}
