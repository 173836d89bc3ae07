import OpenAI from 'openai'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeQwenServer, startFakeQwenServer } from './start-fake-qwen-server.js'
import { tokenLogprobs } from './token-logprobs.js'
import { tokenizeContent } from './tokenize-content.js'

const answer = "```json\n{'train_number': 'G1234', 'ticket_price': '553.0', 'passenger_name': '张三'}\n```"

let server: FakeQwenServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const ask = (fake: FakeQwenServer, extra: Record<string, unknown>) =>
  new OpenAI({ apiKey: 'sk-test', baseURL: fake.baseURL, maxRetries: 0 }).chat.completions.create({
    model: 'qwen-vl-ocr-2025-11-20',
    messages: [{ role: 'user', content: [{ type: 'text', text: 'Extract.' }] }],
    ...extra,
  })

describe('tokenizeContent', () => {
  it('splits digits and Han characters one by one, and always joins back into the text', () => {
    expect(tokenizeContent("'G1234': '张三' Shanghaihongqiao")).toEqual([
      "'",
      'G',
      '1',
      '2',
      '3',
      '4',
      "': ",
      "'",
      '张',
      '三',
      "' ",
      'Shangh',
      'aihong',
      'qiao',
    ])
    for (const text of [answer, '  \n\t¥553.5元 😀 Ｇ１２', '', 'a'.repeat(20)])
      expect(tokenizeContent(text).join('')).toBe(text)
  })
})

describe('tokenLogprobs', () => {
  it('gives every token its UTF-8 bytes and a small deterministic logprob, lower where asked', () => {
    const tokens = tokenLogprobs(answer, 0, { substrings: { '553.0': -2 } })
    expect(tokens.map((token) => token.token).join('')).toBe(answer)
    expect(tokenLogprobs(answer, 0, { substrings: { '553.0': -2 } })).toEqual(tokens)
    const han = tokens.find((token) => token.token === '张')
    expect(han?.bytes).toEqual([0xe5, 0xbc, 0xa0])
    const low = tokens.filter((token) => token.logprob === -2).map((token) => token.token)
    expect(low.join('')).toBe('553.0')
    for (const token of tokens.filter((token) => token.logprob !== -2)) {
      expect(token.logprob).toBeLessThan(0)
      expect(token.logprob).toBeGreaterThan(-0.011)
    }
  })

  it('lists top_logprobs candidates by probability, summing to at most 1', () => {
    for (const token of tokenLogprobs(answer, 5, { substrings: { G1234: -1.5 } })) {
      expect(token.top_logprobs).toHaveLength(5)
      expect(token.top_logprobs).toContainEqual({
        token: token.token,
        logprob: token.logprob,
        bytes: token.bytes,
      })
      const probabilities = token.top_logprobs.map((candidate) => Math.exp(candidate.logprob))
      expect(probabilities.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(1 + 1e-12)
      expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities)
    }
  })
})

describe('the fake server with logprobs', () => {
  it('sends logprobs.content spelling the answer in a chat.completion, only when asked', async () => {
    server = await startFakeQwenServer({ reply: { content: answer, logprobs: { substrings: { 张三: -3 } } } })
    const plain = await ask(server, {})
    expect(plain.choices[0]?.logprobs).toBeNull()
    const completion = await ask(server, { logprobs: true, top_logprobs: 2 })
    const content = completion.choices[0]?.logprobs?.content ?? []
    expect(content.map((token) => token.token).join('')).toBe(answer)
    expect(content.find((token) => token.token === '三')).toMatchObject({
      logprob: -3,
      bytes: [0xe4, 0xb8, 0x89],
    })
    expect(content.every((token) => token.top_logprobs.length === 2)).toBe(true)
  })

  it('streams whole tokens per chunk, each chunk carrying the tokens of its delta', async () => {
    server = await startFakeQwenServer({ reply: { content: answer, chunkSize: 5 } })
    const stream = await new OpenAI({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      maxRetries: 0,
    }).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Extract.' }] }],
      logprobs: true,
      stream: true,
    })
    const chunks = []
    for await (const chunk of stream) chunks.push(chunk)
    const withText = chunks.filter((chunk) => chunk.choices[0]?.delta.content)
    expect(withText.length).toBeGreaterThan(5)
    for (const chunk of withText) {
      const tokens = chunk.choices[0]?.logprobs?.content ?? []
      expect(tokens.map((token) => token.token).join('')).toBe(chunk.choices[0]?.delta.content)
      expect(tokens.every((token) => token.top_logprobs.length === 0)).toBe(true)
    }
    expect(withText.map((chunk) => chunk.choices[0]?.delta.content).join('')).toBe(answer)
    // The role chunk and the finish chunk carry no tokens.
    expect(chunks[0]?.choices[0]?.logprobs).toBeNull()
    expect(chunks.at(-1)?.choices[0]?.logprobs).toBeNull()
  })
})
