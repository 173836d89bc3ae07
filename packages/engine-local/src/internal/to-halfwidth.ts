/** Full-width signs outside the ASCII block, mapped to their ordinary forms (￥ stays a yen sign, ¥). */
const fullwidthSigns: Record<string, string> = {
  '\uFFE0': '\u00A2',
  '\uFFE1': '\u00A3',
  '\uFFE2': '\u00AC',
  '\uFFE3': '\u00AF',
  '\uFFE4': '\u00A6',
  '\uFFE5': '\u00A5',
  '\uFFE6': '\u20A9',
}

/**
 * Maps full-width forms to half-width: `Ｇ１２３４` → `G1234`, `：` → `:`, the ideographic space → a
 * space, `￥` → `¥`. Chinese punctuation with no ASCII twin (`。` `、` `「」`) is left as it is. Unlike
 * NFKC it changes nothing else (`①` and `㎡` stay).
 */
export function toHalfwidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\uFFE0-\uFFE6]/g, (character) => {
    if (character === '\u3000') return ' '
    const sign = fullwidthSigns[character]
    if (sign !== undefined) return sign
    return String.fromCharCode((character.charCodeAt(0) as number) - 0xfee0)
  })
}
