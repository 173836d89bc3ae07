import type { Engine } from '@tiqu/core'

/**
 * The embedded engine, imported only when a template's fixtures are read with it: onnxruntime and the
 * models are heavy, and a template author without `@tiqu/engine-local` still gets every other check.
 * Resolves to undefined when the package is not installed.
 */
export async function loadLocalEngine(): Promise<Engine | undefined> {
  let module: typeof import('@tiqu/engine-local')
  try {
    module = await import('@tiqu/engine-local')
  } catch (error) {
    if (isMissing(error)) return undefined
    throw error
  }
  return module.createLocalEngine()
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return (
    message.includes('@tiqu/engine-local') &&
    (code === 'ERR_MODULE_NOT_FOUND' || /Cannot find|Failed to (?:load|resolve)/i.test(message))
  )
}
