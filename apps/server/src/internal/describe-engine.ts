import type { ResolvedServerOptions } from './resolve-server-options.js'

/** The line that says which engine serves and why. */
export function describeEngine(options: ResolvedServerOptions): string {
  if (options.engine === 'local')
    return `engine local (PaddleOCR PP-OCRv4, in-process): ${options.engineReason}`
  const baseURL = options.baseURL ?? 'https://dashscope.aliyuncs.com/compatible-mode/v1'
  return `engine qwen (${options.model ?? 'qwen-vl-ocr-2025-11-20'} at ${baseURL}): ${options.engineReason}`
}
