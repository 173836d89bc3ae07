import type { BatchProgress, ExtractResult } from '@tiqu/core'
import { type Io, log } from './io.js'

/** What a batch shows on stderr while it runs. */
export interface ProgressDisplay {
  /** The batch moved: redraw the bar (on a terminal). */
  progress(progress: BatchProgress): void
  /** One document is done, the `done`-th: a line for it (a failure only, on a terminal). */
  finished(result: ExtractResult, done: number): void
  /** A line of log that must not break the bar. */
  log(message: string): void
  /** Removes the bar, before the summary. */
  close(): void
}

/** Options of {@link createProgressDisplay}. */
export interface ProgressDisplayOptions {
  /** Documents in the batch, as far as known before it starts (a PDF adds its pages once opened). */
  total: number
  /**
   * Draw a redrawn bar rather than one line per document; only on a terminal, and not while answers
   * stream to stderr.
   */
  bar: boolean
}

// Often enough to look alive, rarely enough that a thousand documents a second do not flood the terminal.
const redrawEveryMs = 100

/**
 * On a terminal, one line redrawn in place: bar, done/total, failures, rate and ETA, with failures
 * printed above it. Elsewhere (a log file, CI), a plain line per finished document.
 */
export function createProgressDisplay(io: Io, options: ProgressDisplayOptions): ProgressDisplay {
  if (!options.bar) {
    let total = options.total
    return {
      progress(progress) {
        total = Math.max(progress.done, progress.total ?? total)
      },
      finished(result, done) {
        if (total > 1) log(io, `[${done}/${total}] ${result.source} ${describe(result)}`)
        else if (result.error) log(io, `error: ${oneLine(result.error.message)}`)
      },
      log: (message) => log(io, message),
      close() {},
    }
  }
  let last: { progress: BatchProgress; at: number } | undefined
  let drawnAt = 0
  let drawn = false
  // A terminal that reports no size (0, as under `script`) gets the classic 80.
  const columns = () => (io.stderr as { columns?: number }).columns || 80
  const draw = () => {
    if (!last) return
    // Between two documents the clock still runs; the ETA counts down with it.
    const sinceMs = performance.now() - last.at
    const progress = {
      ...last.progress,
      elapsedMs: last.progress.elapsedMs + sinceMs,
      etaMs: last.progress.etaMs === undefined ? undefined : Math.max(0, last.progress.etaMs - sinceMs),
    }
    io.stderr.write(`\r\x1b[2K${renderProgressLine(progress, columns())}`)
    drawn = true
    drawnAt = performance.now()
  }
  const clear = () => {
    if (drawn) io.stderr.write('\r\x1b[2K')
    drawn = false
  }
  const timer = setInterval(draw, 1000)
  timer.unref()
  return {
    progress(progress) {
      last = { progress, at: performance.now() }
      if (performance.now() - drawnAt >= redrawEveryMs || progress.done === progress.total) draw()
    },
    finished(result) {
      if (!result.error) return
      clear()
      log(io, `failed: ${result.source}: ${oneLine(result.error.message)}`)
      draw()
    },
    log(message) {
      clear()
      log(io, message)
      draw()
    },
    close() {
      clearInterval(timer)
      clear()
    },
  }
}

/** The bar's line, fitted to `width` columns: `tiqu [████░░░░] 523/1000  3 failed  41.2 docs/s  ETA 0:12`. */
export function renderProgressLine(progress: BatchProgress, width: number): string {
  const total = progress.total
  const counts = `${progress.done}/${total ?? '?'}`
  const failed = progress.failed > 0 ? `  ${progress.failed} failed` : ''
  const rate = `  ${progress.rate.toFixed(progress.rate < 10 ? 1 : 0)} docs/s`
  const eta = progress.etaMs === undefined ? '' : `  ETA ${formatDuration(progress.etaMs)}`
  const text = `${counts}${failed}${rate}${eta}`
  const barWidth = Math.min(30, width - text.length - 'tiqu [] '.length - 1)
  if (barWidth < 5 || total === undefined || total === 0)
    return `tiqu ${text}`.slice(0, Math.max(0, width - 1))
  const filled = Math.round((progress.done / total) * barWidth)
  return `tiqu [${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${text}`
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = String(seconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}

function describe(result: ExtractResult): string {
  if (result.error) return `failed: ${oneLine(result.error.message)}`
  const seconds = (result.timing.total_ms / 1000).toFixed(1)
  if (result.template === undefined) return `ok (${seconds}s)`
  return `${result.valid ? 'valid' : `${result.issues.length} issue(s)`} (${seconds}s)`
}

// A message quoting a library (sharp's decoder warnings) may span lines; a log keeps one per document.
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ')
}
