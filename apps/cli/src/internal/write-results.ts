import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { ExtractResult } from '@tiqu/core'

/** How results are written: pretty JSON (an array when there are several), or JSON Lines. */
export type OutputFormat = 'json' | 'jsonl'

/** Writes each record as soon as it is done, so an interrupted run keeps what was finished. */
export interface ResultWriter {
  write(result: ExtractResult): void
  close(): Promise<void>
}

/** Opens the destination: stdout, or the `--out` file (its folder created if needed). */
export async function openResultWriter(options: {
  stdout: NodeJS.WritableStream
  out?: string | undefined
  cwd: string
  format: OutputFormat
  /** How many records will be written: several records in `json` format make one array. */
  count: number
}): Promise<ResultWriter> {
  let stream = options.stdout
  let owned = false
  if (options.out) {
    const target = path.resolve(options.cwd, options.out)
    await mkdir(path.dirname(target), { recursive: true })
    stream = createWriteStream(target)
    owned = true
  }
  // JSON Lines are written as each document finishes; a JSON array can only be written whole.
  const array: ExtractResult[] | undefined = options.format === 'json' && options.count > 1 ? [] : undefined
  return {
    write(result) {
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
