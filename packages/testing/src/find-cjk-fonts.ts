import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Font files {@link renderDocument} draws with: Noto CJK faces, which hold Chinese and Latin. */
export interface CjkFonts {
  /** Noto Sans CJK, regular. */
  sans: string
  /** Noto Sans CJK, bold; without it, bold sans text is emboldened by the canvas. */
  sansBold?: string
  /** Noto Serif CJK, regular; without it, serif text is drawn in sans. */
  serif?: string
  /** Noto Serif CJK, bold. */
  serifBold?: string
  /** A monospaced face for Latin and digits (CJK characters fall back to sans). */
  mono?: string
}

/** Options of {@link findCjkFonts}. */
export interface FindCjkFontsOptions {
  /**
   * Folders searched, in order, for the Noto CJK files (`NotoSansCJK-Regular.ttc`...).
   * @default the `TIQU_CJK_FONT_DIR` environment variable, then Debian/Ubuntu's, Fedora's, Arch's and Homebrew's font folders
   */
  directories?: string[]
}

const defaultDirectories = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/google-noto-cjk',
  '/usr/share/fonts/noto-cjk',
  '/usr/share/fonts/OTF',
  '/usr/share/fonts/truetype/noto',
  '/opt/homebrew/share/fonts',
  '/usr/local/share/fonts',
]

const monoFiles = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf',
  '/usr/share/fonts/dejavu-sans-mono-fonts/DejaVuSansMono.ttf',
  '/usr/share/fonts/TTF/DejaVuSansMono.ttf',
]

/**
 * Finds the Noto CJK font files on this machine. Fixtures are drawn with these exact files, never
 * whatever the system would substitute, so that a re-render writes the same bytes.
 * @throws Error naming the package to install when Noto Sans CJK is absent.
 */
export function findCjkFonts(options: FindCjkFontsOptions = {}): CjkFonts {
  const fromEnvironment = process.env.TIQU_CJK_FONT_DIR
  const directories = options.directories ?? [
    ...(fromEnvironment ? [fromEnvironment] : []),
    ...defaultDirectories,
  ]
  const find = (names: string[]): string | undefined => {
    for (const directory of directories) {
      for (const name of names) {
        const path = join(directory, name)
        if (existsSync(path)) return path
      }
    }
    return undefined
  }
  const sans = find(['NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular.otf', 'NotoSansSC-Regular.otf'])
  if (!sans) {
    throw new Error(
      `Noto Sans CJK was not found in ${directories.join(', ')}. Rendering documents needs it: ` +
        'install it with `apt-get install fonts-noto-cjk` (Debian, Ubuntu), `dnf install google-noto-sans-cjk-fonts` ' +
        '(Fedora) or `brew install --cask font-noto-sans-cjk` (macOS), or set TIQU_CJK_FONT_DIR to the folder holding NotoSansCJK-Regular.ttc.',
    )
  }
  const fonts: CjkFonts = { sans }
  const sansBold = find(['NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold.otf', 'NotoSansSC-Bold.otf'])
  const serif = find(['NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular.otf', 'NotoSerifSC-Regular.otf'])
  const serifBold = find(['NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold.otf', 'NotoSerifSC-Bold.otf'])
  const mono =
    find(['NotoSansMonoCJKsc-Regular.otf', 'NotoSansMonoCJK-Regular.ttc']) ?? monoFiles.find(existsSync)
  if (sansBold) fonts.sansBold = sansBold
  if (serif) fonts.serif = serif
  if (serifBold) fonts.serifBold = serifBold
  if (mono) fonts.mono = mono
  return fonts
}
