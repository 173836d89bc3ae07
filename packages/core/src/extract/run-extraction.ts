import type { Usage } from '../engine/types.js'
import { StreamInterruptedError } from '../errors/stream-interrupted-error.js'
import { TiquError } from '../errors/tiqu-error.js'
import { prepareImage } from '../image/prepare-image.js'
import { parseModelText } from '../parse/parse-model-text.js'
import type { ExtractResult } from '../result.js'
import type { Issue } from '../template/types.js'
import { findUncertain } from '../validate/find-uncertain.js'
import { validateData } from '../validate/validate-data.js'
import type { ExtractOptions, ExtractPart } from './types.js'

/** Errors about the request itself are thrown: no document could succeed with it. */
const requestErrorCodes = new Set([
  'TIQU_INVALID_OPTION',
  'TIQU_TEMPLATE_NOT_FOUND',
  'TIQU_TEMPLATE_INVALID',
  'TIQU_ENGINE_NOT_FOUND',
  'TIQU_ENGINE_UNSUPPORTED',
])

const emptyUsage = (): Usage => ({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, image_tokens: 0 })

/**
 * Runs one extraction: input → image → engine → text → parsed object → validated result.
 * Errors about the document (unreadable file, API failure, broken stream) become the record's `error`,
 * so one input always yields one record; errors about the request are thrown.
 */
export async function runExtraction(
  options: ExtractOptions,
  onPart: (part: ExtractPart) => void = () => {},
): Promise<ExtractResult> {
  const startedAt = performance.now()
  const { engine, template } = options
  const source = options.source ?? describeInput(options.input)
  const record: ExtractResult = {
    source,
    ...(template ? { template: { id: template.id, version: template.version } } : {}),
    engine: engine.id,
    ...((options.options?.model ?? engine.model) ? { model: options.options?.model ?? engine.model } : {}),
    data: null,
    valid: false,
    issues: [],
    uncertain: [],
    text: '',
    usage: emptyUsage(),
    timing: { total_ms: 0, first_token_ms: null },
  }
  const elapsed = () => Math.round(performance.now() - startedAt)
  let engineObject: { [field: string]: unknown } | undefined

  try {
    const image = await prepareImage(options.input, { source, engine, signal: options.signal })
    const prompt = options.prompt ?? resolvePrompt(options)
    for await (const part of engine.doRecognize({
      image,
      ...(template ? { template } : {}),
      ...(prompt !== undefined ? { prompt } : {}),
      stream: options.stream ?? false,
      options: options.options ?? {},
      ...(options.signal ? { signal: options.signal } : {}),
    })) {
      if ((part.type === 'text-delta' || part.type === 'lines') && record.timing.first_token_ms === null) {
        record.timing.first_token_ms = elapsed()
      }
      switch (part.type) {
        case 'text-delta':
          record.text += part.textDelta
          onPart(part)
          break
        case 'lines':
          onPart(part)
          break
        case 'object':
          engineObject = part.object
          break
        case 'usage':
          record.usage = part.usage
          onPart(part)
          break
        case 'finish':
          record.finish_reason = part.finishReason
          if (part.model) record.model = part.model
          break
      }
    }
  } catch (error) {
    if (TiquError.isInstance(error) && requestErrorCodes.has(error.code)) throw error
    return fail(record, error, elapsed(), onPart)
  }

  if (template) {
    const { data, issues } = interpret(record.text, engineObject)
    record.data = data
    record.issues = data === null ? issues : [...issues, ...validateData(template, data)]
    record.uncertain = data === null ? [] : findUncertain(data)
  }
  if (record.finish_reason === 'length') {
    record.issues.push({
      path: '',
      message:
        'The answer was cut off at max_tokens; values may be missing. Raise --max-tokens, or lower --max-pixels.',
      severity: 'error',
    })
  }
  record.valid =
    record.issues.every((issue) => issue.severity !== 'error') && (!template || record.data !== null)
  record.timing.total_ms = elapsed()
  onPart({ type: 'finish', result: record })
  return record
}

function interpret(
  text: string,
  engineObject: { [field: string]: unknown } | undefined,
): { data: { [field: string]: unknown } | null; issues: Issue[] } {
  if (engineObject) return { data: engineObject, issues: [] }
  const parsed = parseModelText(text)
  if (!parsed.ok) {
    return {
      data: null,
      issues: [
        {
          path: '',
          message: `The answer is not JSON (${parsed.reason}); the raw text is kept in 'text'.`,
          severity: 'error',
        },
      ],
    }
  }
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return {
      data: null,
      issues: [
        {
          path: '',
          message: "The answer is JSON but not an object; the raw text is kept in 'text'.",
          severity: 'error',
        },
      ],
    }
  }
  return { data: parsed.value as { [field: string]: unknown }, issues: [] }
}

function fail(
  record: ExtractResult,
  error: unknown,
  totalMs: number,
  onPart: (part: ExtractPart) => void,
): ExtractResult {
  const tiquError = TiquError.isInstance(error)
    ? error
    : new TiquError(
        'TIQU_INTERNAL',
        `Unexpected failure: ${error instanceof Error ? error.message : String(error)}. Please report it with the input that caused it.`,
        { cause: error },
      )
  if (error instanceof StreamInterruptedError) record.text = error.partialText
  record.data = null
  record.valid = false
  record.error = tiquError.toJSON()
  record.timing.total_ms = totalMs
  onPart({ type: 'error', error: record.error, result: record })
  return record
}

function resolvePrompt(options: ExtractOptions): string | undefined {
  const prompt = options.template?.prompt
  if (typeof prompt === 'function')
    return prompt({ ...(options.options?.model ? { model: options.options.model } : {}) })
  return prompt
}

function describeInput(input: ExtractOptions['input']): string {
  if (typeof input === 'string') return input
  if (input instanceof URL) return input.href
  if (input instanceof Uint8Array) return 'bytes'
  return input.source
}
