import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { HttpError } from './http-error.js'
import { type AllowedRanges, isPublicAddress } from './is-public-address.js'

/** Options of {@link fetchPublicImage}. */
export interface FetchPublicImageOptions {
  /** @default 10_485_760 */
  maxBytes?: number
  /** For the whole download, redirects included. @default 10_000 */
  timeoutMs?: number
  /** @default 3 */
  maxRedirects?: number
  /** Non-public ranges let through anyway. @default [] */
  allow?: AllowedRanges
  /** @default undefined (never aborted) */
  signal?: AbortSignal
}

const refusedMark = Symbol('refused address')

/**
 * Downloads an image from a caller's URL without letting the caller reach the server's own network:
 * only http(s); every address the host name resolves to must be public; the connection goes to the
 * address that was checked (the check happens in the socket's own DNS lookup, so a second resolution
 * cannot swap in a private address); redirects are followed by hand and each hop is checked again;
 * the size and the time are bounded.
 */
export async function fetchPublicImage(
  url: string,
  options: FetchPublicImageOptions = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024
  const maxRedirects = options.maxRedirects ?? 3
  const allow = options.allow ?? []
  const deadline = AbortSignal.timeout(options.timeoutMs ?? 10_000)
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline
  let current = parseUrl(url)
  for (let hop = 0; ; hop += 1) {
    const response = await request(current, allow, signal, url, options.timeoutMs ?? 10_000)
    const status = response.statusCode ?? 0
    if (status >= 300 && status < 400 && response.headers.location) {
      response.destroy()
      if (hop >= maxRedirects) {
        throw new HttpError(
          422,
          'TIQU_INPUT_NOT_FOUND',
          `The image URL ${url} redirects more than ${maxRedirects} times. Pass the final URL of the image.`,
        )
      }
      current = parseUrl(new URL(response.headers.location, current).href, url)
      continue
    }
    if (status < 200 || status >= 300) {
      response.destroy()
      throw new HttpError(
        422,
        'TIQU_INPUT_NOT_FOUND',
        `Could not download ${url}: the server answered ${status}. Check the URL, or upload the image instead.`,
      )
    }
    return readBody(response, maxBytes, url)
  }
}

function parseUrl(text: string, original = text): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new HttpError(
      400,
      'TIQU_URL_REFUSED',
      `'${original}' is not a URL. Pass an http(s) URL of an image.`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const hop = text === original ? '' : ` (it redirects to ${url.protocol} ${text})`
    throw new HttpError(
      400,
      'TIQU_URL_REFUSED',
      `Image URL '${original}' is refused${hop}: only http(s) URLs are fetched, and the server never reads its own files. ` +
        'Upload the image (multipart field `file`) or send it as `image.base64`.',
    )
  }
  return url
}

function refused(original: string, address: string, hop: string): HttpError {
  const via = hop === original ? '' : ` (reached by a redirect to ${hop})`
  return new HttpError(
    400,
    'TIQU_URL_REFUSED',
    `Image URL '${original}' is refused: ${address}${via} is not a public address (loopback, private, link-local ` +
      'and metadata addresses are never fetched). Use a publicly reachable URL, or upload the image.',
  )
}

function request(
  url: URL,
  allow: AllowedRanges,
  signal: AbortSignal,
  original: string,
  timeoutMs: number,
): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  // A literal address never goes through the DNS lookup below, so it is checked here.
  if (isIP(host) !== 0 && !isPublicAddress(host, allow))
    return Promise.reject(refused(original, host, url.href))
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { all: true, family: lookupOptions.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      const list = addresses as LookupAddress[]
      // Every address must pass: a host that resolves to one public and one private address could
      // otherwise be connected to the private one.
      const bad = list.find((entry) => !isPublicAddress(entry.address, allow))
      if (bad || list.length === 0) {
        const refusal = Object.assign(refused(original, bad?.address ?? hostname, url.href), {
          [refusedMark]: true,
        })
        return callback(refusal as unknown as NodeJS.ErrnoException, '', 0)
      }
      if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list)
      const first = list[0] as LookupAddress
      callback(null, first.address, first.family)
    })
  }
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const outgoing = client.get(url, {
      lookup,
      signal,
      agent: false,
      headers: { accept: 'image/*', 'user-agent': 'tiqu-server' },
    })
    outgoing.once('response', resolve)
    outgoing.once('error', (error) => {
      if ((error as { [refusedMark]?: boolean })[refusedMark]) return reject(error)
      if (signal.aborted) {
        return reject(
          new HttpError(
            422,
            'TIQU_INPUT_NOT_FOUND',
            `Downloading ${original} took longer than ${timeoutMs / 1000} s. Use a faster host, or upload the image.`,
          ),
        )
      }
      reject(
        new HttpError(
          422,
          'TIQU_INPUT_NOT_FOUND',
          `Could not download ${original}: ${error.message}. Check the URL, or upload the image instead.`,
          { cause: error },
        ),
      )
    })
  })
}

async function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new HttpError(
      413,
      'TIQU_IMAGE_TOO_LARGE',
      `The image at ${url} is larger than ${(maxBytes / 1048576).toFixed(0)} MiB, the server's limit. Scale it down or compress it.`,
    )
  const declared = Number(response.headers['content-length'] ?? 0)
  if (declared > maxBytes) {
    response.destroy()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      total += chunk.byteLength
      if (total > maxBytes) {
        response.destroy()
        throw tooLarge()
      }
      chunks.push(chunk)
    }
  } catch (error) {
    if (error instanceof HttpError) throw error
    throw new HttpError(
      422,
      'TIQU_INPUT_NOT_FOUND',
      `Downloading ${url} failed midway: ${(error as Error).message}. Try again, or upload the image.`,
      { cause: error },
    )
  }
  const buffer = Buffer.concat(chunks)
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
