import type { SKRSContext2D } from '@napi-rs/canvas'
import type { DocumentElement, DocumentLayout, RenderOptions } from './document-layout.js'
import { addNoise } from './internal/add-noise.js'
import { checkLayout } from './internal/check-layout.js'
import { photograph } from './internal/photograph.js'
import { canvasFont, type FontFamilies, registerFonts } from './internal/register-fonts.js'
import { seededRandom } from './internal/seeded-random.js'

const ink = '#1a1a1a'
const desk: [number, number, number] = [196, 192, 184]

/**
 * Draws a synthetic document and encodes it as a JPEG the way it would reach a reader: turned,
 * photographed, out of focus, noisy. The values drawn are the fixture's exact ground truth.
 * Deterministic: the same layout and options give the same bytes on the same machine, so a re-render
 * that changes a committed fixture means the drawing changed. Uses the Noto CJK fonts
 * ({@link findCjkFonts}); canvas and sharp load on the first call.
 * @returns the JPEG's bytes
 * @throws Error naming `apt-get install fonts-noto-cjk` when the fonts are missing; TypeError for a layout or option that cannot be drawn.
 */
export async function renderDocument(layout: DocumentLayout, options: RenderOptions = {}): Promise<Buffer> {
  checkLayout(layout)
  const settings = resolveRenderOptions(options)
  const [{ createCanvas, GlobalFonts }, { default: sharp }] = await Promise.all([
    import('@napi-rs/canvas'),
    import('sharp'),
  ])
  const fonts = registerFonts(GlobalFonts)
  const canvas = createCanvas(layout.width, layout.height)
  const context = canvas.getContext('2d')
  context.fillStyle = layout.background ?? '#ffffff'
  context.fillRect(0, 0, layout.width, layout.height)
  for (const element of layout.elements) draw(context, element, fonts)

  const random = seededRandom(settings.seed)
  const rgba = canvas.data()
  let page: { data: Buffer; width: number; height: number }
  if (settings.photo) {
    page = photograph(rgba, layout.width, layout.height, {
      angle: settings.rotation,
      tilt: 0.03 + random() * 0.03,
      margin: Math.round(Math.max(layout.width, layout.height) * 0.06),
      desk,
    })
  } else {
    let image = sharp(rgba, {
      raw: { width: layout.width, height: layout.height, channels: 4 },
    }).removeAlpha()
    if (settings.rotation % 360 !== 0)
      image = image.rotate(settings.rotation, { background: settings.backdrop })
    const { data, info } = await image.raw().toBuffer({ resolveWithObject: true })
    page = {
      data: info.channels === 3 ? data : dropAlpha(data, info.channels),
      width: info.width,
      height: info.height,
    }
  }
  const raw = { width: page.width, height: page.height, channels: 3 as const }
  let pixels = page.data
  // Focus blur before the grain: the lens blurs the light, the sensor then adds noise to it.
  if (settings.blur > 0)
    pixels = await sharp(pixels, { raw }).blur(Math.max(0.3, settings.blur)).raw().toBuffer()
  if (settings.noise > 0) addNoise(pixels, random, settings.noise * 32)
  return sharp(pixels, { raw }).jpeg({ quality: settings.jpegQuality }).toBuffer()
}

function draw(context: SKRSContext2D, element: DocumentElement, fonts: FontFamilies): void {
  if (element.kind === 'text') {
    context.font = canvasFont(fonts[element.font ?? 'sans'][element.weight ?? 'normal'], element.size)
    context.fillStyle = element.color ?? ink
    context.textBaseline = 'top'
    context.letterSpacing = `${element.letterSpacing ?? 0}px`
    // Aligned by measuring, not textAlign: the measured width includes the letter spacing.
    const width = context.measureText(element.text).width
    const left =
      element.align === 'center'
        ? element.x - width / 2
        : element.align === 'right'
          ? element.x - width
          : element.x
    context.fillText(element.text, left, element.y)
    context.letterSpacing = '0px'
  } else if (element.kind === 'rect') {
    context.beginPath()
    context.roundRect(element.x, element.y, element.width, element.height, element.radius ?? 0)
    if (element.fill !== undefined) {
      context.fillStyle = element.fill
      context.fill()
    }
    const stroke = element.stroke ?? (element.fill === undefined ? ink : undefined)
    if (stroke !== undefined) {
      context.strokeStyle = stroke
      context.lineWidth = element.lineWidth ?? 2
      context.stroke()
    }
  } else {
    context.beginPath()
    context.moveTo(...element.from)
    context.lineTo(...element.to)
    context.strokeStyle = element.color ?? ink
    context.lineWidth = element.lineWidth ?? 2
    context.stroke()
  }
}

function resolveRenderOptions(options: RenderOptions): Required<RenderOptions> {
  const settings = {
    rotation: options.rotation ?? 0,
    blur: options.blur ?? 0,
    jpegQuality: options.jpegQuality ?? 90,
    noise: options.noise ?? 0,
    seed: options.seed ?? 1,
    photo: options.photo ?? false,
    backdrop: options.backdrop ?? '#ffffff',
  }
  const refuse = (message: string): never => {
    throw new TypeError(`renderDocument: ${message}`)
  }
  if (!Number.isFinite(settings.rotation))
    refuse(`rotation must be a number of degrees, got ${settings.rotation}.`)
  if (!(settings.blur >= 0 && settings.blur <= 100))
    refuse(`blur must be a sigma from 0 to 100 pixels, got ${settings.blur}.`)
  if (!Number.isInteger(settings.jpegQuality) || settings.jpegQuality < 1 || settings.jpegQuality > 100) {
    refuse(`jpegQuality must be a whole number from 1 to 100, got ${settings.jpegQuality}.`)
  }
  if (!(settings.noise >= 0 && settings.noise <= 1))
    refuse(`noise must be from 0 to 1, got ${settings.noise}.`)
  if (!Number.isInteger(settings.seed)) refuse(`seed must be a whole number, got ${settings.seed}.`)
  return settings
}

function dropAlpha(data: Buffer, channels: number): Buffer {
  const pixels = data.length / channels
  const rgb = Buffer.alloc(pixels * 3)
  for (let index = 0; index < pixels; index++)
    data.copy(rgb, index * 3, index * channels, index * channels + 3)
  return rgb
}
