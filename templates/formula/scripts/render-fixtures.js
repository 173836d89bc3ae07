// @ts-check
/**
 * Renders the template's fixtures: six formulas (mass–energy, Pythagoras, Euler's identity, the
 * quadratic formula, a sum and a Gaussian integral), typeset from pieces (text, superscripts,
 * subscripts, fractions, roots, big operators) with @tiqu/testing's renderDocument, and delivered as
 * scans, a photo, a blurred copy and a noisy JPEG. Each formula is given with the LaTeX a perfect
 * reading writes. Writes fixtures/<name>.jpg and fixtures/rendered.json. Deterministic.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-formula render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * A piece of a formula, laid out left to right on the baseline.
 * @typedef {{ text: string } | { sup: string } | { sub: string } | { frac: [Piece[], Piece[]] }
 *   | { sqrt: Piece[] } | { big: string, below: string, above: string }} Piece
 */

const size = 56
/** Rough advance of a character of the serif face, in ems (a space is narrower): enough to not overlap. */
const advanceOf = (/** @type {string} */ text) =>
  [...text].reduce((sum, char) => sum + (char === ' ' ? 0.28 : /[−+=±]/.test(char) ? 0.62 : 0.5), 0)

/** @param {Piece[]} pieces @param {number} scale */
function widthOf(pieces, scale) {
  let width = 0
  for (const piece of pieces) {
    if ('text' in piece) width += advanceOf(piece.text) * size * scale
    else if ('sup' in piece) width += advanceOf(piece.sup) * size * scale * 0.6
    else if ('sub' in piece) width += advanceOf(piece.sub) * size * scale * 0.6
    else if ('frac' in piece)
      width += Math.max(widthOf(piece.frac[0], scale * 0.8), widthOf(piece.frac[1], scale * 0.8)) + 24
    else if ('sqrt' in piece) width += widthOf(piece.sqrt, scale) + size * scale * 0.85
    else width += size * scale * 1.3
  }
  return width
}

/**
 * Draws pieces from x with the text's top at y (for a normal-size line).
 * @param {Piece[]} pieces @param {number} x @param {number} y @param {number} scale
 * @param {import('@tiqu/testing').DocumentElement[]} out
 */
function lay(pieces, x, y, scale, out) {
  const em = size * scale
  for (const piece of pieces) {
    if ('text' in piece) {
      out.push({ kind: 'text', text: piece.text, x, y, size: em, font: 'serif' })
      x += advanceOf(piece.text) * em
    } else if ('sup' in piece || 'sub' in piece) {
      const text = 'sup' in piece ? piece.sup : piece.sub
      out.push({
        kind: 'text',
        text,
        x,
        y: 'sup' in piece ? y - em * 0.2 : y + em * 0.55,
        size: em * 0.6,
        font: 'serif',
      })
      x += advanceOf(text) * em * 0.6 + 2
    } else if ('frac' in piece) {
      const [top, bottom] = piece.frac
      const width = Math.max(widthOf(top, scale * 0.8), widthOf(bottom, scale * 0.8)) + 16
      const middle = y + em * 0.55
      lay(top, x + 8 + (width - 16 - widthOf(top, scale * 0.8)) / 2, middle - em * 0.95, scale * 0.8, out)
      out.push({ kind: 'line', from: [x, middle], to: [x + width, middle], lineWidth: 3 })
      lay(
        bottom,
        x + 8 + (width - 16 - widthOf(bottom, scale * 0.8)) / 2,
        middle + em * 0.15,
        scale * 0.8,
        out,
      )
      x += width + 8
    } else if ('sqrt' in piece) {
      out.push({ kind: 'text', text: '√', x, y: y - em * 0.1, size: em * 1.15, font: 'serif' })
      const start = x + em * 0.72
      const width = widthOf(piece.sqrt, scale)
      out.push({
        kind: 'line',
        from: [x + em * 0.6, y + em * 0.02],
        to: [start + width + 8, y + em * 0.02],
        lineWidth: 3,
      })
      lay(piece.sqrt, start + 6, y + em * 0.05, scale, out)
      x = start + width + 16
    } else {
      out.push({
        kind: 'text',
        text: piece.big,
        x: x + em * 0.55,
        y: y - em * 0.25,
        size: em * 1.5,
        font: 'serif',
        align: 'center',
      })
      out.push({
        kind: 'text',
        text: piece.above,
        x: x + em * 0.55,
        y: y - em * 0.75,
        size: em * 0.5,
        font: 'serif',
        align: 'center',
      })
      out.push({
        kind: 'text',
        text: piece.below,
        x: x + em * 0.55,
        y: y + em * 1.5,
        size: em * 0.5,
        font: 'serif',
        align: 'center',
      })
      x += em * 1.4
    }
  }
  return x
}

/**
 * @type {Array<{ name: string, pieces: Piece[], latex: string, render: import('@tiqu/testing').RenderOptions }>}
 */
const formulas = [
  {
    name: 'mass-energy-scan',
    pieces: [{ text: 'E = mc' }, { sup: '2' }],
    latex: 'E = mc^{2}',
    render: { seed: 61 },
  },
  {
    name: 'pythagoras-photo',
    pieces: [{ text: 'a' }, { sup: '2' }, { text: ' + b' }, { sup: '2' }, { text: ' = c' }, { sup: '2' }],
    latex: 'a^{2} + b^{2} = c^{2}',
    render: { photo: true, rotation: 2, blur: 0.4, noise: 0.06, jpegQuality: 85, seed: 62 },
  },
  {
    name: 'euler-identity-noisy',
    pieces: [{ text: 'e' }, { sup: 'iπ' }, { text: ' + 1 = 0' }],
    latex: 'e^{i\\pi} + 1 = 0',
    render: { noise: 0.2, jpegQuality: 60, seed: 63 },
  },
  {
    name: 'quadratic-formula-scan',
    pieces: [
      { text: 'x = ' },
      {
        frac: [
          [{ text: '−b ± ' }, { sqrt: [{ text: 'b' }, { sup: '2' }, { text: ' − 4ac' }] }],
          [{ text: '2a' }],
        ],
      },
    ],
    latex: 'x = \\frac{-b \\pm \\sqrt{b^{2} - 4ac}}{2a}',
    render: { seed: 64 },
  },
  {
    name: 'arithmetic-sum-blurred',
    pieces: [
      { big: '∑', below: 'i=1', above: 'n' },
      { text: 'i = ' },
      { frac: [[{ text: 'n(n+1)' }], [{ text: '2' }]] },
    ],
    latex: '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}',
    render: { blur: 1, seed: 65 },
  },
  {
    name: 'gaussian-integral-skewed',
    pieces: [
      { big: '∫', below: '−∞', above: '∞' },
      { text: 'e' },
      { sup: '−x²' },
      { text: ' dx = ' },
      { sqrt: [{ text: 'π' }] },
    ],
    latex: '\\int_{-\\infty}^{\\infty} e^{-x^{2}} dx = \\sqrt{\\pi}',
    render: { rotation: -3, seed: 66 },
  },
]

/** @type {Array<{ image: string, expected: { latex: string } }>} */
const rendered = []
for (const formula of formulas) {
  /** @type {import('@tiqu/testing').DocumentElement[]} */
  const elements = []
  const margin = 70
  const right = lay(formula.pieces, margin, 110, 1, elements)
  const bytes = await renderDocument(
    { width: Math.ceil(right + margin), height: 280, elements },
    formula.render,
  )
  const image = `fixtures/${formula.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: { latex: formula.latex } })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')
