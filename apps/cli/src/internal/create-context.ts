import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  chooseDefaultEngine,
  createQwenEngine,
  createRegistry,
  type Engine,
  loadTemplates,
  type Registry,
} from '@tiqu/core'
import { countRetries } from './count-retries.js'
import { type Io, log } from './io.js'
import { UsageError } from './usage-error.js'

/** What every command works with: the registry of templates and engines, and the engine chosen. */
export interface CliContext {
  registry: Registry
  engineId: 'qwen' | 'local'
  /** Why that engine, for the one line on stderr. */
  engineReason: string
  engine(): Promise<Engine>
  /**
   * The embedded engine, created (and onnxruntime loaded) at the first call, to read the page's layout
   * for the boxes of the qwen engine's fields (`--boxes`). The registry closes it with the other engines.
   */
  layoutEngine(): Promise<Engine>
  /** Retries the qwen engine's transport made so far; undefined when unknown (the local engine never retries). */
  retries(): number | undefined
}

/** How the engine is chosen and configured. */
export interface ContextFlags {
  engine?: string
  baseUrl?: string
  model?: string
  /** Seconds the qwen engine waits for an answer, or between two chunks of a stream. */
  timeout?: number
  /** Retries of a transient failure (429, 5xx, a dropped connection). */
  maxRetries?: number
  /** Documents read at once; the local engine reads that many side by side, up to one per core. */
  concurrency?: number
}

// The CLI's own install holds the first-party templates; they load exactly like any other package.
const cliDirectory = path.dirname(fileURLToPath(import.meta.url))

/** Loads installed templates and registers both engines (created only when first used). */
export async function createContext(io: Io, flags: ContextFlags): Promise<CliContext> {
  const registry = createRegistry()
  const report = await loadTemplates(registry, { cwd: io.cwd, searchDirectories: [cliDirectory] })
  for (const failure of report.failed)
    log(io, `warning: skipped template ${failure.origin}: ${failure.message}`)

  const baseURL = flags.baseUrl ?? io.env.TIQU_BASE_URL
  const retryCounter = countRetries()
  registry.addEngine('qwen', () =>
    createQwenEngine({
      fetch: retryCounter.fetch,
      ...(io.env.DASHSCOPE_API_KEY ? { apiKey: io.env.DASHSCOPE_API_KEY } : {}),
      ...(baseURL ? { baseURL } : {}),
      ...(flags.model ? { model: flags.model } : {}),
      ...(flags.timeout !== undefined ? { timeoutMs: Math.round(flags.timeout * 1000) } : {}),
      ...(flags.maxRetries !== undefined ? { maxRetries: flags.maxRetries } : {}),
    }),
  )
  registry.addEngine('local', async () => {
    // Imported here, not at the top: a user of the qwen engine never loads onnxruntime.
    const { createLocalEngine } = await import('@tiqu/engine-local')
    return createLocalEngine({
      workers: Math.max(1, Math.min(flags.concurrency ?? 1, availableParallelism())),
    })
  })

  const choice = chooseEngine(flags.engine, io.env)
  return {
    registry,
    ...choice,
    engine: () => registry.getEngine(choice.engineId),
    layoutEngine: () => registry.getEngine('local'),
    retries: () => retryCounter.count(),
  }
}

function chooseEngine(
  requested: string | undefined,
  env: NodeJS.ProcessEnv,
): { engineId: 'qwen' | 'local'; engineReason: string } {
  if (requested === undefined) {
    const choice = chooseDefaultEngine(env)
    return { engineId: choice.id, engineReason: choice.reason }
  }
  if (requested !== 'qwen' && requested !== 'local') {
    throw new UsageError(
      `Unknown engine '${requested}'. Use --engine qwen (Qwen-OCR, needs DASHSCOPE_API_KEY) or --engine local (embedded, offline).`,
    )
  }
  return { engineId: requested, engineReason: `--engine ${requested}` }
}

/** The line that says which engine runs and why. */
export function describeEngine(context: CliContext, flags: ContextFlags, env: NodeJS.ProcessEnv): string {
  if (context.engineId === 'local')
    return `engine local (PaddleOCR PP-OCRv4, in-process): ${context.engineReason}`
  const baseURL = flags.baseUrl ?? env.TIQU_BASE_URL ?? 'https://dashscope.aliyuncs.com/compatible-mode/v1'
  return `engine qwen (${flags.model ?? 'qwen-vl-ocr-2025-11-20'} at ${baseURL}): ${context.engineReason}`
}
