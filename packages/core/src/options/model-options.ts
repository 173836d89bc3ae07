import { z } from 'zod'
import type { ModelOptions } from '../engine/types.js'
import { InvalidOptionError } from '../errors/invalid-option-error.js'
import { closestMatch } from '../internal/closest-match.js'
import { defaultQwenModel, type ModelLimits, modelLimits } from './model-limits.js'

const maxSeed = 2 ** 31 - 1
const fallbackPixels = { min_pixels: 3 * 32 * 32, max_pixels: 8192 * 32 * 32 }

/**
 * The `min_pixels` / `max_pixels` tiqu sends when none are given: the model's own defaults, so the
 * request says what the service would assume. Models tiqu does not know get the 32-px family's
 * defaults (3072 / 8,388,608), the newest Qwen-OCR's.
 */
export function pixelDefaults(model: string): { min_pixels: number; max_pixels: number } {
  const limits = modelLimits(model)
  return limits
    ? { min_pixels: limits.minPixels, max_pixels: limits.defaultMaxPixels }
    : { ...fallbackPixels }
}

// Building a zod schema costs far more than using one; every request of a batch reuses its model's.
const schemas = new Map<string, ReturnType<typeof buildModelOptionsSchema>>()

/** The zod schema of the model options for one model; ranges follow Alibaba's Qwen-OCR API reference. */
export function modelOptionsSchema(model: string) {
  let schema = schemas.get(model)
  if (!schema) {
    schema = buildModelOptionsSchema(model)
    schemas.set(model, schema)
  }
  return schema
}

function buildModelOptionsSchema(model: string) {
  const limits = modelLimits(model)
  const pixels = limits
    ? z.number().int().gte(limits.minPixels).lte(limits.maxPixels)
    : z.number().int().positive()
  return z
    .strictObject({
      model: z.string().min(1).optional(),
      min_pixels: pixels.optional(),
      max_pixels: pixels.optional(),
      max_tokens: (limits
        ? z.number().int().positive().lte(limits.maxTokens)
        : z.number().int().positive()
      ).optional(),
      temperature: z.number().gte(0).lt(2).optional(),
      top_p: z.number().gt(0).lte(1).optional(),
      top_k: z.number().int().gte(0).optional(),
      repetition_penalty: z.number().gt(0).optional(),
      presence_penalty: z.number().gte(-2).lte(2).optional(),
      seed: z.number().int().gte(0).lte(maxSeed).optional(),
      stop: z.union([z.string(), z.array(z.string())]).optional(),
      logprobs: z.boolean().optional(),
      top_logprobs: z.number().int().gte(0).lte(5).optional(),
    })
    .superRefine((options, context) => {
      if (options.temperature !== undefined && options.top_p !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['temperature'],
          message:
            `Invalid options temperature=${options.temperature} and top_p=${options.top_p}: Qwen-OCR takes only one of them. ` +
            'Pick one: temperature (0 ≤ temperature < 2, default 0.01) or top_p (0 < top_p ≤ 1, default 0.001).',
        })
      }
      if (options.top_logprobs !== undefined && options.logprobs !== true) {
        context.addIssue({
          code: 'custom',
          path: ['top_logprobs'],
          message: `Invalid option top_logprobs=${options.top_logprobs}: top_logprobs works only with logprobs: true. Set logprobs too, or drop top_logprobs.`,
        })
      }
      const defaults = pixelDefaults(model)
      const min = options.min_pixels ?? defaults.min_pixels
      const max = options.max_pixels ?? defaults.max_pixels
      if (min > max) {
        const culprit = options.min_pixels !== undefined ? 'min_pixels' : 'max_pixels'
        context.addIssue({
          code: 'custom',
          path: [culprit],
          message:
            `Invalid option ${culprit}=${culprit === 'min_pixels' ? min : max}: min_pixels (${min}${options.min_pixels === undefined ? ', the default' : ''}) ` +
            `must not exceed max_pixels (${max}${options.max_pixels === undefined ? ', the default' : ''}) for ${model}. ` +
            `Set ${culprit === 'min_pixels' ? 'max_pixels' : 'min_pixels'} too.`,
        })
      }
    })
}

/**
 * Checks the model options of one request before any network call and returns them with `model`
 * filled in. Every documented Qwen-OCR parameter is checked against its range (per model where the
 * range depends on it); unknown keys are refused. Throws an {@link InvalidOptionError} whose message
 * names the parameter, the value, the allowed range and the default.
 *
 * @param options the caller's options (`undefined` or `null` means none).
 * @param model the engine's model, used when `options.model` is absent.
 */
export function parseModelOptions(options: unknown, model: string): ModelOptions {
  const given = options ?? {}
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new InvalidOptionError(
      `Invalid model options ${JSON.stringify(given)}: pass an object such as { "temperature": 0.01, "max_tokens": 4096 }.`,
    )
  }
  const record = given as { [key: string]: unknown }
  const effectiveModel = typeof record.model === 'string' && record.model !== '' ? record.model : model
  const result = modelOptionsSchema(effectiveModel).safeParse(record)
  if (!result.success) {
    const messages: string[] = []
    let parameter: string | undefined
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')]
      parameter ??= keys[0]
      for (const key of keys) {
        const message =
          issue.code === 'custom'
            ? issue.message
            : issue.code === 'unrecognized_keys'
              ? unknownOptionMessage(key)
              : rangeMessage(key, record[key], effectiveModel)
        if (!messages.includes(message)) messages.push(message)
      }
    }
    throw new InvalidOptionError(messages.join('\n'), { parameter, cause: result.error })
  }
  const parsed: ModelOptions = { model: effectiveModel }
  for (const [key, value] of Object.entries(result.data)) {
    if (value !== undefined) (parsed as { [key: string]: unknown })[key] = value
  }
  return parsed
}

const knownOptions = Object.keys(modelOptionsSchema(defaultQwenModel).shape)

function unknownOptionMessage(key: string): string {
  if (key === 'stream' || key === 'stream_options') {
    return `Unknown option '${key}': streaming is the request's own switch (stream: true, or --stream), not a model option.`
  }
  const snake = key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
  const suggestion = knownOptions.includes(snake) ? snake : closestMatch(key, knownOptions)
  return (
    `Unknown option '${key}'${suggestion ? `: did you mean '${suggestion}'?` : '.'} ` +
    `Qwen-OCR takes: ${knownOptions.join(', ')}.`
  )
}

function rangeMessage(key: string, value: unknown, model: string): string {
  const limits = modelLimits(model)
  const { subject, rule, fallback } = describeOption(key, limits, model)
  return `Invalid option ${key}=${show(value)}: ${subject} takes ${rule} (default ${fallback}).`
}

function describeOption(
  key: string,
  limits: ModelLimits | undefined,
  model: string,
): { subject: string; rule: string; fallback: string } {
  const qwen = 'Qwen-OCR'
  switch (key) {
    case 'model':
      return {
        subject: qwen,
        rule: 'a model name such as qwen-vl-ocr-2025-11-20',
        fallback: defaultQwenModel,
      }
    case 'min_pixels':
    case 'max_pixels': {
      const defaults = pixelDefaults(model)
      return limits
        ? {
            subject: model,
            rule: `an integer ${limits.minPixels} ≤ ${key} ≤ ${limits.maxPixels}`,
            fallback: String(defaults[key]),
          }
        : { subject: model, rule: `a positive integer ${key}`, fallback: String(defaults[key]) }
    }
    case 'max_tokens':
      return limits
        ? {
            subject: model,
            rule:
              `an integer 1 ≤ max_tokens ≤ ${limits.maxTokens}` +
              (limits.defaultMaxTokens < limits.maxTokens
                ? `, above ${limits.defaultMaxTokens} only once Alibaba approves it for your account`
                : ''),
            fallback: String(limits.defaultMaxTokens),
          }
        : { subject: model, rule: 'a positive integer max_tokens', fallback: "the server's" }
    case 'temperature':
      return { subject: qwen, rule: '0 ≤ temperature < 2', fallback: '0.01' }
    case 'top_p':
      return { subject: qwen, rule: '0 < top_p ≤ 1', fallback: '0.001' }
    case 'top_k':
      return { subject: qwen, rule: 'an integer top_k ≥ 0 (above 100 only top_p applies)', fallback: '1' }
    case 'repetition_penalty':
      return { subject: qwen, rule: 'repetition_penalty > 0 (1 means no penalty)', fallback: '1' }
    case 'presence_penalty':
      return { subject: qwen, rule: '-2 ≤ presence_penalty ≤ 2', fallback: '0' }
    case 'seed':
      return { subject: qwen, rule: `an integer 0 ≤ seed ≤ ${maxSeed}`, fallback: 'none: random' }
    case 'stop':
      return { subject: qwen, rule: 'a string or an array of strings', fallback: 'none' }
    case 'logprobs':
      return { subject: qwen, rule: 'true or false', fallback: 'false' }
    case 'top_logprobs':
      return { subject: qwen, rule: 'an integer 0 ≤ top_logprobs ≤ 5, with logprobs: true', fallback: '0' }
    default:
      return { subject: qwen, rule: 'a valid value', fallback: 'none' }
  }
}

function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined) return String(value)
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
