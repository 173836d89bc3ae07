import { readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'

/** An installed package whose package.json declares a tiqu template entry. */
export interface TemplatePackage {
  /** The package's name. */
  name: string
  /** The package's folder (real path). */
  directory: string
  /** Absolute path of the module that default-exports the template. */
  entry: string
}

/**
 * Finds template packages installed in the `node_modules` folders that Node would search from each
 * start folder (the folder and its ancestors), by the `"tiqu": { "template": "<entry>" }` field of
 * their package.json: installing a template is all it takes, no config file.
 */
export async function findTemplatePackages(startDirectories: readonly string[]): Promise<TemplatePackage[]> {
  const nodeModules = new Set<string>()
  for (const start of startDirectories) {
    for (let directory = path.resolve(start); ; directory = path.dirname(directory)) {
      const candidate = await realpathOrUndefined(path.join(directory, 'node_modules'))
      if (candidate) nodeModules.add(candidate)
      if (path.dirname(directory) === directory) break
    }
  }
  const found = new Map<string, TemplatePackage>()
  for (const folder of nodeModules) {
    for (const packageDirectory of await listPackageDirectories(folder)) {
      const templatePackage = await readTemplatePackage(packageDirectory)
      if (templatePackage && !found.has(templatePackage.directory)) {
        found.set(templatePackage.directory, templatePackage)
      }
    }
  }
  return [...found.values()]
}

/** Reads a package folder's package.json; the package when it declares a tiqu template, else undefined. */
export async function readTemplatePackage(packageDirectory: string): Promise<TemplatePackage | undefined> {
  let manifest: { name?: unknown; tiqu?: { template?: unknown } }
  try {
    manifest = JSON.parse(await readFile(path.join(packageDirectory, 'package.json'), 'utf8'))
  } catch {
    return undefined
  }
  const entry = manifest.tiqu?.template
  if (typeof entry !== 'string' || typeof manifest.name !== 'string') return undefined
  const directory = (await realpathOrUndefined(packageDirectory)) ?? packageDirectory
  return { name: manifest.name, directory, entry: path.resolve(directory, entry) }
}

async function listPackageDirectories(nodeModules: string): Promise<string[]> {
  const directories: string[] = []
  for (const entry of await readdirOrEmpty(nodeModules)) {
    if (entry.startsWith('.')) continue
    const entryPath = path.join(nodeModules, entry)
    if (entry.startsWith('@')) {
      for (const scoped of await readdirOrEmpty(entryPath)) directories.push(path.join(entryPath, scoped))
    } else {
      directories.push(entryPath)
    }
  }
  return directories
}

async function readdirOrEmpty(directory: string): Promise<string[]> {
  try {
    return await readdir(directory)
  } catch {
    return []
  }
}

async function realpathOrUndefined(target: string): Promise<string | undefined> {
  try {
    return await realpath(target)
  } catch {
    return undefined
  }
}
