// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */

/**
 * @typedef {object} License
 * @property {string} number 证号, the holder's resident ID number
 * @property {string} name 姓名
 * @property {'男' | '女'} sex 性别
 * @property {string} nationality 国籍
 * @property {string[]} address 住址, one entry a printed line (17 characters at most)
 * @property {string} birth 出生日期, YYYY-MM-DD
 * @property {string} firstIssue 初次领证日期, YYYY-MM-DD
 * @property {string} vehicleClass 准驾车型
 * @property {string} validFrom start of 有效期限
 * @property {string} validUntil end of 有效期限, a date or 长期
 * @property {string} authority the issuing authority, in the red seal
 */

// The main page (正页) of the 2013 driving licence, 88 × 60 mm at 15 px/mm. The title and its English
// line run across the top, the number (证号) under them; below, a ruled form of label cells (Chinese
// with the English word beside it) and value cells: 姓名 / 性别 / 国籍 on one row, then 住址 with the
// photo on the right, then the lower rows (出生日期, 初次领证日期, 准驾车型, 有效期限), whose labels
// start right of the square where the issuing authority's red seal is printed. The seal's curved
// text is drawn straight across it, as on the business-licence fixtures.
const width = 1320
const height = 900
const labelInk = '#3b2f4a'
const rule = '#b7a6c4'
const red = '#c8282d'
const valueSize = 38

/**
 * @param {License} license
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function licenseLayout(license) {
  /** @type {DocumentElement[]} */
  const elements = [
    ...paper(),
    {
      kind: 'text',
      text: '中华人民共和国机动车驾驶证',
      x: width / 2,
      y: 34,
      size: 52,
      weight: 'bold',
      align: 'center',
      letterSpacing: 6,
    },
    {
      kind: 'text',
      text: "Driving License of the People's Republic of China",
      x: width / 2,
      y: 100,
      size: 22,
      align: 'center',
      color: labelInk,
    },
    ...label('证号', '', 60, 160),
    { kind: 'text', text: license.number, x: 200, y: 154, size: 42, font: 'mono', letterSpacing: 4 },
    // The ruled form.
    { kind: 'rect', x: 40, y: 226, width: width - 80, height: 634, stroke: rule, lineWidth: 3 },
    { kind: 'line', from: [40, 316], to: [width - 40, 316], color: rule },
    { kind: 'line', from: [40, 460], to: [960, 460], color: rule },
    ...[550, 640, 730].map(
      (y) =>
        /** @type {DocumentElement} */ ({
          kind: 'line',
          from: [400, y],
          to: [y < 640 ? 960 : width - 40, y],
          color: rule,
        }),
    ),
    { kind: 'line', from: [400, 460], to: [400, 860], color: rule },
    { kind: 'line', from: [960, 316], to: [960, 640], color: rule },
    // 姓名 / 性别 / 国籍
    ...label('姓名', 'Name', 60, 252),
    { kind: 'text', text: license.name, x: 230, y: 246, size: valueSize },
    ...label('性别', 'Sex', 500, 252),
    { kind: 'text', text: license.sex, x: 650, y: 246, size: valueSize },
    ...label('国籍', 'Nationality', 760, 252),
    { kind: 'text', text: license.nationality, x: 1010, y: 246, size: valueSize },
    // 住址, up to two lines, beside the photo.
    ...label('住址', 'Address', 60, 342),
    ...license.address.map(
      (line, index) =>
        /** @type {DocumentElement} */ ({
          kind: 'text',
          text: line,
          x: 260,
          y: 336 + index * 54,
          size: valueSize,
        }),
    ),
    ...portrait(990, 336),
    // The lower rows, right of the seal.
    ...label('出生日期', 'Date of Birth', 420, 486),
    { kind: 'text', text: license.birth, x: 740, y: 482, size: valueSize },
    ...label('初次领证日期', 'Issue Date', 420, 576),
    { kind: 'text', text: license.firstIssue, x: 740, y: 572, size: valueSize },
    ...label('准驾车型', 'Class', 420, 666),
    { kind: 'text', text: license.vehicleClass, x: 740, y: 662, size: valueSize, weight: 'bold' },
    ...label('有效期限', 'Valid Period', 420, 770),
    {
      kind: 'text',
      text: `${license.validFrom} 至 ${license.validUntil}`,
      x: 740,
      y: 766,
      size: valueSize,
    },
    ...seal(license.authority, 220, 680),
  ]
  return { width, height, background: '#f4eff4', elements }
}

/**
 * A label cell's text: the Chinese word with its English one beside it, smaller.
 * @param {string} chinese
 * @param {string} english
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function label(chinese, english, x, y) {
  /** @type {DocumentElement[]} */
  const elements = [{ kind: 'text', text: chinese, x, y, size: 30, weight: 'bold', color: labelInk }]
  if (english !== '') {
    elements.push({
      kind: 'text',
      text: english,
      x: x + chinese.length * 30 + 12,
      y: y + 10,
      size: 18,
      color: labelInk,
    })
  }
  return elements
}

/**
 * The page's edge and the faint guilloche of its security print.
 * @returns {DocumentElement[]}
 */
function paper() {
  /** @type {DocumentElement[]} */
  const elements = [
    {
      kind: 'rect',
      x: 6,
      y: 6,
      width: width - 12,
      height: height - 12,
      radius: 24,
      fill: '#f4eff4',
      stroke: '#c9bccf',
      lineWidth: 3,
    },
  ]
  for (let wave = 0; wave < 7; wave++) {
    const base = 150 + wave * 110
    for (let x = 30; x < width - 60; x += 40) {
      const y1 = base + Math.sin(x / 70 + wave) * 14
      const y2 = base + Math.sin((x + 40) / 70 + wave) * 14
      elements.push({ kind: 'line', from: [x, y1], to: [x + 40, y2], color: '#ebe2ec', lineWidth: 2 })
    }
  }
  return elements
}

/**
 * A grey head-and-shoulders silhouette where the photo is; no face, no text.
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function portrait(x, y) {
  return [
    { kind: 'rect', x, y, width: 250, height: 290, fill: '#e1e4ea' },
    { kind: 'rect', x: x + 80, y: y + 40, width: 90, height: 105, radius: 45, fill: '#9aa3aa' },
    { kind: 'rect', x: x + 35, y: y + 165, width: 180, height: 125, radius: 55, fill: '#9aa3aa' },
  ]
}

/**
 * The issuing authority's round red seal, its name straight across the middle.
 * @param {string} authority
 * @param {number} cx centre
 * @param {number} cy centre
 * @returns {DocumentElement[]}
 */
function seal(authority, cx, cy) {
  const radius = 160
  return [
    {
      kind: 'rect',
      x: cx - radius,
      y: cy - radius,
      width: 2 * radius,
      height: 2 * radius,
      radius,
      stroke: red,
      lineWidth: 6,
    },
    // A five-pointed star stand-in above the name.
    { kind: 'rect', x: cx - 22, y: cy - 96, width: 44, height: 44, radius: 8, fill: red },
    { kind: 'text', text: authority, x: cx, y: cy - 14, size: 24, color: red, align: 'center' },
  ]
}
