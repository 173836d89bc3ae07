import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createQwenEngine, createRegistry, type Engine, loadTemplates, type Registry } from '@tiqu/core'
import { type ConcurrencyLimit, createConcurrencyLimit } from './create-concurrency-limit.js'
import { createKeyCheck, type KeyCheck } from './create-key-check.js'
import { createMetrics, type ServerMetrics } from './create-metrics.js'
import type { ResolvedServerOptions } from './resolve-server-options.js'

/** What every route works with. */
export interface ServerContext {
  options: ResolvedServerOptions
  registry: Registry
  /** The configured engine, created at its first use and kept for the server's life. */
  engine(): Promise<Engine>
  checkKey: KeyCheck
  concurrency: ConcurrencyLimit
  metrics: ServerMetrics
  /** Templates that could not be loaded, with why, for the log. */
  skippedTemplates: Array<{ origin: string; message: string }>
}

// The server's own install holds the first-party templates; they load exactly like any other package.
const serverDirectory = path.dirname(fileURLToPath(import.meta.url))

/**
 * Loads the templates (unless a registry is given), registers both engines (each created at its first
 * use), and sets up keys, concurrency and metrics.
 */
export async function createServerContext(
  options: ResolvedServerOptions,
  given: Registry | undefined,
): Promise<ServerContext> {
  const registry = given ?? createRegistry()
  let skippedTemplates: ServerContext['skippedTemplates'] = []
  if (!given) {
    const report = await loadTemplates(registry, { searchDirectories: [serverDirectory] })
    skippedTemplates = report.failed
  }
  const engines = registry.listEngines()
  if (!engines.includes('qwen')) {
    registry.addEngine('qwen', () =>
      createQwenEngine({
        ...(options.dashscopeApiKey ? { apiKey: options.dashscopeApiKey } : {}),
        ...(options.baseURL ? { baseURL: options.baseURL } : {}),
        ...(options.model ? { model: options.model } : {}),
      }),
    )
  }
  if (!engines.includes('local')) {
    registry.addEngine('local', async () => {
      // Imported here, not at the top: a server running the qwen engine never loads onnxruntime.
      const { createLocalEngine } = await import('@tiqu/engine-local')
      return createLocalEngine()
    })
  }
  const concurrency = createConcurrencyLimit(options.maxConcurrentPerKey)
  return {
    options,
    registry,
    engine: () => registry.getEngine(options.engine),
    checkKey: createKeyCheck(options.keys),
    concurrency,
    metrics: createMetrics(() => concurrency.running()),
    skippedTemplates,
  }
}
