import { fileURLToPath } from 'node:url'
import { createQwenEngine, extract } from '@tiqu/core'
import { startFakeQwenServer } from '@tiqu/testing'
import { expect, it } from 'vitest'
import template from './index.js'

const example = template.examples?.[0]
const image = fileURLToPath(new URL(`../${example?.image}`, import.meta.url))

it("sends its prompt and reads the page from Qwen-OCR's fenced LaTeX, streamed", async () => {
  const latex = example?.expected.latex as string
  const server = await startFakeQwenServer({ reply: { content: `\`\`\`latex\n${latex}\n\`\`\`` } })
  try {
    const engine = createQwenEngine({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 })
    const result = await extract({ input: image, engine, template, stream: true })
    expect(result.data).toEqual({ latex })
    expect(result.valid).toBe(true)
    expect(server.requests[0]?.rawBody).toContain('Transcribe this document page into LaTeX')
  } finally {
    await server.close()
  }
})
