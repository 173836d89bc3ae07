import { fileURLToPath } from 'node:url'
import { createQwenEngine, extract } from '@tiqu/core'
import { expect, it } from 'vitest'
import { parcelLabelTemplate } from './__fixtures__/parcel-label.js'
import { sequenceReplies, startFakeQwenServer } from './index.js'

const image = fileURLToPath(new URL('./__fixtures__/parcel-label-upright.jpg', import.meta.url))
const expected = parcelLabelTemplate.examples?.[0]?.expected

it("re-exports the fake Qwen-OCR server, so a template's test sees its prompt sent and its JSON parsed", async () => {
  const server = await startFakeQwenServer({
    reply: sequenceReplies({ content: 'Here is the label.' }, { content: JSON.stringify(expected) }),
  })
  try {
    const engine = createQwenEngine({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 })
    const result = await extract({ input: image, engine, template: parcelLabelTemplate })
    expect(result.data).toEqual(expected)
    expect(result.valid).toBe(true)
    expect(server.requests[0]?.rawBody).toContain("'tracking_number': 'xxx'")
  } finally {
    await server.close()
  }
})
