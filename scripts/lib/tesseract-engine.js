// @ts-check
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { readFields } from '@tiqu/engine-local'

/** @typedef {import('@tiqu/core').OcrLine} OcrLine */
/** @typedef {import('@tiqu/core').Engine} Engine */

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u

/**
 * Tesseract's version line (`tesseract 5.3.0`), or undefined when the `tesseract` command is missing.
 * @returns {Promise<string | undefined>}
 */
export async function tesseractVersion() {
  try {
    const { stdout, stderr } = await promisify(execFile)('tesseract', ['--version'])
    return `${stdout}${stderr}`.split('\n')[0]?.trim()
  } catch {
    return undefined
  }
}

/**
 * Debian's Tesseract wrapped as a tiqu engine, so that both engines go through the same `extract`:
 * one `tesseract` process per image, image bytes on stdin, TSV on stdout. The text is Tesseract's own,
 * in its reading order; the lines are its lines in the upright page's pixels (see `toOcrLines`), from
 * which a template is filled by its `local` rules with the same code the local engine uses.
 * @param {{ languages?: string, pageSegmentationMode?: number, threads?: number }} [options]
 *   `languages` @default 'chi_sim+eng'; `pageSegmentationMode` @default 1 (automatic, with orientation
 *   and script detection, which reads pages scanned on their side); `threads`, OpenMP threads per
 *   process (OMP_THREAD_LIMIT), 0 for Tesseract's own default @default 1: Debian's build otherwise runs one
 *   thread per core, and on two cores that made one image about four times slower than a single thread
 * @returns {Engine}
 */
export function createTesseractEngine(options = {}) {
  const languages = options.languages ?? 'chi_sim+eng'
  const mode = String(options.pageSegmentationMode ?? 1)
  const threads = options.threads ?? 1
  const environment = threads > 0 ? { ...process.env, OMP_THREAD_LIMIT: String(threads) } : process.env
  return {
    specificationVersion: 'v1',
    id: 'tesseract',
    model: `tesseract -l ${languages} --psm ${mode}`,
    async *doRecognize(request) {
      const { image, template } = request
      if (image.kind !== 'bytes') throw new Error('The Tesseract engine reads image bytes, not URLs.')
      const tsv = await runTesseract(
        ['stdin', 'stdout', '-l', languages, '--psm', mode, 'tsv'],
        image.bytes,
        environment,
      )
      const page = parseTsv(tsv)
      const upright = toOcrLines(page)
      yield { type: 'lines', lines: upright.lines, width: upright.width, height: upright.height }
      // The text a user of Tesseract gets: its own lines in its own reading order.
      yield { type: 'text-delta', textDelta: page.lines.map((line) => joinWords(line.words)).join('\n') }
      if (template?.local) {
        const { values } = readFields(upright.lines, template.local, template.schema)
        yield { type: 'object', object: values }
      }
      yield { type: 'finish', finishReason: 'stop', model: 'tesseract' }
    },
  }
}

/**
 * @param {string[]} args
 * @param {Uint8Array} input
 * @param {NodeJS.ProcessEnv} environment
 * @returns {Promise<string>}
 */
function runTesseract(args, input, environment) {
  return new Promise((resolve, reject) => {
    const child = spawn('tesseract', args, { stdio: ['pipe', 'pipe', 'pipe'], env: environment })
    /** @type {Buffer[]} */
    const out = []
    /** @type {Buffer[]} */
    const err = []
    child.stdout.on('data', (chunk) => out.push(chunk))
    child.stderr.on('data', (chunk) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'))
      else reject(new Error(`tesseract exited with ${code}: ${Buffer.concat(err).toString('utf8').trim()}`))
    })
    child.stdin.end(input)
  })
}

/**
 * A word as Tesseract read it, and a line of them, in the image's own pixels.
 * @typedef {{ text: string, score: number, box: OcrLine['box'] }} TesseractWord
 * @typedef {{ box: OcrLine['box'], words: TesseractWord[] }} TesseractLine
 */

/**
 * Tesseract's TSV: one row per page, block, paragraph, line (level 4) and word (level 5), in its
 * reading order.
 * @param {string} tsv
 * @returns {{ width: number, height: number, lines: TesseractLine[] }}
 */
export function parseTsv(tsv) {
  let width = 0
  let height = 0
  /** @type {TesseractLine[]} */
  const lines = []
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t')
    if (cells.length < 12) continue
    const [level, , , , , , left, top, boxWidth, boxHeight, confidence] = cells.slice(0, 11).map(Number)
    const text = cells.slice(11).join('\t').trim()
    const box = { x: left ?? 0, y: top ?? 0, width: boxWidth ?? 0, height: boxHeight ?? 0 }
    if (level === 1) {
      width = box.width
      height = box.height
    } else if (level === 4) {
      lines.push({ box, words: [] })
    } else if (level === 5 && text !== '') {
      lines.at(-1)?.words.push({ text, score: Math.max(0, confidence ?? 0) / 100, box })
    }
  }
  return { width, height, lines: lines.filter((line) => line.words.length > 0) }
}

/**
 * Joins words with a space, except between two CJK characters: Tesseract's `chi_sim` cuts Chinese
 * into one-character words, and a reader of its output removes those spaces.
 * @param {readonly TesseractWord[]} words
 */
export function joinWords(words) {
  let text = ''
  for (const { text: word } of words) {
    const joint = text !== '' && !(CJK.test(text.at(-1) ?? '') && CJK.test(word[0] ?? ''))
    text += `${joint ? ' ' : ''}${word}`
  }
  return text
}

/**
 * The page's OCR lines as the engine contract wants them: in the upright page's pixels, and cut
 * where words stand far apart. Tesseract makes one line of a row's separate fields (a ticket's
 * serial and its selling station, 700 px apart); a text detector, and rules written for one, see
 * two. A gap wider than 1.5 line heights separates them.
 * @param {{ width: number, height: number, lines: TesseractLine[] }} page
 * @returns {{ width: number, height: number, lines: OcrLine[] }}
 */
export function toOcrLines(page) {
  const { width, height, turn } = uprightTurn(page)
  /** @type {OcrLine[]} */
  const lines = []
  for (const line of page.lines) {
    /** @type {TesseractWord[]} */
    let piece = []
    const flush = () => {
      if (piece.length === 0) return
      const left = Math.min(...piece.map((word) => word.box.x))
      const top = Math.min(...piece.map((word) => word.box.y))
      const right = Math.max(...piece.map((word) => word.box.x + word.box.width))
      const bottom = Math.max(...piece.map((word) => word.box.y + word.box.height))
      lines.push({
        text: joinWords(piece),
        score: piece.reduce((sum, word) => sum + word.score, 0) / piece.length,
        box: { x: left, y: top, width: right - left, height: bottom - top },
      })
      piece = []
    }
    const lineHeight = turn(line.box).height
    for (const word of line.words) {
      const box = turn(word.box)
      const previous = piece.at(-1)
      if (previous && box.x - (previous.box.x + previous.box.width) > 1.5 * lineHeight) flush()
      piece.push({ ...word, box })
    }
    flush()
  }
  return { width, height, lines }
}

/**
 * Tesseract's orientation detection reads a turned page but reports boxes in the turned image.
 * Which way the page was turned shows in which way the words of its lines advance.
 * @param {{ width: number, height: number, lines: TesseractLine[] }} page
 * @returns {{ width: number, height: number, turn: (box: OcrLine['box']) => OcrLine['box'] }}
 */
function uprightTurn(page) {
  const advance = { x: 0, y: 0 }
  for (const { words } of page.lines) {
    const first = words[0]?.box
    const last = words.at(-1)?.box
    if (first === undefined || last === undefined) continue
    advance.x += last.x + last.width / 2 - (first.x + first.width / 2)
    advance.y += last.y + last.height / 2 - (first.y + first.height / 2)
  }
  if (Math.abs(advance.y) > Math.abs(advance.x)) {
    // Text running down the image: the page was turned a quarter clockwise; up: anticlockwise.
    const down = advance.y > 0
    return {
      width: page.height,
      height: page.width,
      turn: (box) =>
        down
          ? { x: box.y, y: page.width - box.x - box.width, width: box.height, height: box.width }
          : { x: page.height - box.y - box.height, y: box.x, width: box.height, height: box.width },
    }
  }
  if (advance.x < 0) {
    return {
      width: page.width,
      height: page.height,
      turn: (box) => ({
        x: page.width - box.x - box.width,
        y: page.height - box.y - box.height,
        width: box.width,
        height: box.height,
      }),
    }
  }
  return { width: page.width, height: page.height, turn: (box) => box }
}
