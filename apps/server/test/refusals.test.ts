import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from '../src/index.js'
import { readTicket, serverKey, startLoopback } from './helpers.js'

const auth = { authorization: `Bearer ${serverKey}` }
const answer = JSON.stringify({ train_number: 'G1234' })

let ticket: Buffer
let upstream: FakeQwenServer
let app: FastifyInstance

beforeAll(async () => {
  ticket = await readTicket()
  upstream = await startFakeQwenServer({ reply: { content: answer } })
  app = await createServer({
    engine: 'qwen',
    dashscopeApiKey: 'sk-upstream',
    baseURL: upstream.baseURL,
    keys: [serverKey],
    env: {},
    // The redirecting host of one test lives on 127.0.0.3; every other private address stays refused.
    imageFetchAllow: ['127.0.0.3/32'],
  })
})
afterAll(async () => {
  await app.close()
  await upstream.close()
})

function extractJson(body: unknown, headers: Record<string, string> = auth) {
  return app.inject({ method: 'POST', url: '/v1/extract', headers, payload: body as object })
}

function multipart(fields: Array<{ name: string; value: string | Buffer; filename?: string }>) {
  const boundary = '----tiqu-test-boundary'
  const chunks: Buffer[] = []
  for (const field of fields) {
    const disposition = `form-data; name="${field.name}"${field.filename ? `; filename="${field.filename}"` : ''}`
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`))
    chunks.push(Buffer.isBuffer(field.value) ? field.value : Buffer.from(field.value))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

// After every refusal the server must still read a ticket: nothing it refused may break it.
async function expectStillServing() {
  const response = await extractJson({
    template: 'train-ticket',
    image: { base64: ticket.toString('base64') },
  })
  expect(response.statusCode).toBe(200)
  expect(response.json().data.train_number).toBe('G1234')
}

describe('tiqu-server refuses bad requests with a clear 4xx and keeps serving', () => {
  it('no key: 401 with WWW-Authenticate', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/templates' })
    expect(response.statusCode).toBe(401)
    expect(response.headers['www-authenticate']).toBe('Bearer')
    expect(response.json().error).toMatchObject({ code: 'TIQU_UNAUTHORIZED' })
    expect(response.json().error.message).toContain('Authorization: Bearer')
    await expectStillServing()
  })

  it('wrong key: 401', async () => {
    const response = await extractJson(
      { image: { base64: ticket.toString('base64') } },
      { authorization: 'Bearer test-key-0123456789abcdeX' },
    )
    expect(response.statusCode).toBe(401)
    expect(response.json().error.message).toContain('not valid')
    await expectStillServing()
  })

  it('a 30 MB JSON body: 413', async () => {
    const response = await extractJson({ image: { base64: 'A'.repeat(30 * 1024 * 1024) } })
    expect(response.statusCode).toBe(413)
    expect(response.json().error.code).toBe('TIQU_BODY_TOO_LARGE')
    await expectStillServing()
  })

  it('a 30 MB upload: 413', async () => {
    const form = multipart([
      { name: 'file', value: Buffer.alloc(30 * 1024 * 1024, 0xff), filename: 'big.jpg' },
    ])
    const response = await app.inject({
      method: 'POST',
      url: '/v1/extract',
      headers: { ...auth, 'content-type': form.contentType },
      payload: form.payload,
    })
    expect(response.statusCode).toBe(413)
    expect(response.json().error.code).toBe('TIQU_BODY_TOO_LARGE')
    await expectStillServing()
  })

  it('an image whose header claims 900 megapixels: 413 before decoding', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000075300000753008060000000000000000', 'hex')
    const response = await extractJson({ image: { base64: png.toString('base64') } })
    expect(response.statusCode).toBe(413)
    expect(response.json().error).toMatchObject({ code: 'TIQU_IMAGE_TOO_LARGE' })
    expect(response.json().error.message).toContain('30000×30000')
  })

  it('a non-image upload: 415 that says what the file looks like', async () => {
    const form = multipart([
      { name: 'template', value: 'train-ticket' },
      { name: 'file', value: 'name,price\nticket,553.0\n', filename: 'ticket.jpg' },
    ])
    const response = await app.inject({
      method: 'POST',
      url: '/v1/extract',
      headers: { ...auth, 'content-type': form.contentType },
      payload: form.payload,
    })
    expect(response.statusCode).toBe(415)
    expect(response.json().error.code).toBe('TIQU_UNSUPPORTED_IMAGE')
    expect(response.json().error.message).toContain('is not an image')
    expect(upstream.requests.filter((request) => request.rawBody.includes('name,price'))).toHaveLength(0)
    await expectStillServing()
  })

  it('an unknown template: 404 listing the installed ones', async () => {
    const response = await extractJson({
      template: 'trian-ticket',
      image: { base64: ticket.toString('base64') },
    })
    expect(response.statusCode).toBe(404)
    expect(response.json().error.code).toBe('TIQU_TEMPLATE_NOT_FOUND')
    expect(response.json().error.message).toContain("Did you mean 'train-ticket'?")
    const listed = await app.inject({ method: 'GET', url: '/v1/templates/no-such-template', headers: auth })
    expect(listed.statusCode).toBe(404)
    await expectStillServing()
  })

  it.each([
    ['http://127.0.0.1/', '127.0.0.1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://[::ffff:169.254.169.254]/', '169.254.169.254'],
    ['http://10.0.0.1/ticket.jpg', '10.0.0.1'],
  ])('the image URL %s: 400, never fetched', async (url, address) => {
    const response = await extractJson({ template: 'train-ticket', image: { url } })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('TIQU_URL_REFUSED')
    expect(response.json().error.message).toContain('not a public address')
    expect(response.json().error.message).toContain(address.includes(':') ? address : address.split('/')[0])
    await expectStillServing()
  })

  it('file:///etc/passwd: 400, and nothing of the file comes back', async () => {
    const response = await extractJson({ template: 'train-ticket', image: { url: 'file:///etc/passwd' } })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('TIQU_URL_REFUSED')
    expect(response.json().error.message).toContain('only http(s) URLs are fetched')
    expect(response.body).not.toContain('root:')
    const chat = await app.inject({
      method: 'POST',
      url: '/compatible-mode/v1/chat/completions',
      headers: auth,
      payload: {
        model: 'qwen-vl-ocr-2025-11-20',
        messages: [
          { role: 'user', content: [{ type: 'image_url', image_url: { url: 'file:///etc/passwd' } }] },
        ],
      },
    })
    expect(chat.statusCode).toBe(400)
    expect(chat.json().error).toMatchObject({
      code: 'invalid_parameter_error',
      tiqu_code: 'TIQU_URL_REFUSED',
    })
    await expectStillServing()
  })

  it('a URL that redirects to a private address: 400, and the private host is never reached', async () => {
    // 127.0.0.2 is loopback too, and not in the allow list: the redirect's target must be refused.
    const secret = await startLoopback((_request, response) => response.end('secret'), '127.0.0.2')
    const redirector = await startLoopback((request, response) => {
      const target = request.url === '/to-metadata' ? 'http://169.254.169.254/latest/' : `${secret.url}/admin`
      response.writeHead(302, { location: target })
      response.end()
    }, '127.0.0.3')
    try {
      for (const path of ['/to-private', '/to-metadata']) {
        const response = await extractJson({
          template: 'train-ticket',
          image: { url: `${redirector.url}${path}` },
        })
        expect(response.statusCode).toBe(400)
        expect(response.json().error.code).toBe('TIQU_URL_REFUSED')
        expect(response.json().error.message).toContain('reached by a redirect')
      }
      expect(redirector.requests()).toBe(2)
      expect(secret.requests()).toBe(0)
    } finally {
      await Promise.all([secret.close(), redirector.close()])
    }
    await expectStillServing()
  })

  it('malformed JSON: 400 that says the body is not JSON', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/extract',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"template": "train-ticket", "image": {',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('TIQU_INVALID_REQUEST')
    expect(response.json().error.message).toContain('not valid JSON')
    const shape = await extractJson({ template: 'train-ticket', image: { path: '/etc/passwd' } })
    expect(shape.statusCode).toBe(400)
    expect(shape.json().error.code).toBe('TIQU_INVALID_REQUEST')
    const chat = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"model": ',
    })
    expect(chat.statusCode).toBe(400)
    expect(chat.json().error).toMatchObject({
      code: 'invalid_parameter_error',
      type: 'invalid_request_error',
    })
    await expectStillServing()
  })

  it('an option out of range: 400 naming it, before any upstream call', async () => {
    const before = upstream.requests.length
    const response = await extractJson({
      template: 'train-ticket',
      image: { base64: ticket.toString('base64') },
      options: { temperature: 0.5, top_p: 0.5 },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('TIQU_INVALID_OPTION')
    expect(response.json().error.message).toContain('temperature')
    expect(upstream.requests.length).toBe(before)
  })
})

describe('a schema of the caller’s', () => {
  const order = {
    type: 'object',
    properties: { order_id: { type: 'string', description: 'Order number.' } },
    required: ['order_id'],
  }
  let schemaApp: FastifyInstance
  let schemaUpstream: FakeQwenServer

  beforeAll(async () => {
    const { createRegistry, defineTemplate } = await import('@tiqu/core')
    const anyFields = defineTemplate({
      id: 'any-fields',
      version: '1.0.0',
      title: 'Any fields',
      description: 'Reads the fields of the schema given.',
      prompt: ({ schema }) => `Fill: ${Object.keys(schema?.properties ?? {}).join(', ')}`,
      schema: { type: 'object', properties: { text: { type: 'string', description: 'All text.' } } },
      takesSchema: true,
    })
    schemaUpstream = await startFakeQwenServer({ reply: { content: '{"order_id": "A-17"}' } })
    schemaApp = await createServer({
      engine: 'qwen',
      dashscopeApiKey: 'sk-upstream',
      baseURL: schemaUpstream.baseURL,
      env: {},
      registry: createRegistry({ templates: [anyFields] }),
    })
  })
  afterAll(async () => {
    await schemaApp.close()
    await schemaUpstream.close()
  })

  const post = (body: object) => schemaApp.inject({ method: 'POST', url: '/v1/extract', payload: body })

  it('is sent in the prompt and judges the answer, for a template that takes one', async () => {
    const response = await post({
      template: 'any-fields',
      schema: order,
      image: { base64: ticket.toString('base64') },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ data: { order_id: 'A-17' }, valid: true })
    expect(JSON.stringify(schemaUpstream.requests.at(-1)?.body?.messages)).toContain('Fill: order_id')
  })

  it('is asked for when the template takes one, and refused otherwise: 400 naming schema', async () => {
    const missing = await post({ template: 'any-fields', image: { base64: ticket.toString('base64') } })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error.message).toMatch(/send it as `schema`/)
    const empty = await post({
      template: 'any-fields',
      schema: { type: 'object' },
      image: { base64: 'AA==' },
    })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error.message).toMatch(/names no fields/)
  })
})
