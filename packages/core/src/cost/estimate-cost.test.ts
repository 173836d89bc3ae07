import { expect, it } from 'vitest'
import { estimateCost } from './estimate-cost.js'

const usage = { prompt_tokens: 1_200, completion_tokens: 300, total_tokens: 1_500, image_tokens: 1_000 }

it('prices usage from the default table', () => {
  expect(estimateCost(usage, 'qwen-vl-ocr-2025-11-20')).toEqual({
    currency: 'CNY',
    input: 0.00036,
    output: 0.00015,
    total: 0.00051,
  })
  expect(estimateCost(usage, 'qwen-vl-ocr-2025-08-28')?.total).toBe(0.0075)
})

it('prefers the caller’s prices, and prices nothing it does not know', () => {
  const prices = { 'qwen-vl-ocr-2025-11-20': { input: 0.07, output: 0.16, currency: 'USD' } }
  expect(estimateCost(usage, 'qwen-vl-ocr-2025-11-20', prices)).toEqual({
    currency: 'USD',
    input: 0.000084,
    output: 0.000048,
    total: 0.000132,
  })
  expect(estimateCost(usage, 'my-own-qwen')).toBeUndefined()
  expect(estimateCost(usage, undefined)).toBeUndefined()
})
