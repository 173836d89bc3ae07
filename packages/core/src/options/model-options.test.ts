import { describe, expect, it } from 'vitest'
import { InvalidOptionError } from '../errors/invalid-option-error.js'
import { parseModelOptions, pixelDefaults } from './model-options.js'

const model = 'qwen-vl-ocr-2025-11-20'

function failure(options: unknown, forModel = model): InvalidOptionError {
  try {
    parseModelOptions(options, forModel)
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError)
    return error as InvalidOptionError
  }
  throw new Error(`expected ${JSON.stringify(options)} to be refused`)
}

describe('parseModelOptions', () => {
  it('accepts every documented parameter in range and fills in the model', () => {
    const options = {
      min_pixels: 3072,
      max_pixels: 30_720_000,
      max_tokens: 8192,
      temperature: 0,
      top_k: 100,
      repetition_penalty: 1.05,
      presence_penalty: -2,
      seed: 2 ** 31 - 1,
      stop: ['```\n'],
      logprobs: true,
      top_logprobs: 5,
    }
    expect(parseModelOptions(options, model)).toEqual({ ...options, model })
    expect(parseModelOptions({ top_p: 1, stop: 'END' }, model)).toEqual({ model, top_p: 1, stop: 'END' })
    expect(parseModelOptions(undefined, model)).toEqual({ model })
    expect(parseModelOptions({ temperature: undefined }, model)).toEqual({ model })
  })

  it('names the parameter, the value, the range and the default', () => {
    const error = failure({ temperature: 3 })
    expect(error.message).toBe(
      'Invalid option temperature=3: Qwen-OCR takes 0 ≤ temperature < 2 (default 0.01).',
    )
    expect(error.parameter).toBe('temperature')
    expect(failure({ temperature: 2 }).message).toContain('0 ≤ temperature < 2')
    expect(failure({ top_p: 0 }).message).toBe(
      'Invalid option top_p=0: Qwen-OCR takes 0 < top_p ≤ 1 (default 0.001).',
    )
    expect(failure({ top_k: 1.5 }).parameter).toBe('top_k')
    expect(failure({ top_k: -1 }).message).toContain('integer top_k ≥ 0')
    expect(failure({ repetition_penalty: 0 }).message).toContain('repetition_penalty > 0')
    expect(failure({ presence_penalty: 2.5 }).message).toContain('-2 ≤ presence_penalty ≤ 2 (default 0)')
    expect(failure({ seed: -1 }).message).toBe(
      'Invalid option seed=-1: Qwen-OCR takes an integer 0 ≤ seed ≤ 2147483647 (default none: random).',
    )
    expect(failure({ seed: 2 ** 31 }).parameter).toBe('seed')
    expect(failure({ stop: 5 }).message).toContain('a string or an array of strings')
    expect(failure({ logprobs: 'yes' }).message).toBe(
      'Invalid option logprobs="yes": Qwen-OCR takes true or false (default false).',
    )
    expect(failure({ temperature: '0.5' }).message).toContain('temperature="0.5"')
    expect(failure({ temperature: Number.NaN }).message).toContain('temperature=NaN')
  })

  it('refuses temperature and top_p together, asking to pick one', () => {
    const error = failure({ temperature: 0.5, top_p: 0.8 })
    expect(error.message).toContain('temperature=0.5 and top_p=0.8')
    expect(error.message).toContain('Pick one')
    expect(error.parameter).toBe('temperature')
  })

  it('takes top_logprobs 0–5 and only with logprobs true', () => {
    expect(failure({ logprobs: true, top_logprobs: 6 }).message).toContain('0 ≤ top_logprobs ≤ 5')
    const without = failure({ top_logprobs: 2 })
    expect(without.parameter).toBe('top_logprobs')
    expect(without.message).toContain('works only with logprobs: true')
    expect(failure({ logprobs: false, top_logprobs: 2 }).parameter).toBe('top_logprobs')
  })

  it('caps max_tokens per model and leaves unknown models uncapped', () => {
    expect(failure({ max_tokens: 9000 }).message).toBe(
      'Invalid option max_tokens=9000: qwen-vl-ocr-2025-11-20 takes an integer 1 ≤ max_tokens ≤ 8192 (default 8192).',
    )
    expect(failure({ max_tokens: 4097 }, 'qwen-vl-ocr-2024-10-28').message).toContain('max_tokens ≤ 4096')
    const approval = failure({ max_tokens: 9000 }, 'qwen-vl-ocr-2025-08-28')
    expect(approval.message).toContain(
      'above 4096 only once Alibaba approves it for your account (default 4096)',
    )
    expect(parseModelOptions({ max_tokens: 6000 }, 'qwen-vl-ocr-2025-04-13').max_tokens).toBe(6000)
    expect(failure({ max_tokens: 0 }).parameter).toBe('max_tokens')
    expect(parseModelOptions({ max_tokens: 32_000 }, 'qwen2.5-vl-72b-instruct').max_tokens).toBe(32_000)
  })

  it('checks the pixel bounds against the model family, and min ≤ max', () => {
    expect(failure({ min_pixels: 3071 }).message).toBe(
      'Invalid option min_pixels=3071: qwen-vl-ocr-2025-11-20 takes an integer 3072 ≤ min_pixels ≤ 30720000 (default 3072).',
    )
    expect(failure({ max_pixels: 30_720_001 }).message).toContain('(default 8388608)')
    expect(failure({ min_pixels: 3072 }, 'qwen-vl-ocr-2025-08-28').message).toContain(
      '3136 ≤ min_pixels ≤ 23520000 (default 3136)',
    )
    expect(failure({ max_pixels: 30_000_000 }, 'qwen-vl-ocr-2024-10-28').message).toContain(
      '(default 6422528)',
    )
    const crossed = failure({ min_pixels: 10_000_000 })
    expect(crossed.parameter).toBe('min_pixels')
    expect(crossed.message).toContain('must not exceed max_pixels (8388608, the default)')
    expect(parseModelOptions({ min_pixels: 10_000_000, max_pixels: 12_000_000 }, model).min_pixels).toBe(
      10_000_000,
    )
    expect(failure({ min_pixels: 5000, max_pixels: 4000 }).parameter).toBe('min_pixels')
  })

  it('uses the model named in the options for per-model limits', () => {
    expect(failure({ model: 'qwen-vl-ocr-2024-10-28', max_tokens: 8192 }).message).toContain(
      'qwen-vl-ocr-2024-10-28 takes an integer 1 ≤ max_tokens ≤ 4096',
    )
    expect(parseModelOptions({ model: 'qwen-vl-ocr-latest' }, model).model).toBe('qwen-vl-ocr-latest')
  })

  it('refuses unknown keys, suggesting the right name', () => {
    const camel = failure({ maxTokens: 100 })
    expect(camel.parameter).toBe('maxTokens')
    expect(camel.message).toMatch(
      /^Unknown option 'maxTokens': did you mean 'max_tokens'\? Qwen-OCR takes: model, /,
    )
    expect(failure({ temprature: 0.1 }).message).toContain("did you mean 'temperature'?")
    expect(failure({ stream: true }).message).toContain("streaming is the request's own switch")
    expect(failure('fast').message).toContain('pass an object')
  })

  it('reports every problem at once, one per line', () => {
    const error = failure({ temperature: 3, seed: -1 })
    expect(error.message.split('\n')).toHaveLength(2)
  })
})

describe('pixelDefaults', () => {
  it("gives each model family's defaults, and the 32-px ones for unknown models", () => {
    expect(pixelDefaults('qwen-vl-ocr-2025-11-20')).toEqual({ min_pixels: 3072, max_pixels: 8_388_608 })
    expect(pixelDefaults('qwen-vl-ocr')).toEqual({ min_pixels: 3072, max_pixels: 8_388_608 })
    expect(pixelDefaults('qwen-vl-ocr-2025-04-13')).toEqual({ min_pixels: 3136, max_pixels: 6_422_528 })
    expect(pixelDefaults('somebody-elses-vl')).toEqual({ min_pixels: 3072, max_pixels: 8_388_608 })
  })
})
