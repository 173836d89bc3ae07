import { readFile, rename, writeFile } from 'node:fs/promises'
import { UsageError } from './usage-error.js'

/** What an earlier run left in the `--out` file, once the file has been made clean for appending. */
export interface ResumeState {
  /** Sources that have a record without `error`: they are not read again. */
  done: Set<string>
  /** Failed records removed because their document is read again now. */
  retried: number
  /** A last line cut off by a killed run was removed. */
  truncated: boolean
}

/**
 * Gets a JSON Lines output file ready for `--resume`: keeps every record that succeeded, removes the
 * failed records of documents about to be read again (so each document ends with exactly one record),
 * drops a last line cut off mid-write, and rewrites the file (atomically, by rename) only when it changed.
 * A missing file is an empty start. A broken line anywhere but at the end is refused, not discarded.
 */
export async function prepareResume(file: string, sources: ReadonlySet<string>): Promise<ResumeState> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { done: new Set(), retried: 0, truncated: false }
    throw new UsageError(`Cannot read '${file}' to resume from it: ${(error as Error).message}.`)
  }
  const lines = text.split('\n')
  // What follows the last newline is either nothing or a line whose writing was cut short.
  const tail = lines.pop() ?? ''
  const records: Array<{ line: string; source: string; failed: boolean }> = []
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const record = parseRecord(line)
    if (!record) {
      throw new UsageError(
        `Line ${index + 1} of '${file}' is not a tiqu record, so --resume cannot tell what it holds. ` +
          'Fix or remove that line, or write to a new file.',
      )
    }
    records.push({ line, ...record })
  })
  const tailRecord = tail.trim() === '' ? undefined : parseRecord(tail)
  if (tailRecord) records.push({ line: tail, ...tailRecord })
  const truncated = tail.trim() !== '' && !tailRecord

  const done = new Set(records.filter((record) => !record.failed).map((record) => record.source))
  // A PDF's pages have records named `<input>#page=<n>`: they belong to the PDF's input.
  const readAgain = (source: string) =>
    sources.has(source) || sources.has(source.replace(/#page=\d+$/, '')) || done.has(source)
  const kept = records.filter((record) => !record.failed || !readAgain(record.source))
  const retried = records.length - kept.length
  if (retried > 0 || tail !== '') {
    const clean = kept.map((record) => `${record.line}\n`).join('')
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, clean)
    await rename(temporary, file)
  }
  return { done, retried, truncated }
}

function parseRecord(line: string): { source: string; failed: boolean } | undefined {
  try {
    const record = JSON.parse(line) as { source?: unknown; error?: unknown }
    if (typeof record !== 'object' || record === null || typeof record.source !== 'string') return undefined
    return { source: record.source, failed: record.error !== undefined && record.error !== null }
  } catch {
    return undefined
  }
}
