import { createCanvas, GlobalFonts } from '@napi-rs/canvas'

/** A piece of text to draw, its top-left corner at (x, y) and its font size in pixels. */
export interface TextToDraw {
  text: string
  x: number
  y: number
  size: number
  bold?: boolean
  /** Turns the text about its top-left corner, in degrees clockwise. @default 0 */
  angle?: number
}

/** Where a piece of text landed (for unrotated text): its advance across, its ink's height down. */
export interface DrawnText {
  text: string
  x: number
  y: number
  width: number
  height: number
}

const fontFolder = '/usr/share/fonts/opentype/noto'
let fontsRegistered = false

function registerFonts(): void {
  if (fontsRegistered) return
  GlobalFonts.registerFromPath(`${fontFolder}/NotoSansCJK-Regular.ttc`, 'Test Sans')
  GlobalFonts.registerFromPath(`${fontFolder}/NotoSansCJK-Bold.ttc`, 'Test Sans Bold')
  fontsRegistered = true
}

/** Renders black text on a white page, as PNG (or JPEG, which encodes large pages faster). */
export async function renderPage(
  width: number,
  height: number,
  texts: TextToDraw[],
  format: 'png' | 'jpeg' = 'png',
): Promise<{ bytes: Uint8Array; drawn: DrawnText[] }> {
  registerFonts()
  const canvas = createCanvas(width, height)
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.fillStyle = '#111111'
  context.textBaseline = 'top'
  const drawn: DrawnText[] = []
  for (const item of texts) {
    context.font = `${item.size}px "${item.bold ? 'Test Sans Bold' : 'Test Sans'}"`
    context.save()
    context.translate(item.x, item.y)
    context.rotate(((item.angle ?? 0) * Math.PI) / 180)
    context.fillText(item.text, 0, 0)
    context.restore()
    const metrics = context.measureText(item.text)
    // With a 'top' baseline the ascent is measured up from y. Across, the advance width is used: the
    // canvas under-reports the ink's extent when glyphs come from several fonts.
    drawn.push({
      text: item.text,
      x: item.x,
      y: item.y - metrics.actualBoundingBoxAscent,
      width: metrics.width,
      height: metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent,
    })
  }
  const bytes = format === 'png' ? await canvas.encode('png') : await canvas.encode('jpeg', 90)
  return { bytes: new Uint8Array(bytes), drawn }
}
