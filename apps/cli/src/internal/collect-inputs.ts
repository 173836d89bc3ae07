import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** One document to read: where from, and how its record names it. */
export type Input =
  | { kind: 'path'; path: string; source: string }
  | { kind: 'url'; url: string; source: string }
  | { kind: 'stdin'; source: '-' }

const imageExtensions = new Set([
  '.jpg',
  '.jpeg',
  '.jpe',
  '.png',
  '.webp',
  '.bmp',
  '.tif',
  '.tiff',
  '.heic',
  '.heif',
])

/**
 * Expands the command's inputs: files as given (their content decides whether they are images),
 * folders into the images inside them (sorted, recursively), http(s) URLs, and `-` for stdin.
 * A path that does not exist is kept: its record will say so, and the others still run.
 */
export async function collectInputs(inputs: string[], cwd: string): Promise<Input[]> {
  const collected: Input[] = []
  for (const input of inputs) {
    if (input === '-') collected.push({ kind: 'stdin', source: '-' })
    else if (/^https?:\/\//i.test(input)) collected.push({ kind: 'url', url: input, source: input })
    else {
      const absolute = path.resolve(cwd, input)
      const info = await stat(absolute).catch(() => undefined)
      if (info?.isDirectory()) {
        for (const file of await listImages(absolute)) {
          collected.push({ kind: 'path', path: file, source: path.relative(cwd, file) || file })
        }
      } else {
        collected.push({ kind: 'path', path: absolute, source: input })
      }
    }
  }
  return collected
}

async function listImages(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && imageExtensions.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
