// @ts-check
import { existsSync } from 'node:fs'
import { GlobalFonts } from '@napi-rs/canvas'

/** Font families the example renderers draw with, registered under stable aliases. */
export const FONTS = {
  sans: 'TiquSans',
  sansBold: 'TiquSansBold',
  serifBold: 'TiquSerifBold',
}

const FONT_FILES = {
  [FONTS.sans]: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  [FONTS.sansBold]: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  [FONTS.serifBold]: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
}

/**
 * Registers the Noto CJK fonts under fixed aliases. Aliases, not system family names, so that the
 * rendering never silently falls back to another installed font and changes the example's bytes.
 * @throws {Error} when a font file is missing, saying which package provides it.
 */
export function registerFonts() {
  for (const [alias, path] of Object.entries(FONT_FILES)) {
    if (!existsSync(path)) {
      throw new Error(
        `Font ${path} is missing. Install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk).`,
      )
    }
    if (!GlobalFonts.registerFromPath(path, alias)) throw new Error(`Font ${path} could not be loaded.`)
  }
}
