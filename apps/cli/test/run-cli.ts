import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: where the README's commands run. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const bin = path.join(repositoryRoot, 'apps/cli/bin/tiqu.js')

/** What a run of the built `tiqu` printed and how it exited. */
export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Where and with what the CLI runs. */
export interface CliOptions {
  env?: Record<string, string>
  cwd?: string
  stdin?: Uint8Array
}

/**
 * Runs the built `tiqu` as a user would, in its own process, with only the environment given
 * (no DASHSCOPE_API_KEY leaks in from the developer's shell).
 */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return startCli(args, options).finished
}

/** Starts the built `tiqu` and returns its process, for tests that signal or kill it midway. */
export function startCli(
  args: string[],
  options: CliOptions = {},
): { child: ChildProcess; finished: Promise<CliRun> } {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repositoryRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
  })
  const finished = new Promise<CliRun>((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr?.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  child.stdin?.end(options.stdin ?? undefined)
  return { child, finished }
}
