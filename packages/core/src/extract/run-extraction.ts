import { estimateCost } from '../cost/estimate-cost.js'
import type { EngineRequest, OcrLine, ResolvedImage, Usage } from '../engine/types.js'
import { StreamInterruptedError } from '../errors/stream-interrupted-error.js'
import { TiquError } from '../errors/tiqu-error.js'
import { prepareImage } from '../image/prepare-image.js'
import type { ExtractResult } from '../result.js'
import { findUncertain } from '../validate/find-uncertain.js'
import { buildRepairPrompt } from './build-repair-prompt.js'
import { collectEvidence } from './collect-evidence.js'
import { type JudgedAnswer, judgeAnswer } from './judge-answer.js'
import { readAnswer } from './read-answer.js'
import { checkRepairAttempts, isBetter, needsRepair, repairFailed } from './repair-policy.js'
import { type LayoutPass, layoutFailed, startLayoutPass } from './start-layout-pass.js'
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
 * Runs one extraction: input → image → engine → text → parsed object → validated result, with up to
 * `repairAttempts` re-asks when the answer has errors. Errors about the document (unreadable file, API
 * failure, broken stream) become the record's `error`, so one input always yields one record; errors
 * about the request are thrown.
 */
export async function runExtraction(
  options: ExtractOptions,
  listener?: (part: ExtractPart) => void,
): Promise<ExtractResult> {
  const onPart = listener ?? (() => {})
  // Fields are parsed as the answer arrives only for a caller watching the parts (`extractStream`).
  const deltaSchema = listener ? options.template?.schema : undefined
  const startedAt = performance.now()
  const repairAttempts = checkRepairAttempts(options.repairAttempts)
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
  // Usage of the answers already read; an engine reports one answer's usage, which adds to it.
  let usageBefore = emptyUsage()
  const emit = (part: ExtractPart) => {
    if ((part.type === 'text-delta' || part.type === 'lines') && record.timing.first_token_ms === null) {
      record.timing.first_token_ms = elapsed()
    }
    if (part.type === 'usage') {
      record.usage = addUsage(usageBefore, part.usage)
      onPart({ type: 'usage', usage: { ...record.usage } })
      return
    }
    onPart(part)
  }

  let image: ResolvedImage
  let prompt: string | undefined
  let chosen: JudgedAnswer
  let layout: LayoutPass | undefined
  try {
    image = await prepareImage(options.input, { source, engine, signal: options.signal })
    layout = startLayoutPass(options, image)
    prompt = options.prompt ?? resolvePrompt(options)
    chosen = judgeAnswer(
      await readAnswer(engine, request(options, image, prompt), deltaSchema, emit),
      template,
    )
  } catch (error) {
    layout?.cancel()
    if (TiquError.isInstance(error) && requestErrorCodes.has(error.code)) throw error
    return fail(record, error, elapsed(), onPart)
  }

  const answers = [chosen]
  for (let attempt = 2; attempt <= repairAttempts + 1 && needsRepair(chosen, options, prompt); attempt += 1) {
    const issues = chosen.issues.filter((issue) => issue.severity === 'error')
    onPart({ type: 'repair-start', attempt, issues })
    usageBefore = record.usage
    const repairPrompt = buildRepairPrompt({ prompt, answer: chosen.answer.text, issues })
    let next: JudgedAnswer
    try {
      next = judgeAnswer(
        await readAnswer(engine, request(options, image, repairPrompt), deltaSchema, emit),
        template,
      )
    } catch (error) {
      if (isAbort(error, options.signal)) {
        layout?.cancel()
        record.text = chosen.answer.text
        return fail(record, error, elapsed(), onPart)
      }
      chosen.issues.push(repairFailed(error))
      break
    }
    answers.push(next)
    if (isBetter(next, chosen)) chosen = next
  }

  record.text = chosen.answer.text
  record.data = chosen.data
  record.issues = chosen.issues
  record.uncertain = chosen.data === null ? [] : findUncertain(chosen.data)
  const others = answers.filter((judged) => judged !== chosen)
  if (others.length > 0) record.attempts = others.map(({ answer, issues }) => ({ text: answer.text, issues }))
  if (chosen.answer.finishReason) record.finish_reason = chosen.answer.finishReason
  if (chosen.answer.model) record.model = chosen.answer.model
  let boxes: { [pointer: string]: OcrLine['box'] } | undefined
  if (layout && chosen.data !== null) {
    const placed = await layout.place(chosen.data)
    if ('boxes' in placed) boxes = placed.boxes
    else if (isAbort(placed.error, options.signal)) return fail(record, placed.error, elapsed(), onPart)
    else record.issues.push(layoutFailed(options.layoutEngine?.id ?? 'layout', placed.error))
  } else layout?.cancel()
  const evidence = collectEvidence(chosen, boxes)
  if (evidence) record.evidence = evidence
  const cost = estimateCost(record.usage, record.model, options.prices)
  if (cost) record.cost = cost
  record.valid =
    record.issues.every((issue) => issue.severity !== 'error') && (!template || record.data !== null)
  record.timing.total_ms = elapsed()
  onPart({ type: 'finish', result: record })
  return record
}

function request(options: ExtractOptions, image: ResolvedImage, prompt: string | undefined): EngineRequest {
  return {
    image,
    ...(options.template ? { template: options.template } : {}),
    ...(prompt !== undefined ? { prompt } : {}),
    stream: options.stream ?? false,
    options: options.options ?? {},
    ...(options.signal ? { signal: options.signal } : {}),
  }
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (TiquError.isInstance(error) && error.code === 'TIQU_ABORTED')
}

function addUsage(total: Usage, more: Usage): Usage {
  return {
    prompt_tokens: total.prompt_tokens + more.prompt_tokens,
    completion_tokens: total.completion_tokens + more.completion_tokens,
    total_tokens: total.total_tokens + more.total_tokens,
    image_tokens: total.image_tokens + more.image_tokens,
  }
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
  if (error instanceof StreamInterruptedError && record.text === '') record.text = error.partialText
  record.data = null
  record.valid = false
  record.error = tiquError.toJSON()
  record.timing.total_ms = totalMs
  onPart({ type: 'error', error: record.error, result: record })
  return record
}

function resolvePrompt(options: ExtractOptions): string | undefined {
  const template = options.template
  const prompt = template?.prompt
  if (typeof prompt === 'function') {
    return prompt({
      ...(options.options?.model ? { model: options.options.model } : {}),
      ...(template?.schema ? { schema: template.schema } : {}),
    })
  }
  return prompt
}

function describeInput(input: ExtractOptions['input']): string {
  if (typeof input === 'string') return input
  if (input instanceof URL) return input.href
  if (input instanceof Uint8Array) return 'bytes'
  return input.source
}
