import { AbortedError } from '../errors/aborted-error.js'
import type { ExtractResult } from '../result.js'
import type { SplitBatchInput } from './split-batch-input.js'
import type { ExtractManyOptions } from './types.js'

/**
 * The record of a document the batch never began because it was aborted: one input, one record, even
 * then, so a caller can tell what was not read (and read it again) from the records alone.
 */
export function notStartedRecord(options: ExtractManyOptions, input: SplitBatchInput): ExtractResult {
  const { engine, template } = options
  const model = options.options?.model ?? engine.model
  return {
    source: input.name,
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
    error: new AbortedError('Not read: the batch was aborted before this document began.').toJSON(),
  }
}
