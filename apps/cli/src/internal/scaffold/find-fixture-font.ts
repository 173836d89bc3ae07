import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** A Latin sans-serif face, regular and bold, to draw a fixture with. */
export interface FixtureFont {
  regular: string
  bold: string
}

// Machines without fonts (containers, CI) are common, and @napi-rs/canvas brings none. pdfjs-dist,
// which @tiqu/core already installs to read PDFs, ships Liberation Sans (SIL Open Font License) for
// PDFs that do not embed their fonts: the same font files everywhere, so a fixture renders the same on
// every machine. System fonts are only a fallback for an install where that folder has moved.
const systemFonts: FixtureFont[] = [
  {
    regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  },
  {
    regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  },
  {
    regular: '/System/Library/Fonts/Supplemental/Arial.ttf',
    bold: '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  },
  { regular: 'C:\\Windows\\Fonts\\arial.ttf', bold: 'C:\\Windows\\Fonts\\arialbd.ttf' },
]

/** The font files a fixture is drawn with, or `undefined` when none is found. */
export function findFixtureFont(): FixtureFont | undefined {
  const candidates = [...bundledFont(), ...systemFonts]
  return candidates.find((font) => existsSync(font.regular) && existsSync(font.bold))
}

function bundledFont(): FixtureFont[] {
  try {
    const pdfjs = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    const folder = path.join(pdfjs, 'standard_fonts')
    return [
      {
        regular: path.join(folder, 'LiberationSans-Regular.ttf'),
        bold: path.join(folder, 'LiberationSans-Bold.ttf'),
      },
    ]
  } catch {
    return []
  }
}
