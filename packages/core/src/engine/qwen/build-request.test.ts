import { describe, expect, it } from 'vitest'
import { buildRequest } from './build-request.js'

const url = 'https://img.alicdn.com/imgextra/i2/O1CN01ktT8451iQutqReELT_!!6000000004408-0-tps-689-487.jpg'

describe('buildRequest', () => {
  it("builds the seed's request: one user message, pixel bounds beside image_url, then the prompt", () => {
    expect(
      buildRequest({
        model: 'qwen-vl-ocr-2025-11-20',
        imageUrl: url,
        prompt: 'Please extract the train ticket.',
        options: { model: 'qwen-vl-ocr-2025-11-20', min_pixels: 32 * 32 * 3, max_pixels: 32 * 32 * 8192 },
        stream: false,
      }),
    ).toEqual({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image_url', image_url: { url }, min_pixels: 3072, max_pixels: 8_388_608 },
            { type: 'text', text: 'Please extract the train ticket.' },
          ],
        },
      ],
    })
  })

  it("sends no text part for plain OCR, and always sends the model's pixel defaults", () => {
    const request = buildRequest({
      model: 'qwen-vl-ocr-2025-08-28',
      imageUrl: url,
      options: {},
      stream: false,
    })
    expect(request.messages[0].content).toEqual([
      { type: 'image_url', image_url: { url }, min_pixels: 3136, max_pixels: 6_422_528 },
    ])
  })

  it('puts sampling parameters top-level, only those given, and asks for usage when streaming', () => {
    const request = buildRequest({
      model: 'qwen-vl-ocr-2025-11-20',
      imageUrl: 'data:image/png;base64,AAAA',
      prompt: 'x',
      options: {
        model: 'qwen-vl-ocr-2025-11-20',
        max_tokens: 2048,
        temperature: 0.2,
        top_k: 5,
        repetition_penalty: 1.05,
        presence_penalty: 0.5,
        seed: 42,
        stop: ['</s>'],
        logprobs: true,
        top_logprobs: 3,
      },
      stream: true,
    })
    const { messages, ...topLevel } = request
    expect(topLevel).toEqual({
      model: 'qwen-vl-ocr-2025-11-20',
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 2048,
      temperature: 0.2,
      top_k: 5,
      repetition_penalty: 1.05,
      presence_penalty: 0.5,
      seed: 42,
      stop: ['</s>'],
      logprobs: true,
      top_logprobs: 3,
    })
    expect(messages[0].content[0]).not.toHaveProperty('temperature')
    expect(messages[0].content[0].image_url.url).toBe('data:image/png;base64,AAAA')
  })
})
