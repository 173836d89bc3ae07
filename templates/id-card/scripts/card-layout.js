// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */
/** @typedef {import('@tiqu/testing').DocumentLayout} DocumentLayout */

/**
 * @typedef {object} Front
 * @property {string} name
 * @property {'男' | '女'} sex
 * @property {string} ethnicity
 * @property {[string, string, string]} birth year, month and day as printed (no leading zeros)
 * @property {string[]} address the address as printed, one entry a line (11 characters at most)
 * @property {string} idNumber
 */

/**
 * @typedef {object} Back
 * @property {string} authority
 * @property {string} validity
 */

// 85.6 × 54 mm (ISO/IEC 7810 ID-1) at 15 px/mm. Positions follow the second-generation card
// (GA 450-2013): small blue labels in a left column, black values to their right, the portrait on
// the right of the front, the national emblem and the two title lines on the back.
const width = 1284
const height = 810
const label = '#2b5c9a'
const labelSize = 34
const valueSize = 42

/**
 * The portrait side (人像面): name, sex and ethnicity, birth date, address, ID number.
 * @param {Front} front
 * @returns {DocumentLayout}
 */
export function frontLayout(front) {
  const [year, month, day] = front.birth
  /** @type {DocumentElement[]} */
  const elements = [
    ...paper('#eef2f0'),
    labelText('姓名', 96, 100),
    { kind: 'text', text: front.name, x: 226, y: 94, size: valueSize },
    labelText('性别', 96, 196),
    { kind: 'text', text: front.sex, x: 226, y: 190, size: valueSize },
    labelText('民族', 400, 196),
    { kind: 'text', text: front.ethnicity, x: 526, y: 190, size: valueSize },
    labelText('出生', 96, 292),
    { kind: 'text', text: year, x: 226, y: 286, size: valueSize },
    labelText('年', 346, 292),
    { kind: 'text', text: month, x: 412, y: 286, size: valueSize, align: 'center' },
    labelText('月', 450, 292),
    { kind: 'text', text: day, x: 522, y: 286, size: valueSize, align: 'center' },
    labelText('日', 560, 292),
    labelText('住址', 96, 388),
    ...front.address.map(
      (line, index) =>
        /** @type {DocumentElement} */ ({
          kind: 'text',
          text: line,
          x: 226,
          y: 382 + index * 58,
          size: valueSize,
        }),
    ),
    labelText('公民身份号码', 96, 664),
    {
      kind: 'text',
      text: front.idNumber,
      x: 430,
      y: 654,
      size: 52,
      font: 'mono',
      letterSpacing: 5,
    },
    ...portrait(840, 110),
  ]
  return { width, height, background: '#eef2f0', elements }
}

/**
 * The emblem side (国徽面): the title, issuing authority and validity period.
 * @param {Back} back
 * @returns {DocumentLayout}
 */
export function backLayout(back) {
  /** @type {DocumentElement[]} */
  const elements = [
    ...paper('#f1efe6'),
    ...emblem(110, 70),
    { kind: 'text', text: '中华人民共和国', x: 400, y: 96, size: 58, weight: 'bold', letterSpacing: 14 },
    { kind: 'text', text: '居民身份证', x: 400, y: 214, size: 100, weight: 'bold', letterSpacing: 22 },
    labelText('签发机关', 230, 586),
    { kind: 'text', text: back.authority, x: 420, y: 580, size: valueSize },
    labelText('有效期限', 230, 672),
    { kind: 'text', text: back.validity, x: 420, y: 666, size: valueSize, letterSpacing: 1 },
  ]
  return { width, height, background: '#f1efe6', elements }
}

/**
 * @param {string} text
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement}
 */
function labelText(text, x, y) {
  return { kind: 'text', text, x, y, size: labelSize, color: label }
}

/**
 * The card's rounded edge and the faint wave lines of its security print.
 * @param {string} fill
 * @returns {DocumentElement[]}
 */
function paper(fill) {
  /** @type {DocumentElement[]} */
  const elements = [
    {
      kind: 'rect',
      x: 6,
      y: 6,
      width: width - 12,
      height: height - 12,
      radius: 48,
      fill,
      stroke: '#b9c4c8',
      lineWidth: 3,
    },
  ]
  for (let wave = 0; wave < 6; wave++) {
    const base = 140 + wave * 110
    for (let x = 40; x < width - 60; x += 40) {
      const y1 = base + Math.sin(x / 90 + wave) * 18
      const y2 = base + Math.sin((x + 40) / 90 + wave) * 18
      elements.push({ kind: 'line', from: [x, y1], to: [x + 40, y2], color: '#dfe6e8', lineWidth: 2 })
    }
  }
  return elements
}

/**
 * A grey head-and-shoulders silhouette where the portrait is printed; no face, no text.
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function portrait(x, y) {
  return [
    { kind: 'rect', x, y, width: 330, height: 420, fill: '#e3e7ea' },
    { kind: 'rect', x: x + 105, y: y + 70, width: 120, height: 150, radius: 60, fill: '#9aa3aa' },
    { kind: 'rect', x: x + 45, y: y + 250, width: 240, height: 170, radius: 70, fill: '#9aa3aa' },
  ]
}

/**
 * Stands in for the national emblem: red and gold discs and bars, with no text.
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function emblem(x, y) {
  return [
    { kind: 'rect', x, y, width: 220, height: 220, radius: 110, fill: '#c9a13b' },
    { kind: 'rect', x: x + 20, y: y + 20, width: 180, height: 180, radius: 90, fill: '#c8302c' },
    { kind: 'rect', x: x + 60, y: y + 110, width: 100, height: 50, fill: '#c9a13b' },
    { kind: 'rect', x: x + 90, y: y + 50, width: 40, height: 40, radius: 8, fill: '#e8c24a' },
  ]
}
