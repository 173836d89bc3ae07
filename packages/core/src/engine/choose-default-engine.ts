/** Which engine to use when the caller named none, and why, in words for a log line. */
export interface EngineChoice {
  id: 'qwen' | 'local'
  reason: string
}

/**
 * The default engine: `qwen` when a DashScope key is set, else the embedded `local` engine,
 * so a fresh machine works with no key and a configured one uses the model.
 */
export function chooseDefaultEngine(environment: NodeJS.ProcessEnv = process.env): EngineChoice {
  return environment.DASHSCOPE_API_KEY
    ? { id: 'qwen', reason: 'DASHSCOPE_API_KEY is set' }
    : { id: 'local', reason: 'DASHSCOPE_API_KEY is not set, so the embedded engine runs offline' }
}
