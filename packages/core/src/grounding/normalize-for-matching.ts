/**
 * Text as the matcher compares it: NFKC (full-width `Ｇ１２３４：` → `G1234:`, `￥` → `¥`), without
 * whitespace, lower-cased. A model and an OCR engine write the same print in either width and space it
 * differently; both sides go through the same mapping, so NFKC's wider folding only makes more print
 * comparable, never less.
 */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()
}
