import { run } from './run.js'

// `tiqu extract scans | head` closes the pipe early: the reader has all it wants, so stop quietly, as
// Unix tools do, instead of crashing with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await run(process.argv.slice(2))
