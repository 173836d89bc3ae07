import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { TiquError } from '../errors/tiqu-error.js'
import type { Registry } from './create-registry.js'
import { findTemplatePackages, readTemplatePackage, type TemplatePackage } from './find-template-packages.js'

/** Where {@link loadTemplates} looks. */
export interface LoadTemplatesOptions {
  /** The working directory: its `node_modules` (and its ancestors') and its `tiqu.config.json`. @default process.cwd() */
  cwd?: string
  /** More folders whose `node_modules` hold templates, such as the CLI's own install. @default [] */
  searchDirectories?: string[]
}

/** What loading found: the templates added, and the packages that could not be used, with why. */
export interface LoadTemplatesReport {
  loaded: Array<{ id: string; version: string; origin: string }>
  failed: Array<{ origin: string; message: string }>
}

/**
 * Adds to the registry every installed template package (found by its package.json `tiqu` field) and
 * every package or path listed in `tiqu.config.json` (`{ "templates": ["@acme/template-x", "./my-template"] }`).
 * A broken package is reported, not thrown, so one bad install does not take down the others.
 */
export async function loadTemplates(
  registry: Registry,
  options: LoadTemplatesOptions = {},
): Promise<LoadTemplatesReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const report: LoadTemplatesReport = { loaded: [], failed: [] }
  const configured = await readConfiguredTemplates(cwd, report)
  const installed = await findTemplatePackages([cwd, ...(options.searchDirectories ?? [])])
  // Configured entries first: a path listed in the config shadows the same version installed elsewhere.
  for (const templatePackage of [...configured, ...installed]) {
    try {
      const module = (await import(pathToFileURL(templatePackage.entry).href)) as { default?: unknown }
      const template = registry.addTemplate(module.default ?? module, templatePackage.name)
      report.loaded.push({ id: template.id, version: template.version, origin: templatePackage.name })
    } catch (error) {
      const message = TiquError.isInstance(error) || error instanceof Error ? error.message : String(error)
      report.failed.push({ origin: templatePackage.name, message })
    }
  }
  return report
}

async function readConfiguredTemplates(cwd: string, report: LoadTemplatesReport): Promise<TemplatePackage[]> {
  const configPath = path.join(cwd, 'tiqu.config.json')
  let config: { templates?: unknown }
  try {
    config = JSON.parse(await readFile(configPath, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      report.failed.push({
        origin: configPath,
        message: `tiqu.config.json is not valid JSON: ${(error as Error).message}`,
      })
    }
    return []
  }
  const entries = Array.isArray(config.templates) ? config.templates : []
  const packages: TemplatePackage[] = []
  const require = createRequire(configPath)
  for (const entry of entries) {
    if (typeof entry !== 'string') continue
    const resolved = await resolveConfigured(entry, cwd, require)
    if (resolved) packages.push(resolved)
    else
      report.failed.push({
        origin: entry,
        message: `'${entry}' in tiqu.config.json is neither an installed package nor a template folder or file.`,
      })
  }
  return packages
}

async function resolveConfigured(
  entry: string,
  cwd: string,
  require: NodeJS.Require,
): Promise<TemplatePackage | undefined> {
  const isPath = entry.startsWith('.') || path.isAbsolute(entry)
  if (isPath) {
    const target = path.resolve(cwd, entry)
    const asPackage = await readTemplatePackage(target)
    if (asPackage) return asPackage
    return /\.[cm]?js$/.test(target)
      ? { name: entry, directory: path.dirname(target), entry: target }
      : undefined
  }
  try {
    return await readTemplatePackage(path.dirname(require.resolve(`${entry}/package.json`)))
  } catch {
    return undefined
  }
}
