// @ts-check
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

const GNU_TIME = '/usr/bin/time'
// Preloaded into the child when GNU time is missing: reports the process's own peak on exit.
const REPORT_ON_EXIT = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\ntiqu-bench-maxrss-kb '+process.resourceUsage().maxRSS+'\\n'))`

/**
 * Runs a Node script in a child process and returns its peak resident memory: from GNU time's
 * `-v` report when /usr/bin/time exists (Debian's `time` package), else from the child's own
 * `process.resourceUsage().maxRSS`, reported on exit.
 * @param {string[]} args arguments to `node`
 * @param {{ cwd?: string }} [options]
 * @returns {Promise<{ peakBytes: number, exitCode: number | null, how: string }>}
 */
export async function measurePeakMemory(args, options = {}) {
  const gnuTime = existsSync(GNU_TIME)
  const [command, commandArgs] = gnuTime
    ? [GNU_TIME, ['-v', process.execPath, ...args]]
    : [process.execPath, ['--import', REPORT_ON_EXIT, ...args]]
  const { stderr, exitCode } = await new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    /** @type {Buffer[]} */
    const chunks = []
    child.stderr.on('data', (chunk) => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ stderr: Buffer.concat(chunks).toString('utf8'), exitCode: code }))
  })
  const match = gnuTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    : /tiqu-bench-maxrss-kb (\d+)/.exec(stderr)
  if (!match) throw new Error(`Peak memory not reported; the child wrote:\n${stderr}`)
  return {
    peakBytes: Number(match[1]) * 1024,
    exitCode,
    how: gnuTime ? '/usr/bin/time -v' : "the child's process.resourceUsage().maxRSS",
  }
}
