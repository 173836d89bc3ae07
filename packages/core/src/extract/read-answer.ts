import type { TokenLogprob } from '../confidence/field-confidence.js'
import type { Engine, EngineRequest, FieldEvidence, FinishReason } from '../engine/types.js'
import type { JsonSchema } from '../template/types.js'
import { createObjectDeltas } from './create-object-deltas.js'
import type { ExtractPart } from './types.js'

/** What one request to an engine answered. */
export interface Answer {
  /** The raw text, as it arrived. */
  text: string
  /** The object, when the engine filled it itself rather than writing JSON. */
  object?: { [field: string]: unknown }
  /** Where the engine read each field of its own object, when it says. */
  evidence?: { [field: string]: FieldEvidence }
  /** The tokens that wrote `text`, with their log-probabilities, when the engine gave them. */
  tokens?: TokenLogprob[]
  finishReason?: FinishReason
  /** The model that answered, when the engine says. */
  model?: string
}

/**
 * Sends one request to the engine and collects its answer, passing on its parts as they come, and,
 * with a schema, the `object-delta` parts of the fields the answer completes. Throws what the engine
 * throws (a `StreamInterruptedError` carries the text that had arrived).
 */
export async function readAnswer(
  engine: Engine,
  request: EngineRequest,
  schema: JsonSchema | undefined,
  onPart: (part: ExtractPart) => void,
): Promise<Answer> {
  const answer: Answer = { text: '' }
  const deltas = schema ? createObjectDeltas(schema) : undefined
  for await (const part of engine.doRecognize(request)) {
    switch (part.type) {
      case 'text-delta':
        answer.text += part.textDelta
        onPart(part)
        for (const delta of deltas?.fromText(part.textDelta) ?? []) onPart(delta)
        break
      case 'lines':
        deltas?.ignoreText()
        onPart(part)
        break
      case 'object':
        answer.object = part.object
        if (part.evidence) answer.evidence = part.evidence
        for (const delta of deltas?.fromObject(part.object) ?? []) onPart(delta)
        break
      case 'logprobs':
        if (!answer.tokens) answer.tokens = []
        answer.tokens.push(...part.tokens)
        break
      case 'usage':
        onPart(part)
        break
      case 'finish':
        answer.finishReason = part.finishReason
        if (part.model) answer.model = part.model
        break
    }
  }
  // The last value of an answer cut off at max_tokens may itself be cut short: only the record judges it.
  if (answer.finishReason !== 'length') for (const delta of deltas?.end() ?? []) onPart(delta)
  return answer
}
