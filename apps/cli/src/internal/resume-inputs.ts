import path from 'node:path'
import type { Input } from './collect-inputs.js'
import { type Io, log } from './io.js'
import { prepareResume } from './prepare-resume.js'
import { UsageError } from './usage-error.js'
import { isOutFolder, type OutputFormat } from './write-results.js'

/** The inputs still to read after `--resume`, and the sources already done (a PDF's pages among them). */
export interface ResumedInputs {
  inputs: Input[]
  done: ReadonlySet<string>
}

/**
 * `--resume`: checks that `--out` is a JSON Lines file, gets it ready to append (see `prepareResume`),
 * says on stderr how far the earlier run got, and leaves out the inputs it finished.
 */
export async function resumeInputs(
  io: Io,
  options: { out: string | undefined; format: OutputFormat; inputs: Input[] },
): Promise<ResumedInputs> {
  const { out, format, inputs } = options
  if (!out || (await isOutFolder(out, io.cwd))) {
    throw new UsageError(
      '--resume needs --out <file.jsonl>: the JSON Lines file an earlier run wrote, to read which documents it finished.',
    )
  }
  if (format !== 'jsonl') {
    throw new UsageError(
      `--resume appends JSON Lines, not ${format}: use an --out file ending in .jsonl, or --format jsonl.`,
    )
  }
  const state = await prepareResume(path.resolve(io.cwd, out), new Set(inputs.map((input) => input.source)))
  const left = inputs.filter((input) => !state.done.has(input.source))
  const cleaned = [
    state.retried > 0 ? `${state.retried} failed record(s) removed, to be read again` : '',
    state.truncated ? 'a cut-off last line removed' : '',
  ].filter(Boolean)
  log(
    io,
    `resuming ${out}: ${inputs.length - left.length} of ${inputs.length} documents already done${cleaned.length > 0 ? `; ${cleaned.join(', ')}` : ''}.`,
  )
  return { inputs: left, done: state.done }
}
