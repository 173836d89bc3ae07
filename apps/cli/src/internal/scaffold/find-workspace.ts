import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'

/** A pnpm workspace that holds tiqu's own packages (tiqu's repository, or a fork of it). */
export interface TiquWorkspace {
  root: string
  /** Names of the workspace's packages. */
  packages: Set<string>
  /** The workspace root's vitest specifier, when it has one. */
  vitest?: string | undefined
}

/**
 * The pnpm workspace a new package folder would belong to, when that workspace holds @tiqu/core:
 * there the package must depend on `workspace:` versions, which `pnpm install` links (pnpm does not
 * link a registry range to a workspace package by default, and tiqu's unreleased packages are not on
 * the registry). Undefined elsewhere, or when the folder is not under one of the workspace's package
 * patterns.
 */
export async function findTiquWorkspace(folder: string): Promise<TiquWorkspace | undefined> {
  for (let directory = path.dirname(path.resolve(folder)); ; directory = path.dirname(directory)) {
    const manifest = await readFile(path.join(directory, 'pnpm-workspace.yaml'), 'utf8').catch(
      () => undefined,
    )
    if (manifest !== undefined) return readWorkspace(directory, manifest, folder)
    if (path.dirname(directory) === directory) return undefined
  }
}

async function readWorkspace(
  root: string,
  manifest: string,
  folder: string,
): Promise<TiquWorkspace | undefined> {
  const patterns = workspacePatterns(manifest).filter((pattern) => !pattern.startsWith('!'))
  const relative = path.relative(root, path.resolve(folder)).split(path.sep).join('/')
  if (!patterns.some((pattern) => globToRegExp(pattern).test(relative))) return undefined
  const manifests = await glob(
    patterns.map((pattern) => `${pattern.replace(/\/$/, '')}/package.json`),
    { cwd: root, ignore: ['**/node_modules/**'], absolute: true },
  )
  const packages = new Set<string>()
  for (const file of manifests) {
    const name = await readFile(file, 'utf8')
      .then((text) => (JSON.parse(text) as { name?: unknown }).name)
      .catch(() => undefined)
    if (typeof name === 'string') packages.add(name)
  }
  if (!packages.has('@tiqu/core')) return undefined
  const rootManifest = await readFile(path.join(root, 'package.json'), 'utf8')
    .then((text) => JSON.parse(text) as { devDependencies?: Record<string, string> })
    .catch(() => undefined)
  return { root, packages, vitest: rootManifest?.devDependencies?.vitest }
}

/** The `packages:` list of a pnpm-workspace.yaml (a plain YAML list of quoted or bare globs). */
export function workspacePatterns(manifest: string): string[] {
  const patterns: string[] = []
  let inPackages = false
  for (const line of manifest.split(/\r?\n/)) {
    if (/^packages\s*:/.test(line)) inPackages = true
    else if (inPackages && /^\s+-\s*/.test(line)) {
      const value = line
        .replace(/^\s+-\s*/, '')
        .replace(/\s+#.*$/, '')
        .trim()
      patterns.push(value.replace(/^(['"])(.*)\1$/, '$2'))
    } else if (inPackages && /^\S/.test(line)) inPackages = false
  }
  return patterns
}

function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/\/$/, '')
    .split(/(\*\*\/?|\*)/)
    .map((part) => {
      if (part === '**' || part === '**/') return '(?:.*/)?.*'
      if (part === '*') return '[^/]*'
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return new RegExp(`^${source}$`)
}
