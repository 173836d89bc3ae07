import { TiquError } from '@tiqu/core'
import { CommanderError } from 'commander'
import { createProgram } from './create-program.js'
import type { Io } from './internal/io.js'
import { UsageError } from './internal/usage-error.js'

/** Where {@link run} reads and writes; the process's own streams by default. */
export type RunOptions = Partial<Io>

/** Codes of errors that are about how tiqu was called, not about a document: exit code 2. */
const usageErrorCodes = new Set([
  'TIQU_INVALID_OPTION',
  'TIQU_TEMPLATE_NOT_FOUND',
  'TIQU_ENGINE_NOT_FOUND',
  'TIQU_ENGINE_UNSUPPORTED',
  'TIQU_AUTH',
])

/**
 * Runs the `tiqu` command line and resolves with its exit code: 0 when every document succeeded,
 * 1 when some failed (each still has its record), 2 for usage errors. Never throws.
 */
export async function run(argv: string[], options: RunOptions = {}): Promise<number> {
  const io: Io = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    stdin: options.stdin ?? process.stdin,
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
    interactive: options.interactive ?? Boolean((process.stderr as { isTTY?: boolean }).isTTY),
  }
  const outcome = { exitCode: 0 }
  const program = createProgram(io, outcome)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return outcome.exitCode
  } catch (error) {
    return report(io, error)
  }
}

function report(io: Io, error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and version are not failures.
    return error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.exitCode === 0
      ? 0
      : 2
  }
  if (error instanceof UsageError) {
    io.stderr.write(`tiqu: error: ${error.message}\n`)
    return 2
  }
  if (TiquError.isInstance(error)) {
    io.stderr.write(`tiqu: error: ${error.message}\n`)
    return usageErrorCodes.has(error.code) ? 2 : 1
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(
    `tiqu: unexpected error: ${message}. Run again with TIQU_DEBUG=1 for the stack trace, and report it.\n`,
  )
  if (io.env.TIQU_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`)
  return 1
}
