import { type FileHandle, mkdir, open, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ExtractResult, JsonSchema } from '@tiqu/core'
import { csvColumns, csvLine } from './format-csv.js'

/** How results are written: pretty JSON (an array when there are several), JSON Lines, or CSV. */
export type OutputFormat = 'json' | 'jsonl' | 'csv'

/** Writes each record as soon as it is done, so an interrupted run keeps what was finished. */
export interface ResultWriter {
  /** Writes one record; `index` is its input's position, for formats written in input order. */
  write(result: ExtractResult, index: number): Promise<void>
  close(): Promise<void>
}

/** Where and how to write. */
export interface ResultWriterOptions {
  stdout: NodeJS.WritableStream
  /**
   * A file, or a folder (existing, or named with a trailing slash) for one JSON file per document.
   * @default undefined (stdout)
   */
  out?: string | undefined
  cwd: string
  format: OutputFormat
  /** How many inputs there are: several in `json` format make one array (as does a PDF of several pages). */
  count: number
  /** Add to the `--out` file instead of replacing it (`--resume`). @default false */
  append?: boolean
  /** The template's schema, which gives CSV its columns. @default undefined (data and text columns) */
  schema?: JsonSchema | undefined
}

/**
 * The format to write: `--format`, else the one the `--out` file's extension names (`.json`, `.jsonl`
 * or `.ndjson`, `.csv`), else JSON for one input and JSON Lines for several (or when resuming).
 */
export function chooseFormat(options: {
  format: OutputFormat | undefined
  out: string | undefined
  several: boolean
}): OutputFormat {
  if (options.format) return options.format
  const extension = options.out ? path.extname(options.out).toLowerCase() : ''
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl'
  if (extension === '.csv') return 'csv'
  if (extension === '.json') return 'json'
  return options.several ? 'jsonl' : 'json'
}

/** Whether `--out` names a folder: one that exists, or a name ending in a slash. */
export async function isOutFolder(out: string, cwd: string): Promise<boolean> {
  return (
    /[/\\]$/.test(out) || (await stat(path.resolve(cwd, out)).catch(() => undefined))?.isDirectory() === true
  )
}

/** Opens the destination: stdout, the `--out` file, or the `--out` folder (created if needed). */
export async function openResultWriter(options: ResultWriterOptions): Promise<ResultWriter> {
  if (!options.out) return formatWriter(streamSink(options.stdout), options)
  const target = path.resolve(options.cwd, options.out)
  if (await isOutFolder(options.out, options.cwd)) return folderWriter(target)
  await mkdir(path.dirname(target), { recursive: true })
  return formatWriter(fileSink(await open(target, options.append ? 'a' : 'w')), options)
}

/** Where text goes, one piece at a time, each piece handed to the system before the next. */
interface Sink {
  write(text: string): Promise<void>
  close(): Promise<void>
}

function formatWriter(sink: Sink, options: ResultWriterOptions): ResultWriter {
  if (options.format === 'json') {
    // An array can only be written whole; it is put in input order at the end. One input that turns
    // out to be several documents (a PDF's pages) is an array too, so the output stays one JSON value.
    const records: Array<{ index: number; result: ExtractResult }> = []
    return {
      async write(result, index) {
        records.push({ index, result })
      },
      async close() {
        records.sort((a, b) => a.index - b.index)
        const value =
          options.count === 1 && records.length === 1
            ? records[0]?.result
            : records.map((record) => record.result)
        if (records.length > 0) await sink.write(`${JSON.stringify(value, null, 2)}\n`)
        await sink.close()
      },
    }
  }
  if (options.format === 'csv') {
    const columns = csvColumns(options.schema)
    // A file starts with a byte-order mark, without which Excel reads UTF-8 as the local code page
    // and garbles Chinese; standard output, read by programs, gets none.
    const bom = options.out ? '\uFEFF' : ''
    const header = options.append
      ? Promise.resolve()
      : sink.write(bom + csvLine(columns.map((column) => column.header)))
    return {
      async write(result) {
        await header
        await sink.write(csvLine(columns.map((column) => column.value(result))))
      },
      async close() {
        await header
        await sink.close()
      },
    }
  }
  return {
    write: (result) => sink.write(`${JSON.stringify(result)}\n`),
    close: () => sink.close(),
  }
}

function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write: (text) =>
      new Promise((resolve) => {
        if (stream.write(text)) resolve()
        else stream.once('drain', resolve)
      }),
    // stdout belongs to the process; it is flushed, never closed, here.
    close: () => Promise.resolve(),
  }
}

// Each line goes to the file with its own write before the next document is counted as done, so a
// killed run leaves every finished record on disk (at worst with its last line cut, which --resume drops).
function fileSink(handle: FileHandle): Sink {
  return {
    async write(text) {
      const bytes = Buffer.from(text)
      for (let offset = 0; offset < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset)
        offset += bytesWritten
      }
    },
    close: () => handle.close(),
  }
}

/**
 * One `<name>.json` per document, named after its source (`scan-page-2.json` for page 2 of
 * `scan.pdf`); a repeated name gets a counter.
 */
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
  const page = /#page=(\d+)$/.exec(source)
  if (page) return `${fileNameFor(source.slice(0, page.index))}-page-${page[1]}`
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
