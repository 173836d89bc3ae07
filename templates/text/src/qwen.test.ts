import { fileURLToPath } from 'node:url'
import { createQwenEngine, extract } from '@tiqu/core'
import { startFakeQwenServer } from '@tiqu/testing'
import { expect, it } from 'vitest'
import template from './index.js'
import { prompt } from './prompt.js'

const example = template.examples?.[0]
const image = fileURLToPath(new URL(`../${example?.image}`, import.meta.url))

it("sends Qwen-OCR's default prompt and keeps its plain answer whole, streamed or not", async () => {
  const text = example?.expected.text as string
  const server = await startFakeQwenServer({ reply: { content: text } })
  try {
    const engine = createQwenEngine({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 })
    for (const stream of [false, true]) {
      const result = await extract({ input: image, engine, template, stream })
      expect(result.data).toEqual({ text })
      expect(result.valid).toBe(true)
    }
    const content = server.requests[0]?.body?.messages?.[0]?.content
    expect(Array.isArray(content) && content.find((part) => part.type === 'text')?.text).toBe(prompt)
  } finally {
    await server.close()
  }
})
