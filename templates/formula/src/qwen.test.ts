import { fileURLToPath } from 'node:url'
import { createQwenEngine, extract } from '@tiqu/core'
import { sequenceReplies, startFakeQwenServer } from '@tiqu/testing'
import { expect, it } from 'vitest'
import template from './index.js'

const example = template.examples?.[3]
const image = fileURLToPath(new URL(`../${example?.image}`, import.meta.url))

it("reads Qwen-OCR's $$-delimited LaTeX as the bare formula, and flags one cut off", async () => {
  const latex = example?.expected.latex as string
  const server = await startFakeQwenServer({
    reply: sequenceReplies(
      { content: `$$\n${latex}\n$$` },
      { content: `$$\n${latex.slice(0, 20)}`, finishReason: 'length' },
    ),
  })
  try {
    const engine = createQwenEngine({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 })
    const whole = await extract({ input: image, engine, template })
    expect(whole.data).toEqual({ latex })
    expect(whole.valid).toBe(true)
    const cut = await extract({ input: image, engine, template, stream: true })
    expect(cut.valid).toBe(false)
    expect(cut.issues.map((issue) => issue.path)).toContain('/latex')
  } finally {
    await server.close()
  }
})
