import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { readInputList } from './read-input-list.js'

/** One document to read: where from, and how its record names it. */
export type Input =
  | { kind: 'path'; path: string; source: string }
  | { kind: 'url'; url: string; source: string }
  | { kind: 'stdin'; source: '-' }

/** The documents the arguments name, and a message for each argument that named none. */
export interface CollectedInputs {
  inputs: Input[]
  /** E.g. "Folder 'scans' holds no images or PDFs": said on stderr; the other inputs still run. */
  empty: string[]
}

/**
 * What a folder is searched for: images, and PDFs (read page by page). Files named on the command line
 * are read whatever their name.
 */
export const documentExtensions = [
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
  '.pdf',
]
const documentExtensionSet = new Set(documentExtensions)

/**
 * Expands the command's inputs: files as given (their content decides whether they are images),
 * folders into the images inside them (recursively, sorted), globs the shell left quoted (sorted),
 * http(s) URLs, `@list.txt` (one path or URL a line, `#` comments), and `-` for stdin.
 * A path that does not exist is kept: its record will say so, and the others still run.
 */
export async function collectInputs(inputArguments: string[], cwd: string): Promise<CollectedInputs> {
  const collected: CollectedInputs = { inputs: [], empty: [] }
  for (const argument of inputArguments) {
    if (argument === '-') collected.inputs.push({ kind: 'stdin', source: '-' })
    else if (argument.startsWith('@') && argument.length > 1) {
      const list = argument.slice(1)
      const lines = await readInputList(path.resolve(cwd, list))
      if (lines.length === 0) collected.empty.push(`Input list '${list}' names no documents.`)
      for (const line of lines) await expand(line, cwd, collected)
    } else await expand(argument, cwd, collected)
  }
  return collected
}

async function expand(argument: string, cwd: string, collected: CollectedInputs): Promise<void> {
  if (/^https?:\/\//i.test(argument)) {
    collected.inputs.push({ kind: 'url', url: argument, source: argument })
    return
  }
  const absolute = path.resolve(cwd, argument)
  // Sources keep the form the user gave: relative stays relative (to the working directory).
  const sourceOf = (file: string) => (path.isAbsolute(argument) ? file : path.relative(cwd, file) || file)
  const info = await stat(absolute).catch(() => undefined)
  if (info?.isDirectory()) {
    const files = await listDocuments(absolute)
    if (files.length === 0)
      collected.empty.push(
        `Folder '${argument}' holds no images or PDFs (searched recursively for ${documentExtensions.join(' ')}).`,
      )
    for (const file of files) collected.inputs.push({ kind: 'path', path: file, source: sourceOf(file) })
    return
  }
  if (!info && isDynamicPattern(argument)) {
    const matches = await glob(argument, { cwd, onlyFiles: true, absolute: true })
    // A glob's matches are taken as the user's choice, as the shell's would be: no filter by extension.
    if (matches.length === 0) collected.empty.push(`No files match '${argument}'.`)
    for (const file of matches.sort())
      collected.inputs.push({ kind: 'path', path: file, source: sourceOf(file) })
    return
  }
  collected.inputs.push({ kind: 'path', path: absolute, source: argument })
}

async function listDocuments(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && documentExtensionSet.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
