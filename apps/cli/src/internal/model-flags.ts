import type { ModelOptions } from '@tiqu/core'
import { type Command, InvalidArgumentError, Option } from 'commander'

/** The flags of the `qwen` engine's documented parameters, as commander parses them. */
export interface ModelFlags {
  model?: string
  minPixels?: number
  maxPixels?: number
  maxTokens?: number
  temperature?: number
  topP?: number
  topK?: number
  repetitionPenalty?: number
  presencePenalty?: number
  seed?: number
  stop?: string[]
  logprobs?: boolean
  topLogprobs?: number
}

const number = (flag: string) => (value: string) => {
  const parsed = Number(value)
  if (value.trim() === '' || !Number.isFinite(parsed))
    throw new InvalidArgumentError(`${flag} expects a number, got '${value}'.`)
  return parsed
}

const integer = (flag: string) => (value: string) => {
  const parsed = number(flag)(value)
  if (!Number.isInteger(parsed))
    throw new InvalidArgumentError(`${flag} expects a whole number, got '${value}'.`)
  return parsed
}

/** Parses a flag's value as a whole number of at least `minimum`. */
export const wholeNumber = (flag: string, minimum: number) => (value: string) => {
  const parsed = integer(flag)(value)
  if (parsed < minimum)
    throw new InvalidArgumentError(`${flag} expects a whole number ≥ ${minimum}, got '${value}'.`)
  return parsed
}

/** Parses a flag's value as a number above zero. */
export const positiveNumber = (flag: string) => (value: string) => {
  const parsed = number(flag)(value)
  if (parsed <= 0) throw new InvalidArgumentError(`${flag} expects a number above 0, got '${value}'.`)
  return parsed
}

/** Adds the model and sampling flags to a command; their ranges are checked by core before any request. */
export function addModelFlags(command: Command): Command {
  return command
    .addOption(
      new Option('--model <name>', 'Qwen-OCR model (qwen engine)').default(
        undefined,
        'qwen-vl-ocr-2025-11-20',
      ),
    )
    .addOption(
      new Option('--min-pixels <n>', 'smallest pixel count the model scales an image up to').argParser(
        integer('--min-pixels'),
      ),
    )
    .addOption(
      new Option('--max-pixels <n>', 'largest pixel count the model scales an image down to').argParser(
        integer('--max-pixels'),
      ),
    )
    .addOption(
      new Option('--max-tokens <n>', 'most tokens the model may answer with').argParser(
        integer('--max-tokens'),
      ),
    )
    .addOption(
      new Option('--temperature <x>', 'sampling temperature, 0 ≤ x < 2 (not with --top-p)').argParser(
        number('--temperature'),
      ),
    )
    .addOption(
      new Option('--top-p <x>', 'nucleus sampling, 0 < x ≤ 1 (not with --temperature)').argParser(
        number('--top-p'),
      ),
    )
    .addOption(new Option('--top-k <n>', 'sampling candidates, ≥ 0').argParser(integer('--top-k')))
    .addOption(
      new Option('--repetition-penalty <x>', 'penalty on repeated sequences, > 0').argParser(
        number('--repetition-penalty'),
      ),
    )
    .addOption(
      new Option('--presence-penalty <x>', 'penalty on repeated content, -2 to 2').argParser(
        number('--presence-penalty'),
      ),
    )
    .addOption(new Option('--seed <n>', 'random seed, 0 to 2^31−1').argParser(integer('--seed')))
    .addOption(
      new Option('--stop <text>', 'stop when the model writes this text (repeatable)').argParser(
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
      ),
    )
    .addOption(
      new Option(
        '--logprobs',
        "qwen engine: ask for token log-probabilities; each top-level field then gets evidence.confidence, the model's probability of its value (0 to 1)",
      ),
    )
    .addOption(
      new Option(
        '--top-logprobs <n>',
        'qwen engine: how many likely tokens per step the service also returns, 0 to 5 (with --logprobs); the record does not keep them',
      ).argParser(integer('--top-logprobs')),
    )
}

/** The flags as the `ModelOptions` core checks and sends. */
export function toModelOptions(flags: ModelFlags): ModelOptions {
  const options: ModelOptions = {
    model: flags.model,
    min_pixels: flags.minPixels,
    max_pixels: flags.maxPixels,
    max_tokens: flags.maxTokens,
    temperature: flags.temperature,
    top_p: flags.topP,
    top_k: flags.topK,
    repetition_penalty: flags.repetitionPenalty,
    presence_penalty: flags.presencePenalty,
    seed: flags.seed,
    stop: flags.stop && flags.stop.length === 1 ? flags.stop[0] : flags.stop,
    logprobs: flags.logprobs,
    top_logprobs: flags.topLogprobs,
  }
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as ModelOptions
}
