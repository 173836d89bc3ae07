import { fileURLToPath } from 'node:url'
import { createQwenEngine, extract, withSchema } from '@tiqu/core'
import { sequenceReplies, startFakeQwenServer } from '@tiqu/testing'
import { expect, it } from 'vitest'
import template from './index.js'

const image = fileURLToPath(new URL(`../${template.examples?.[0]?.image}`, import.meta.url))

const orderSchema = {
  type: 'object',
  properties: {
    订单号: { type: 'string', description: '采购订单编号' },
    lines: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          item: { type: 'string', description: '品名' },
          quantity: { type: 'string', description: '数量' },
        },
        required: ['item', 'quantity'],
      },
    },
  },
  required: ['订单号', 'lines'],
}

it("sends the caller's schema as the template to fill, and checks the answer against it", async () => {
  const answer = { 订单号: 'PO-2025-0412', lines: [{ item: '工控主板 B760', quantity: '20' }] }
  const server = await startFakeQwenServer({
    reply: sequenceReplies(
      { content: `\`\`\`json\n${JSON.stringify(answer)}\n\`\`\`` },
      { content: '{"订单号": 412}' },
    ),
  })
  try {
    const engine = createQwenEngine({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 })
    const orders = withSchema(template, orderSchema)
    const good = await extract({ input: image, engine, template: orders })
    expect(good.data).toEqual(answer)
    expect(good.valid).toBe(true)
    const prompt = server.requests[0]?.body?.messages?.[0]?.content
    const text = Array.isArray(prompt) ? String(prompt.find((part) => part.type === 'text')?.text) : ''
    expect(text).toContain('"订单号": "采购订单编号"')
    expect(text).toContain('"lines": [\n    {\n      "item": "品名"')
    expect(text).not.toContain('document_number')

    const bad = await extract({ input: image, engine, template: orders, repairAttempts: 0 })
    expect(bad.valid).toBe(false)
    expect(bad.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['/订单号', '/lines']))
  } finally {
    await server.close()
  }
})

it('asks for the default document header when no schema is given', () => {
  const text = typeof template.prompt === 'function' ? template.prompt({}) : template.prompt
  expect(text).toContain('"document_number": "The document\'s own number')
})
