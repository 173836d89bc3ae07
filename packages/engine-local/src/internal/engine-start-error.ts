import { EngineUnsupportedError } from '@tiqu/core'

/** Why the embedded engine could not load its models or native modules, and what to do about it. */
export function engineStartError(error: unknown): EngineUnsupportedError {
  return new EngineUnsupportedError(
    `The embedded OCR engine could not start: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}. ` +
      'Reinstall @tiqu/engine-local (onnxruntime-node and sharp ship native binaries), ' +
      'or use --engine qwen with DASHSCOPE_API_KEY set.',
    { cause: error },
  )
}
