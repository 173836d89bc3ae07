// @ts-check
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { degradeImage } from './degrade-image.js'
import { drawPrintedPage, drawReceipt, pick, registerBenchFonts, typefaceSets } from './draw-bench-page.js'
import { drawTrainTicket } from './draw-train-ticket.js'
import { randomTrainTicket } from './random-train-ticket.js'
import { seededRandom } from './seeded-random.js'
import { expectedTrainTicket } from './train-ticket-sample.js'

/**
 * One benchmark image and what it is known to say.
 * @typedef {object} BenchDocument
 * @property {string} name e.g. 'page-03-rotated'
 * @property {'page' | 'receipt' | 'ticket'} kind
 * @property {import('./degrade-image.js').Variant} variant
 * @property {string} detail how the image was drawn and degraded
 * @property {string} file path of the JPEG
 * @property {string} [reference] the text, row by row, of a page or receipt
 * @property {Record<string, string>} [expected] the train-ticket fields of a ticket
 */

/** @typedef {import('./degrade-image.js').Variant} Variant */

/** @type {Array<{ variant: Variant, turn?: 90 | 180 | 270 }>} */
const textVariants = [
  ...Array.from({ length: 6 }, () => ({ variant: /** @type {const} */ ('upright') })),
  ...[90, 180, 270, 90, 180, 270].map((turn) => ({
    variant: /** @type {const} */ ('rotated'),
    turn: /** @type {90 | 180 | 270} */ (turn),
  })),
  ...['skewed', 'blurred', 'noisy'].flatMap((variant) =>
    Array.from({ length: 4 }, () => ({ variant: /** @type {Variant} */ (variant) })),
  ),
]

/** @type {Array<{ variant: Variant, turn?: 90 | 180 | 270 }>} */
const ticketVariants = [
  ...Array.from({ length: 4 }, () => ({ variant: /** @type {const} */ ('upright') })),
  { variant: 'rotated', turn: 90 },
  { variant: 'rotated', turn: 180 },
  { variant: 'rotated', turn: 270 },
  ...['skewed', 'blurred', 'noisy'].flatMap((variant) =>
    Array.from({ length: 2 }, () => ({ variant: /** @type {Variant} */ (variant) })),
  ),
]

/**
 * Draws the benchmark's documents into `directory`, the same bytes on every run: printed pages
 * (A4 and A5 at 150 dpi) and till receipts with known text, and train tickets with known fields,
 * each in one variant (upright, turned, skewed, blurred, noisy).
 * @param {string} directory
 * @param {number} [seed] @default 20250618
 * @returns {Promise<BenchDocument[]>}
 */
export async function renderBenchDocuments(directory, seed = 20250618) {
  registerBenchFonts()
  /** @type {BenchDocument[]} */
  const documents = []
  for (const [index, { variant, turn }] of textVariants.entries()) {
    const random = seededRandom(seed + index)
    const typefaces = /** @type {import('./draw-bench-page.js').Typefaces} */ (
      typefaceSets[index % typefaceSets.length]
    )
    // Pages, A5 notes and receipts in turn, so that every variant gets some of each.
    const shape = index % 3
    // Body text of 22–30 px: 10.5–14 pt at 150 dpi; A5 notes and receipts print no smaller than 24.
    const picked = pick(random, [22, 24, 26, 28, 30])
    const size = shape === 0 ? picked : Math.max(24, picked)
    const drawn =
      shape === 2
        ? drawReceipt(random, { size, typefaces })
        : drawPrintedPage(
            random,
            shape === 0
              ? { width: 1240, height: 1754, size, typefaces }
              : { width: 874, height: 1240, size, typefaces },
          )
    const { bytes, degradation } = await degradeImage(drawn.canvas, variant, random, { turn })
    const kind = shape === 2 ? 'receipt' : 'page'
    const name = `${kind}-${String(index + 1).padStart(2, '0')}-${variant}`
    const file = path.join(directory, `${name}.jpg`)
    await writeFile(file, bytes)
    const font = typefaces.body.replace(/^Tiqu(Bench)?/, '').toLowerCase()
    documents.push({
      name,
      kind,
      variant,
      detail: `${drawn.canvas.width}×${drawn.canvas.height}, ${font} ${size} px, ${degradation.detail}`,
      file,
      reference: drawn.rows.join('\n'),
    })
  }
  for (const [index, { variant, turn }] of ticketVariants.entries()) {
    const random = seededRandom(seed + 1000 + index)
    const sample = randomTrainTicket(random)
    const { bytes, degradation } = await degradeImage(drawTrainTicket(sample), variant, random, { turn })
    const name = `ticket-${String(index + 1).padStart(2, '0')}-${variant}`
    const file = path.join(directory, `${name}.jpg`)
    await writeFile(file, bytes)
    documents.push({
      name,
      kind: 'ticket',
      variant,
      detail: `1305×810, ${degradation.detail}`,
      file,
      expected: expectedTrainTicket(sample),
    })
  }
  return documents
}
