import { findCjkFonts } from '../find-cjk-fonts.js'

/** A CSS font family list, and whether the canvas must embolden it (no bold file was found). */
export interface CanvasFont {
  family: string
  bold: boolean
}

/** The font to draw each face and weight with. */
export type FontFamilies = { [face in 'sans' | 'serif' | 'mono']: { normal: CanvasFont; bold: CanvasFont } }

/** The canvas `font` value for a font at a size in pixels. */
export function canvasFont(font: CanvasFont, size: number): string {
  return `${font.bold ? 'bold ' : ''}${size}px ${font.family}`
}

let registered: FontFamilies | undefined

/**
 * Registers the Noto CJK files under aliases of our own, once a process. Aliases rather than system
 * family names, so a missing face fails loudly here instead of the canvas quietly drawing with
 * another installed font (and changing every fixture's bytes).
 */
export function registerFonts(globalFonts: {
  registerFromPath(path: string, alias?: string): unknown
}): FontFamilies {
  if (registered) return registered
  const fonts = findCjkFonts()
  const register = (path: string | undefined, alias: string): string | undefined => {
    if (path === undefined) return undefined
    if (!globalFonts.registerFromPath(path, alias)) {
      throw new Error(
        `The font ${path} could not be loaded; reinstall it (apt-get install --reinstall fonts-noto-cjk).`,
      )
    }
    return `"${alias}"`
  }
  const sans = register(fonts.sans, 'TiquTestingSans') as string
  const sansBold = register(fonts.sansBold, 'TiquTestingSansBold')
  const serif = register(fonts.serif, 'TiquTestingSerif')
  const serifBold = register(fonts.serifBold, 'TiquTestingSerifBold')
  const mono = register(fonts.mono, 'TiquTestingMono')
  // A bold request with no bold file makes the canvas embolden the regular face.
  const boldOf = (file: string | undefined, regular: string): CanvasFont =>
    file ? { family: file, bold: false } : { family: regular, bold: true }
  const serifFamily = serif ?? sans
  registered = {
    sans: { normal: { family: sans, bold: false }, bold: boldOf(sansBold, sans) },
    serif: {
      normal: { family: serifFamily, bold: false },
      bold: serif ? boldOf(serifBold, serif) : boldOf(sansBold, sans),
    },
    // CJK characters have no glyph in a Latin monospace: sans after it draws them.
    mono: {
      normal: { family: mono ? `${mono}, ${sans}` : sans, bold: false },
      bold: { family: mono ? `${mono}, ${sans}` : sans, bold: true },
    },
  }
  return registered
}
