// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */

/**
 * @typedef {object} Card
 * @property {string} bankName the bank's Chinese name, top left
 * @property {string} bankNameEnglish its English name, under it
 * @property {string | null} cardType 借记卡 / 信用卡 at the top right, where printed
 * @property {string} number the card number as embossed, in groups separated by spaces
 * @property {string | null} validThru 'MM/YY', where printed
 * @property {string | null} holder the embossed name, where printed
 * @property {'UnionPay' | 'VISA' | 'Mastercard'} network the scheme logo at the bottom right
 * @property {{ background: string, ink: string, accent: string }} colours
 */

// ISO/IEC 7810 ID-1, 85.60 × 53.98 mm, at 15 px/mm. Positions follow the usual front of a Chinese
// bank card: issuer's logo and name top left, card kind top right, EMV chip on the left, the number
// embossed across the middle, VALID THRU and the holder's name under it, the scheme logo bottom right.
const width = 1284
const height = 810

/**
 * @param {Card} card
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function cardLayout(card) {
  const { ink, accent, background } = card.colours
  /** @type {DocumentElement[]} */
  const elements = [
    {
      kind: 'rect',
      x: 4,
      y: 4,
      width: width - 8,
      height: height - 8,
      radius: 46,
      fill: background,
      stroke: '#9aa0a6',
      lineWidth: 2,
    },
    // Issuer's logo: a ring with a square in it, no text.
    { kind: 'rect', x: 70, y: 58, width: 96, height: 96, radius: 48, fill: accent },
    { kind: 'rect', x: 96, y: 84, width: 44, height: 44, fill: background },
    {
      kind: 'text',
      text: card.bankName,
      x: 188,
      y: 58,
      size: 56,
      weight: 'bold',
      color: ink,
      letterSpacing: 4,
    },
    { kind: 'text', text: card.bankNameEnglish, x: 190, y: 126, size: 22, color: ink, letterSpacing: 1 },
    ...(card.cardType
      ? [
          /** @type {DocumentElement} */ ({
            kind: 'text',
            text: card.cardType,
            x: 1210,
            y: 70,
            size: 44,
            color: ink,
            align: 'right',
          }),
        ]
      : []),
    ...chip(120, 270),
    {
      kind: 'text',
      text: card.number,
      x: 96,
      y: 470,
      size: 66,
      font: 'mono',
      weight: 'bold',
      color: ink,
      letterSpacing: 4,
    },
    ...(card.validThru
      ? [
          /** @type {DocumentElement} */ ({
            kind: 'text',
            text: 'VALID',
            x: 470,
            y: 578,
            size: 18,
            color: ink,
          }),
          /** @type {DocumentElement} */ ({
            kind: 'text',
            text: 'THRU',
            x: 470,
            y: 600,
            size: 18,
            color: ink,
          }),
          /** @type {DocumentElement} */ ({
            kind: 'text',
            text: card.validThru,
            x: 540,
            y: 572,
            size: 46,
            font: 'mono',
            weight: 'bold',
            color: ink,
            letterSpacing: 3,
          }),
        ]
      : []),
    ...(card.holder
      ? [
          /** @type {DocumentElement} */ ({
            kind: 'text',
            text: card.holder,
            x: 96,
            y: 672,
            size: 46,
            font: 'mono',
            weight: 'bold',
            color: ink,
            letterSpacing: 3,
          }),
        ]
      : []),
    ...networkLogo(card.network, 930, 600),
  ]
  return { width, height, background: '#ffffff', elements }
}

/**
 * The EMV contact plate: gold with its contact lines.
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function chip(x, y) {
  return [
    {
      kind: 'rect',
      x,
      y,
      width: 160,
      height: 122,
      radius: 16,
      fill: '#d8b65a',
      stroke: '#a8852f',
      lineWidth: 2,
    },
    { kind: 'line', from: [x, y + 40], to: [x + 160, y + 40], color: '#a8852f', lineWidth: 2 },
    { kind: 'line', from: [x, y + 82], to: [x + 160, y + 82], color: '#a8852f', lineWidth: 2 },
    { kind: 'line', from: [x + 80, y], to: [x + 80, y + 122], color: '#a8852f', lineWidth: 2 },
  ]
}

/**
 * The scheme's logo, as its word mark on coloured panels (UnionPay's red, blue and green).
 * @param {'UnionPay' | 'VISA' | 'Mastercard'} network
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function networkLogo(network, x, y) {
  if (network === 'UnionPay') {
    return [
      { kind: 'rect', x, y, width: 92, height: 150, radius: 14, fill: '#d8262e' },
      { kind: 'rect', x: x + 86, y, width: 92, height: 150, radius: 14, fill: '#0b4d93' },
      { kind: 'rect', x: x + 172, y, width: 92, height: 150, radius: 14, fill: '#0a8a6a' },
      {
        kind: 'text',
        text: '银联',
        x: x + 132,
        y: y + 18,
        size: 52,
        weight: 'bold',
        color: '#ffffff',
        align: 'center',
        letterSpacing: 6,
      },
      {
        kind: 'text',
        text: 'UnionPay',
        x: x + 132,
        y: y + 90,
        size: 38,
        weight: 'bold',
        color: '#ffffff',
        align: 'center',
      },
    ]
  }
  if (network === 'VISA') {
    return [
      {
        kind: 'text',
        text: 'VISA',
        x: x + 40,
        y: y + 40,
        size: 84,
        weight: 'bold',
        font: 'serif',
        color: '#1a1f71',
        letterSpacing: 4,
      },
    ]
  }
  return [
    { kind: 'rect', x: x + 40, y, width: 120, height: 120, radius: 60, fill: '#eb001b' },
    { kind: 'rect', x: x + 110, y, width: 120, height: 120, radius: 60, fill: '#f79e1b' },
    {
      kind: 'text',
      text: 'mastercard',
      x: x + 135,
      y: y + 126,
      size: 32,
      weight: 'bold',
      color: '#222222',
      align: 'center',
    },
  ]
}
