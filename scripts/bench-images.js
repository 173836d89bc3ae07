// @ts-check
// Bytes sent for a camera photo with and without client-side downscaling: a 4000×3000 photo-like JPEG
// sent by the qwen engine with max_pixels 1,048,576, against a loopback server that records each request.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@tiqu/core'
import { startFakeQwenServer } from '@tiqu/qwen-fake-server'
import sharp from 'sharp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const maxPixels = 1_048_576
const runs = 5

/** A photo-like 4000×3000 JPEG: smooth colour fields under camera grain, quality 92 as phones write. */
async function cameraPhoto() {
  const width = 4000
  const height = 3000
  const base = await sharp({
    create: {
      width: 48,
      height: 36,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer()
  const grain = await sharp({
    create: {
      width: 251,
      height: 241,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 14 },
    },
  })
    .png()
    .toBuffer()
  return sharp(base, { raw: { width, height, channels: 3 } })
    .composite([{ input: grain, blend: 'overlay', tile: true }])
    .jpeg({ quality: 92 })
    .toBuffer()
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

export async function benchImageDownscaling() {
  const photo = await cameraPhoto()
  const server = await startFakeQwenServer({ apiKey: 'sk-bench', reply: { content: 'ok' } })
  const image = /** @type {const} */ ({
    kind: 'bytes',
    bytes: photo,
    mimeType: 'image/jpeg',
    source: 'photo.jpg',
  })
  /** @param {boolean} downscaleImages */
  const measure = async (downscaleImages) => {
    const engine = core.createQwenEngine({
      apiKey: 'sk-bench',
      baseURL: server.baseURL,
      maxRetries: 0,
      downscaleImages,
    })
    /** @type {number[]} */
    const times = []
    for (let run = 0; run < runs; run++) {
      server.requests.length = 0
      const started = performance.now()
      for await (const _ of engine.doRecognize({ image, options: { max_pixels: maxPixels } })) {
      }
      times.push(performance.now() - started)
    }
    const request = server.requests[0]
    const url = String(/** @type {any} */ (request?.body?.messages?.[0]?.content)?.[0]?.image_url?.url)
    const sent = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')
    const { width, height } = await sharp(sent).metadata()
    return {
      request_bytes: request?.rawBody.length ?? 0,
      image_bytes: sent.length,
      width,
      height,
      ms: median(times),
    }
  }
  const whole = await measure(false)
  const downscaled = await measure(true)
  await server.close()

  // The cost of the check every image pays: reading the header of the 200 KB sample ticket.
  let headerMicroseconds
  const readImageHeader = /** @type {any} */ (core).readImageHeader
  if (typeof readImageHeader === 'function') {
    const sample = new Uint8Array(await readFile(path.join(root, 'examples/train-ticket.jpg')))
    const iterations = 100_000
    for (let index = 0; index < 10_000; index++) readImageHeader(sample)
    const started = performance.now()
    for (let index = 0; index < iterations; index++) readImageHeader(sample)
    headerMicroseconds = ((performance.now() - started) * 1000) / iterations
  }
  return {
    photo_bytes: photo.length,
    whole,
    downscaled,
    ratio: downscaled.request_bytes / whole.request_bytes,
    headerMicroseconds,
  }
}

export function reportImageDownscaling(
  /** @type {Awaited<ReturnType<typeof benchImageDownscaling>>} */ result,
) {
  console.log(
    `\nimage downscaling: a 4000×3000 photo-like JPEG (${(result.photo_bytes / 1e6).toFixed(2)} MB) sent with max_pixels ${maxPixels.toLocaleString('en-US')}, median of ${runs} requests`,
  )
  console.table(
    [
      ['without client-side downscaling', result.whole],
      ['with client-side downscaling', result.downscaled],
    ].map(([label, side]) => {
      const row = /** @type {Awaited<ReturnType<typeof benchImageDownscaling>>['whole']} */ (side)
      return {
        '': label,
        'image sent': `${row.width}×${row.height} (${(((row.width ?? 0) * (row.height ?? 0)) / 1e6).toFixed(2)} MP)`,
        'image bytes': row.image_bytes.toLocaleString('en-US'),
        'request bytes': row.request_bytes.toLocaleString('en-US'),
        'ms / request': row.ms.toFixed(1),
      }
    }),
  )
  console.log(
    `bytes sent with / without downscaling: ${result.ratio.toFixed(3)} (${(1 / result.ratio).toFixed(1)}× fewer)`,
  )
  console.log(
    result.headerMicroseconds === undefined
      ? 'header check per image: not measured (readImageHeader is not exported from @tiqu/core)'
      : `header check per image (examples/train-ticket.jpg, 217 KB): ${result.headerMicroseconds.toFixed(2)} µs; target < 100 µs`,
  )
}
