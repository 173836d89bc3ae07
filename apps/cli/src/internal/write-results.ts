import { createWriteStream } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ExtractResult } from '@tiqu/core'

/** How results are written: pretty JSON (an array when there are several), or JSON Lines. */
export type OutputFormat = 'json' | 'jsonl'

/** Writes each record as soon as it is done, so an interrupted run keeps what was finished. */
export interface ResultWriter {
  write(result: ExtractResult): Promise<void>
  close(): Promise<void>
}

/** Where and how to write. */
export interface ResultWriterOptions {
  stdout: NodeJS.WritableStream
  /** A file, or a folder (existing, or named with a trailing slash) for one JSON file per document. */
  out?: string | undefined
  cwd: string
  format: OutputFormat
  /** How many records will be written: several records in `json` format make one array. */
  count: number
}

/** Opens the destination: stdout, the `--out` file, or the `--out` folder (created if needed). */
export async function openResultWriter(options: ResultWriterOptions): Promise<ResultWriter> {
  if (!options.out) return streamWriter(options.stdout, false, options)
  const target = path.resolve(options.cwd, options.out)
  const isFolder =
    /[/\\]$/.test(options.out) || (await stat(target).catch(() => undefined))?.isDirectory() === true
  if (isFolder) return folderWriter(target)
  await mkdir(path.dirname(target), { recursive: true })
  return streamWriter(createWriteStream(target), true, options)
}

function streamWriter(
  stream: NodeJS.WritableStream,
  owned: boolean,
  options: ResultWriterOptions,
): ResultWriter {
  // JSON Lines are written as each document finishes; a JSON array can only be written whole.
  const array: ExtractResult[] | undefined = options.format === 'json' && options.count > 1 ? [] : undefined
  return {
    async write(result) {
      if (array) array.push(result)
      else
        stream.write(
          options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${JSON.stringify(result)}\n`,
        )
    },
    close() {
      if (array) stream.write(`${JSON.stringify(array, null, 2)}\n`)
      if (!owned) return Promise.resolve()
      return new Promise((resolve, reject) => {
        stream.once('error', reject)
        stream.end(() => resolve())
      })
    },
  }
}

/** One `<name>.json` per document, named after its source; a repeated name gets a counter. */
function folderWriter(folder: string): ResultWriter {
  const used = new Set<string>()
  const ready = mkdir(folder, { recursive: true })
  return {
    async write(result) {
      await ready
      const base = fileNameFor(result.source)
      let name = `${base}.json`
      for (let counter = 2; used.has(name); counter++) name = `${base}-${counter}.json`
      used.add(name)
      await writeFile(path.join(folder, name), `${JSON.stringify(result, null, 2)}\n`)
    },
    async close() {
      await ready
    },
  }
}

function fileNameFor(source: string): string {
  const last =
    source === '-'
      ? 'stdin'
      : (source
          .split(/[/\\?#]/)
          .filter(Boolean)
          .at(-1) ?? 'document')
  const stem = last.replace(/\.[^.]+$/, '')
  return stem.replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'document'
}
