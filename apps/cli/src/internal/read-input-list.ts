import { readFile } from 'node:fs/promises'
import { UsageError } from './usage-error.js'

/**
 * Reads an `@list.txt` input list: one path, folder, glob or URL a line; blank lines and lines starting
 * with `#` are skipped. Relative paths are taken from the working directory, as on the command line, so
 * `find scans -name '*.jpg' > list.txt` works as it reads.
 */
export async function readInputList(file: string): Promise<string[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `Input list '${file}' does not exist. Write one path or URL a line, and pass it as @<file>.`
        : `Cannot read the input list '${file}': ${(error as Error).message}.`,
    )
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
