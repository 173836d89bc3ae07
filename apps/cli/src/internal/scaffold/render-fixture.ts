import { findFixtureFont } from './find-fixture-font.js'
import type { FixtureLayout } from './fixture-layout.js'

const family = 'TiquFixtureSans'

/**
 * Draws a fixture's page and encodes it as a JPEG. @napi-rs/canvas and sharp load here, at the first
 * call: the other commands never pay for them.
 */
export async function renderFixture(layout: FixtureLayout): Promise<Buffer> {
  const font = findFixtureFont()
  if (!font) {
    throw new Error(
      "No font to draw the fixture with: pdfjs-dist's Liberation Sans (installed with @tiqu/core) is missing, and no system font was found. Reinstall @tiqu/cli.",
    )
  }
  const { createCanvas, GlobalFonts } = await import('@napi-rs/canvas')
  const { default: sharp } = await import('sharp')
  GlobalFonts.registerFromPath(font.regular, family)
  GlobalFonts.registerFromPath(font.bold, family)
  const canvas = createCanvas(layout.width, layout.height)
  const context = canvas.getContext('2d')
  context.fillStyle = layout.background
  context.fillRect(0, 0, layout.width, layout.height)
  context.textBaseline = 'top'
  for (const element of layout.elements) {
    if (element.kind === 'text') {
      context.font = `${element.weight === 'bold' ? 'bold ' : ''}${element.size}px ${family}`
      context.fillStyle = element.color ?? '#1a1a1a'
      context.fillText(element.text, element.x, element.y)
    } else if (element.kind === 'rect') {
      context.strokeStyle = element.stroke ?? '#1a1a1a'
      context.lineWidth = element.lineWidth ?? 2
      context.strokeRect(element.x, element.y, element.width, element.height)
    } else {
      context.strokeStyle = element.color ?? '#1a1a1a'
      context.lineWidth = element.width ?? 2
      context.beginPath()
      context.moveTo(...element.from)
      context.lineTo(...element.to)
      context.stroke()
    }
  }
  return sharp(canvas.toBuffer('image/png')).jpeg({ quality: 90 }).toBuffer()
}

/** The largest heading size, up to 64 px, at which `heading` fits within `width` pixels. */
export async function fitHeadingSize(heading: string, width: number): Promise<number> {
  const font = findFixtureFont()
  const { createCanvas, GlobalFonts } = await import('@napi-rs/canvas')
  if (font) GlobalFonts.registerFromPath(font.bold, family)
  const context = createCanvas(10, 10).getContext('2d')
  for (let size = 64; size > 24; size -= 4) {
    context.font = `bold ${size}px ${family}`
    if (context.measureText(heading).width <= width) return size
  }
  return 24
}
