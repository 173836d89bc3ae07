/** A synthetic document to draw: a page of text, boxes and lines at exact positions. */
export interface DocumentLayout {
  /** Page width in pixels. */
  width: number
  /** Page height in pixels. */
  height: number
  /** CSS colour of the paper. @default '#ffffff' */
  background?: string
  /** What is printed, drawn in order (later elements over earlier ones). */
  elements: DocumentElement[]
}

/** One thing printed on a {@link DocumentLayout}. */
export type DocumentElement = TextElement | RectElement | LineElement

/** A run of text on one line. */
export interface TextElement {
  kind: 'text'
  text: string
  /** Left edge for `align: 'left'`, centre for `'center'`, right edge for `'right'`, in pixels. */
  x: number
  /** Top of the text (the em box's top), in pixels. */
  y: number
  /** Font size in pixels. */
  size: number
  /** Noto CJK face; `mono` is a Latin monospace with CJK from the sans face. @default 'sans' */
  font?: 'sans' | 'serif' | 'mono'
  /** @default 'normal' */
  weight?: 'normal' | 'bold'
  /** CSS colour. @default '#1a1a1a' */
  color?: string
  /** @default 'left' */
  align?: 'left' | 'center' | 'right'
  /** Extra space after each character, in pixels, as ticket printers space digits. @default 0 */
  letterSpacing?: number
}

/** A rectangle: a box, a table cell, a filled band. */
export interface RectElement {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  /** CSS colour of the outline. @default '#1a1a1a' when `fill` is not given, else no outline */
  stroke?: string
  /** CSS colour inside. @default undefined (not filled) */
  fill?: string
  /** Outline width in pixels. @default 2 */
  lineWidth?: number
  /** Corner radius in pixels. @default 0 */
  radius?: number
}

/** A straight line: a rule, a table border, an arrow's shaft. */
export interface LineElement {
  kind: 'line'
  from: [number, number]
  to: [number, number]
  /** CSS colour. @default '#1a1a1a' */
  color?: string
  /** Width in pixels. @default 2 */
  lineWidth?: number
}

/** How the rendered page reaches the reader: turned, out of focus, noisy, photographed. */
export interface RenderOptions {
  /** Degrees, clockwise; the page is turned on a background so nothing is cut off. @default 0 */
  rotation?: number
  /** Gaussian blur sigma in pixels. @default 0 */
  blur?: number
  /** JPEG quality 1–100. @default 90 */
  jpegQuality?: number
  /** Amount of sensor noise 0–1: the grain's standard deviation is this times 32 grey levels. @default 0 */
  noise?: number
  /** Seed of every random choice, so a re-run writes the same bytes. @default 1 */
  seed?: number
  /** Photograph it: a light perspective and uneven light on a desk-coloured background. @default false */
  photo?: boolean
  /**
   * What shows around a turned page that is not photographed, as a scanner's lid. CSS hex colour.
   * @default '#ffffff'
   */
  backdrop?: string
}
