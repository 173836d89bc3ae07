// @ts-check
import sharp from 'sharp'

/** How a document reaches the reader: as scanned, turned, skewed, out of focus, or a noisy photo. */
export const variants = /** @type {const} */ (['upright', 'rotated', 'skewed', 'blurred', 'noisy'])

/** @typedef {(typeof variants)[number]} Variant */

/**
 * What was done to one image, with the amounts, for the report.
 * @typedef {object} Degradation
 * @property {Variant} variant
 * @property {string} detail e.g. 'rotated 90°', 'skewed -2.7°', 'blur σ 1.4', 'noise σ 12, JPEG q 30'
 */

/**
 * Encodes a drawn page as a JPEG the way it would arrive: `upright` as a clean scan; `rotated` by a
 * right angle (`turn`); `skewed` by a few degrees, as a page fed crooked into a scanner; `blurred` as a
 * photo slightly out of focus; `noisy` as a dim phone photo, sensor noise and heavy JPEG compression.
 * @param {import('@napi-rs/canvas').Canvas} canvas
 * @param {Variant} variant
 * @param {() => number} random
 * @param {{ turn?: 90 | 180 | 270 }} [options]
 * @returns {Promise<{ bytes: Buffer, degradation: Degradation }>}
 */
export async function degradeImage(canvas, variant, random, options = {}) {
  const { width, height } = canvas
  const pixels = Buffer.from(canvas.data())
  let quality = 90
  let detail = 'clean scan, JPEG q 90'
  if (variant === 'noisy') {
    const sigma = 10 + Math.round(random() * 6)
    quality = 25 + Math.round(random() * 15)
    addNoise(pixels, random, sigma)
    detail = `dimmed, noise σ ${sigma}, JPEG q ${quality}`
  }
  let image = sharp(pixels, { raw: { width, height, channels: 4 } }).removeAlpha()
  if (variant === 'rotated') {
    const turn = options.turn ?? 90
    image = image.rotate(turn)
    detail = `rotated ${turn}°, JPEG q 90`
  } else if (variant === 'skewed') {
    const angle = (random() < 0.5 ? -1 : 1) * (1.5 + random() * 3)
    image = image.rotate(angle, { background: '#ffffff' })
    detail = `skewed ${angle.toFixed(1)}°, JPEG q 90`
  } else if (variant === 'blurred') {
    const sigma = 1 + random() * 0.8
    image = image.blur(sigma)
    detail = `blur σ ${sigma.toFixed(1)}, JPEG q 90`
  }
  const bytes = await image.jpeg({ quality }).toBuffer()
  return { bytes, degradation: { variant, detail } }
}

/**
 * Darkens the page a little (a photo's grey paper) and adds Gaussian noise, in place, RGBA.
 * @param {Buffer} pixels
 * @param {() => number} random
 * @param {number} sigma
 */
function addNoise(pixels, random, sigma) {
  for (let index = 0; index < pixels.length; index += 4) {
    // Box–Muller: one normal deviate a pixel, the same on R, G and B, as a luminance sensor noise.
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
    const shift = normal * sigma
    for (let channel = 0; channel < 3; channel++) {
      const value = /** @type {number} */ (pixels[index + channel]) * 0.86 + 12 + shift
      pixels[index + channel] = Math.max(0, Math.min(255, Math.round(value)))
    }
  }
}
