import type { TiquError } from '../errors/tiqu-error.js'
import type { ExtractResult } from '../result.js'
import type { ExtractManyOptions } from './types.js'

/**
 * The record of a document the batch could not begin: aborted before its turn, or a PDF (or page)
 * that could not be opened. One input, one record, even then, so a caller can tell what was not read
 * (and read it again) from the records alone.
 */
export function failedRecord(options: ExtractManyOptions, source: string, error: TiquError): ExtractResult {
  const { engine, template } = options
  const model = options.options?.model ?? engine.model
  return {
    source,
    ...(template ? { template: { id: template.id, version: template.version } } : {}),
    engine: engine.id,
    ...(model ? { model } : {}),
    data: null,
    valid: false,
    issues: [],
    uncertain: [],
    text: '',
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, image_tokens: 0 },
    timing: { total_ms: 0, first_token_ms: null },
    error: error.toJSON(),
  }
}
