import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchPublicImage } from './fetch-public-image.js'
import { parseCidrs } from './is-public-address.js'

const servers: Array<ReturnType<typeof createServer>> = []
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections()
          server.close(resolve)
        }),
    ),
  )
})

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<number> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

const loopback = parseCidrs(['127.0.0.1'])

describe('fetchPublicImage', () => {
  it('refuses a host name that resolves to a private address, without connecting', async () => {
    let reached = 0
    const port = await serve((_request, response) => {
      reached += 1
      response.end('secret')
    })
    await expect(fetchPublicImage(`http://localhost:${port}/`)).rejects.toMatchObject({
      statusCode: 400,
      code: 'TIQU_URL_REFUSED',
    })
    expect(reached).toBe(0)
  })

  it('downloads from an allowed address, and follows a redirect there', async () => {
    const port = await serve((request, response) => {
      if (request.url === '/start') {
        response.writeHead(301, { location: '/image' })
        return response.end()
      }
      response.end(Buffer.from([1, 2, 3]))
    })
    const bytes = await fetchPublicImage(`http://127.0.0.1:${port}/start`, { allow: loopback })
    expect([...bytes]).toEqual([1, 2, 3])
  })

  it('stops after the redirect limit', async () => {
    const port = await serve((_request, response) => {
      response.writeHead(302, { location: '/again' })
      response.end()
    })
    await expect(
      fetchPublicImage(`http://127.0.0.1:${port}/`, { allow: loopback, maxRedirects: 3 }),
    ).rejects.toThrow(/redirects more than 3 times/)
  })

  it('refuses a redirect to another scheme', async () => {
    const port = await serve((_request, response) => {
      response.writeHead(302, { location: 'file:///etc/passwd' })
      response.end()
    })
    await expect(fetchPublicImage(`http://127.0.0.1:${port}/`, { allow: loopback })).rejects.toThrow(
      /only http\(s\) URLs/,
    )
  })

  it('stops reading past the size limit, whether or not the length is declared', async () => {
    const port = await serve((request, response) => {
      if (request.url === '/declared') response.setHeader('content-length', '2000')
      response.end(Buffer.alloc(2000))
    })
    for (const path of ['/declared', '/chunked']) {
      await expect(
        fetchPublicImage(`http://127.0.0.1:${port}${path}`, { allow: loopback, maxBytes: 1000 }),
      ).rejects.toMatchObject({ statusCode: 413, code: 'TIQU_IMAGE_TOO_LARGE' })
    }
  })

  it('gives up on a host that does not answer in time', async () => {
    const port = await serve(() => {})
    const started = performance.now()
    await expect(
      fetchPublicImage(`http://127.0.0.1:${port}/`, { allow: loopback, timeoutMs: 200 }),
    ).rejects.toThrow(/took longer than 0.2 s/)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('says so when the host answers an error status', async () => {
    const port = await serve((_request, response) => {
      response.writeHead(404)
      response.end()
    })
    await expect(fetchPublicImage(`http://127.0.0.1:${port}/`, { allow: loopback })).rejects.toThrow(
      /answered 404/,
    )
  })
})
