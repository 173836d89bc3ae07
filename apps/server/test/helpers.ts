import { readFile } from 'node:fs/promises'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { type AddressInfo, connect, createServer as createNetServer, type Socket } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** A server key long enough to be accepted. */
export const serverKey = 'test-key-0123456789abcdef'

/** The seed's prompt, exactly as Alibaba's page has it (with its leading and trailing newline). */
export const seedPrompt = `
Please extract the invoice number, train number, departure station, arrival station, departure date and time, seat number, seat class, ticket price, ID card number, and passenger name from the train ticket image.
You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).
Return the data in JSON format as follows: {'invoice_number': 'xxx', 'departure_station': 'xxx', 'arrival_station': 'xxx', 'departure_date_and_time':'xxx', 'seat_number': 'xxx','ticket_price':'xxx', 'id_card_number': 'xxx', 'passenger_name': 'xxx'},
`

export async function readTicket(): Promise<Buffer> {
  return readFile(path.join(repositoryRoot, 'examples/train-ticket.jpg'))
}

export async function readExpected(): Promise<Record<string, string>> {
  return JSON.parse(await readFile(path.join(repositoryRoot, 'examples/train-ticket.expected.json'), 'utf8'))
}

/** The seed's messages, with the image URL and prompt of the test; `null` sends no text part. */
export function seedMessages(url: string, prompt: string | null = seedPrompt) {
  return [
    {
      role: 'user' as const,
      content: [
        // As in the seed: min_pixels / max_pixels beside image_url, which the SDK's types do not know.
        { type: 'image_url', image_url: { url }, min_pixels: 32 * 32 * 3, max_pixels: 32 * 32 * 8192 },
        ...(prompt === null ? [] : [{ type: 'text', text: prompt }]),
      ],
    },
  ] as never
}

/** A loopback HTTP server answering with `handler`; counts its requests. */
export async function startLoopback(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  host = '127.0.0.1',
): Promise<{ url: string; requests: () => number; close(): Promise<void>; server: Server }> {
  let count = 0
  const server = createHttpServer((request, response) => {
    count += 1
    handler(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}`,
    requests: () => count,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * A TCP proxy in front of a loopback server, to watch what flows to a client through it:
 * `lastByteAt()` is when the server last sent a byte (performance.now()).
 */
export async function startTcpProxy(
  target: string,
): Promise<{ url: string; lastByteAt(): number; close(): Promise<void> }> {
  const { hostname, port } = new URL(target)
  const sockets = new Set<Socket>()
  let lastByteAt = 0
  const server = createNetServer((incoming) => {
    const outgoing = connect(Number(port), hostname)
    sockets.add(incoming).add(outgoing)
    outgoing.on('data', () => {
      lastByteAt = performance.now()
    })
    incoming.pipe(outgoing).pipe(incoming)
    const closeBoth = () => {
      incoming.destroy()
      outgoing.destroy()
    }
    incoming.once('close', closeBoth)
    outgoing.once('close', closeBoth)
    incoming.on('error', closeBoth)
    outgoing.on('error', closeBoth)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  return {
    url: target.replace(`${hostname}:${port}`, `127.0.0.1:${address.port}`),
    lastByteAt: () => lastByteAt,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
