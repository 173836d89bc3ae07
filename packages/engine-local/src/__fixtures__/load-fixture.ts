import { readFile } from 'node:fs/promises'
import sharp from 'sharp'

/** Where a piece of text landed (its advance across, its ink's extent down), in the page's pixels. */
export interface DrawnText {
  text: string
  x: number
  y: number
  width: number
  height: number
}

/** A rendered page and what was drawn on it, as `scripts/render-engine-fixtures.js` wrote them. */
export interface Fixture {
  bytes: Uint8Array
  width: number
  height: number
  drawn: DrawnText[]
}

/**
 * Reads a committed page from this folder with its `<name>.drawn.json`. The pages are rendered once
 * and committed, rather than drawn at test time, so that the tests need no fonts installed.
 * @param fileName the image's name, e.g. `ticket-page.png`.
 * @throws {Error} when the image and its description disagree, i.e. one was re-rendered without the other.
 */
export async function loadFixture(fileName: string): Promise<Fixture> {
  const stem = fileName.replace(/\.[^.]+$/, '')
  const [bytes, description] = await Promise.all([
    readFile(new URL(fileName, import.meta.url)),
    readFile(new URL(`${stem}.drawn.json`, import.meta.url), 'utf8'),
  ])
  const { width, height, drawn } = JSON.parse(description) as Omit<Fixture, 'bytes'>
  const metadata = await sharp(bytes).metadata()
  if (metadata.width !== width || metadata.height !== height || !Array.isArray(drawn) || drawn.length === 0) {
    throw new Error(
      `${fileName} does not match ${stem}.drawn.json. Re-render both with \`pnpm render:examples\`.`,
    )
  }
  return { bytes: new Uint8Array(bytes), width, height, drawn }
}
