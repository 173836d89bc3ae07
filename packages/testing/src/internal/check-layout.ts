import type { DocumentLayout } from '../document-layout.js'

const maxSide = 16_384

/** Throws a message naming the element and the fix when a layout cannot be drawn. */
export function checkLayout(layout: DocumentLayout): void {
  const side = (value: unknown) =>
    Number.isInteger(value) && (value as number) > 0 && (value as number) <= maxSide
  if (!side(layout?.width) || !side(layout?.height)) {
    throw new TypeError(
      `renderDocument: the layout's width and height must be whole numbers of pixels from 1 to ${maxSide}, got ${layout?.width} × ${layout?.height}.`,
    )
  }
  if (!Array.isArray(layout.elements)) {
    throw new TypeError(
      'renderDocument: the layout needs an `elements` array (text, rect and line elements).',
    )
  }
  layout.elements.forEach((element, index) => {
    const where = `renderDocument: elements[${index}]`
    const numbers = (...values: unknown[]) =>
      values.every((value) => typeof value === 'number' && Number.isFinite(value))
    if (element?.kind === 'text') {
      if (typeof element.text !== 'string') throw new TypeError(`${where} has no \`text\` string.`)
      if (!numbers(element.x, element.y) || !numbers(element.size) || element.size <= 0) {
        throw new TypeError(`${where} ('${element.text}') needs numbers x, y and a positive size in pixels.`)
      }
    } else if (element?.kind === 'rect') {
      if (!numbers(element.x, element.y, element.width, element.height)) {
        throw new TypeError(`${where} (rect) needs numbers x, y, width and height in pixels.`)
      }
    } else if (element?.kind === 'line') {
      if (
        !Array.isArray(element.from) ||
        !Array.isArray(element.to) ||
        !numbers(...element.from, ...element.to)
      ) {
        throw new TypeError(`${where} (line) needs \`from\` and \`to\` as [x, y] pixel pairs.`)
      }
    } else {
      throw new TypeError(
        `${where} has kind ${JSON.stringify((element as { kind?: unknown })?.kind)}; use 'text', 'rect' or 'line'.`,
      )
    }
  })
}
