import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TokenLogprob } from '../../confidence/field-confidence.js'
import type { EnginePart, ResolvedImage } from '../types.js'
import { createQwenEngine } from './create-qwen-engine.js'
import { toTokenLogprobs } from './to-token-logprobs.js'

const imageUrl = 'https://img.alicdn.com/imgextra/i2/ticket.jpg'
const image: ResolvedImage = { kind: 'url', url: imageUrl, source: imageUrl }
const answer = "```json\n{'train_number': 'G1234', 'passenger_name': '张三'}\n```"

let server: FakeQwenServer

beforeAll(async () => {
  server = await startFakeQwenServer({
    apiKey: 'sk-test',
    reply: { content: answer, chunkSize: 6, logprobs: { substrings: { 张三: -1.5 } } },
  })
})

afterAll(() => server.close())

async function recognize(stream: boolean, logprobs: boolean): Promise<EnginePart[]> {
  const engine = createQwenEngine({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 })
  const parts: EnginePart[] = []
  for await (const part of engine.doRecognize({
    image,
    prompt: 'Extract.',
    stream,
    options: logprobs ? { logprobs: true, top_logprobs: 2 } : {},
  }))
    parts.push(part)
  return parts
}

const tokensOf = (parts: EnginePart[]): TokenLogprob[] =>
  parts.flatMap((part) => (part.type === 'logprobs' ? part.tokens : []))

describe('the qwen engine with logprobs', () => {
  for (const stream of [false, true]) {
    it(`yields logprobs parts whose tokens spell the answer (${stream ? 'streaming' : 'one JSON body'})`, async () => {
      const parts = await recognize(stream, true)
      const tokens = tokensOf(parts)
      expect(tokens.map((token) => token.token).join('')).toBe(answer)
      expect(tokens.filter((token) => token.logprob === -1.5).map((token) => token.token)).toEqual([
        '张',
        '三',
      ])
      expect(tokens.find((token) => token.token === '张')?.bytes).toEqual([0xe5, 0xbc, 0xa0])
      // Each logprobs part follows the text it spells, and all come before usage and finish.
      const types = parts.map((part) => part.type)
      expect(types.indexOf('logprobs')).toBeGreaterThan(types.indexOf('text-delta'))
      expect(types.lastIndexOf('logprobs')).toBeLessThan(types.indexOf('usage'))
      if (stream) expect(types.filter((type) => type === 'logprobs').length).toBeGreaterThan(3)
    })
  }

  it('yields no logprobs part when they are not asked for', async () => {
    expect(tokensOf(await recognize(false, false))).toEqual([])
    expect(tokensOf(await recognize(true, false))).toEqual([])
  })
})

describe('toTokenLogprobs', () => {
  it('keeps token, logprob and bytes, and drops entries that are not tokens', () => {
    expect(
      toTokenLogprobs({
        content: [
          { token: 'G', logprob: -0.1, bytes: [71], top_logprobs: [] },
          { token: null, logprob: -0.2 } as never,
          { token: '1', logprob: -0.3, bytes: null, top_logprobs: [] },
        ],
      }),
    ).toEqual([
      { token: 'G', logprob: -0.1, bytes: [71] },
      { token: '1', logprob: -0.3 },
    ])
    expect(toTokenLogprobs(null)).toEqual([])
    expect(toTokenLogprobs({ content: null })).toEqual([])
  })
})
