import { fileURLToPath } from 'node:url'
import { createQwenEngine, extract } from '@tiqu/core'
import { createLocalEngine } from '@tiqu/engine-local'
import { startFakeQwenServer } from '@tiqu/testing'
import { expect, it } from 'vitest'
import template from './index.js'
import { prompt } from './prompt.js'

const example = template.examples?.[2]
const image = fileURLToPath(new URL(`../${example?.image}`, import.meta.url))

it('sends its prompt to Qwen-OCR and reads the fenced HTML it answers, merged cells spread', async () => {
  const html = example?.expected.html as string
  const server = await startFakeQwenServer({ reply: { content: `\`\`\`html\n${html}\n\`\`\`` } })
  try {
    const engine = createQwenEngine({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 })
    const result = await extract({ input: image, engine, template, stream: true })
    expect(result.data).toEqual(example?.expected)
    expect(result.valid).toBe(true)
    expect(server.requests[0]?.rawBody).toContain(JSON.stringify(prompt).slice(1, -1))
  } finally {
    await server.close()
  }
})

it('is refused by the embedded engine, which names the qwen engine instead of guessing cells', async () => {
  const engine = createLocalEngine()
  try {
    await expect(extract({ input: image, engine, template })).rejects.toMatchObject({
      code: 'TIQU_ENGINE_UNSUPPORTED',
      message: expect.stringMatching(/'html' as an HTML table.*--engine qwen/s),
    })
  } finally {
    await engine.close?.()
  }
})
