import type { BatchProgress } from '@tiqu/core'
import { describe, expect, it } from 'vitest'
import { createProgressDisplay, renderProgressLine } from './create-progress-display.js'
import type { Io } from './io.js'

const progress = (values: Partial<BatchProgress>): BatchProgress => ({
  done: 0,
  succeeded: 0,
  failed: 0,
  running: 0,
  total: 1000,
  elapsedMs: 0,
  rate: 0,
  etaMs: undefined,
  ...values,
})

function terminal(columns = 100) {
  let written = ''
  const stderr = {
    columns,
    write(text: string) {
      written += text
      return true
    },
  } as unknown as NodeJS.WritableStream
  const io = { stderr, interactive: true } as Io
  return { io, written: () => written }
}

describe('renderProgressLine', () => {
  it('shows the bar, done/total, failures, rate and ETA', () => {
    expect(renderProgressLine(progress({ done: 500, failed: 3, rate: 41.24, etaMs: 12_400 }), 100)).toBe(
      `tiqu [${'█'.repeat(15)}${'░'.repeat(15)}] 500/1000  3 failed  41 docs/s  ETA 0:12`,
    )
    expect(renderProgressLine(progress({ done: 10, rate: 2.5, etaMs: 3_961_000 }), 100)).toContain(
      '10/1000  2.5 docs/s  ETA 1:06:01',
    )
  })

  it('drops the bar, then text, to fit a narrow terminal', () => {
    expect(renderProgressLine(progress({ done: 5, rate: 1, etaMs: 1000 }), 40)).toBe(
      'tiqu 5/1000  1.0 docs/s  ETA 0:01',
    )
    expect(renderProgressLine(progress({ done: 5, rate: 1, etaMs: 1000 }), 20)).toHaveLength(19)
  })
})

describe('createProgressDisplay on a terminal', () => {
  it('redraws one line in place, prints failures above it, and clears it at the end', () => {
    const { io, written } = terminal()
    const display = createProgressDisplay(io, { total: 1000, bar: true })
    display.progress(progress({ done: 1, rate: 10, etaMs: 99_900 }))
    display.finished(
      {
        source: 'bad.jpg',
        error: { code: 'TIQU_SERVER', message: 'It failed\non two lines.' },
      } as never,
      2,
    )
    display.close()
    const text = written()
    expect(text.startsWith('\r\x1b[2Ktiqu [')).toBe(true)
    expect(text).toContain('\r\x1b[2Ktiqu: failed: bad.jpg: It failed on two lines.\n\r\x1b[2Ktiqu [')
    expect(text.endsWith('\r\x1b[2K')).toBe(true)
    // Only the failure ends a line: the bar itself never scrolls the terminal.
    expect(text.split('\n')).toHaveLength(2)
  })

  it('prints a plain line per document when not drawing a bar', () => {
    const { io, written } = terminal()
    const display = createProgressDisplay(io, { total: 2, bar: false })
    display.progress(progress({ done: 1, total: 2 }))
    display.finished(
      {
        source: 'a.jpg',
        template: { id: 't', version: '1' },
        valid: true,
        timing: { total_ms: 1234 },
      } as never,
      1,
    )
    expect(written()).toBe('tiqu: [1/2] a.jpg valid (1.2s)\n')
  })
})
