/** Where a command writes: results to `stdout`, progress and logs to `stderr`. */
export interface Io {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
  cwd: string
  /** Whether stderr is a terminal (progress may redraw) or a log (one line per event). */
  interactive: boolean
}

/** Writes one line of log to stderr, prefixed so it stands apart from results. */
export function log(io: Io, message: string): void {
  io.stderr.write(`tiqu: ${message}\n`)
}
