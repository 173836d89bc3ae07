// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */

/**
 * @typedef {object} License
 * @property {string} plate 号牌号码
 * @property {string} type 车辆类型
 * @property {string} owner 所有人
 * @property {string[]} address 住址, one entry a printed line (24 characters at most)
 * @property {string} use 使用性质
 * @property {string} model 品牌型号
 * @property {string} vin 车辆识别代号
 * @property {string} engine 发动机号码
 * @property {string} registered 注册日期, YYYY-MM-DD
 * @property {string} issued 发证日期, YYYY-MM-DD
 * @property {[string, string]} seal the issuing office's name in two lines, for the seal
 */

// The main page (正页) of the vehicle licence, 88 × 60 mm at 15 px/mm. The title and its English line
// run across the top; below, a ruled form of seven rows, each label cell (Chinese, the English word
// beside it) left of its value: 号牌号码 and 车辆类型 share the first row, then 所有人, 住址, 使用性质
// beside 品牌型号, 车辆识别代号, 发动机号码, and 注册日期 beside 发证日期. The issuing office's round red
// seal sits on the right of the VIN and engine rows, its name written straight across it.
const width = 1320
const height = 900
const labelInk = '#2f3b4a'
const rule = '#a9b7c6'
const red = '#c8282d'
const valueSize = 34
// Rows of the form: top edge of each, and the bottom of the last.
const rows = [196, 286, 376, 500, 590, 680, 770, 860]
const left = 40
const right = width - 40
// Where the value column starts, and the second label and value columns of the split rows.
const valueX = 340
const secondLabelX = 590
const secondValueX = 850

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
      text: '中华人民共和国机动车行驶证',
      x: width / 2,
      y: 40,
      size: 52,
      weight: 'bold',
      align: 'center',
      letterSpacing: 6,
    },
    {
      kind: 'text',
      text: "Vehicle License of the People's Republic of China",
      x: width / 2,
      y: 110,
      size: 22,
      align: 'center',
      color: labelInk,
    },
    ...form(),
    ...row(0, '号牌号码', 'Plate No.', license.plate),
    ...second(0, '车辆类型', 'Vehicle Type', license.type),
    ...row(1, '所有人', 'Owner', license.owner),
    ...label('住址', 'Address', rows[2] + 26),
    ...license.address.map(
      (line, index) =>
        /** @type {DocumentElement} */ ({
          kind: 'text',
          text: line,
          x: valueX,
          y: rows[2] + 20 + index * 50,
          size: valueSize,
          font: 'serif',
        }),
    ),
    ...row(3, '使用性质', 'Use Character', license.use),
    ...second(3, '品牌型号', 'Model', license.model),
    ...row(4, '车辆识别代号', 'VIN', license.vin, 'serif', 2),
    ...row(5, '发动机号码', 'Engine No.', license.engine, 'serif', 2),
    ...row(6, '注册日期', 'Register Date', license.registered),
    ...second(6, '发证日期', 'Issue Date', license.issued),
    ...seal(license.seal, 1110, 680),
  ]
  return { width, height, background: '#f1f3f0', elements }
}

/**
 * The ruled form: its frame, a line between rows, the label column's edge, and the split rows'
 * second label cell.
 * @returns {DocumentElement[]}
 */
function form() {
  const top = rows[0]
  const bottom = rows[rows.length - 1]
  /** @type {DocumentElement[]} */
  const elements = [
    { kind: 'rect', x: left, y: top, width: right - left, height: bottom - top, stroke: rule, lineWidth: 3 },
    { kind: 'line', from: [valueX - 20, top], to: [valueX - 20, bottom], color: rule },
  ]
  for (const y of rows.slice(1, -1))
    elements.push({ kind: 'line', from: [left, y], to: [right, y], color: rule })
  for (const index of [0, 3, 6]) {
    const [y1, y2] = [rows[index], rows[index + 1]]
    elements.push(
      { kind: 'line', from: [secondLabelX - 20, y1], to: [secondLabelX - 20, y2], color: rule },
      { kind: 'line', from: [secondValueX - 20, y1], to: [secondValueX - 20, y2], color: rule },
    )
  }
  return elements
}

/**
 * A row's label cell and its value.
 * @param {number} index
 * @param {string} chinese
 * @param {string} english
 * @param {string} value
 * @param {'sans' | 'serif' | 'mono'} [font]
 * @param {number} [letterSpacing]
 * @returns {DocumentElement[]}
 */
function row(index, chinese, english, value, font = 'serif', letterSpacing = 0) {
  const y = rows[index] + 26
  return [
    ...label(chinese, english, y),
    { kind: 'text', text: value, x: valueX, y: y - 4, size: valueSize, font, letterSpacing },
  ]
}

/**
 * A split row's second label cell and its value.
 * @param {number} index
 * @param {string} chinese
 * @param {string} english
 * @param {string} value
 * @param {'sans' | 'serif' | 'mono'} [font]
 * @returns {DocumentElement[]}
 */
function second(index, chinese, english, value, font = 'serif') {
  const y = rows[index] + 26
  return [
    ...label(chinese, english, y, secondLabelX),
    { kind: 'text', text: value, x: secondValueX, y: y - 4, size: valueSize, font },
  ]
}

/**
 * A label cell's text: the Chinese word with its English one beside it, smaller.
 * @param {string} chinese
 * @param {string} english
 * @param {number} y
 * @param {number} [x]
 * @returns {DocumentElement[]}
 */
function label(chinese, english, y, x = 60) {
  return [
    { kind: 'text', text: chinese, x, y, size: 30, weight: 'bold', color: labelInk },
    { kind: 'text', text: english, x: x + chinese.length * 30 + 10, y: y + 10, size: 17, color: labelInk },
  ]
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
      fill: '#f1f3f0',
      stroke: '#bcc6c0',
      lineWidth: 3,
    },
  ]
  for (let wave = 0; wave < 7; wave++) {
    const base = 150 + wave * 110
    for (let x = 30; x < width - 60; x += 40) {
      const y1 = base + Math.cos(x / 80 + wave) * 14
      const y2 = base + Math.cos((x + 40) / 80 + wave) * 14
      elements.push({ kind: 'line', from: [x, y1], to: [x + 40, y2], color: '#e2e8e3', lineWidth: 2 })
    }
  }
  return elements
}

/**
 * The issuing office's round red seal, its name straight across the middle in two lines.
 * @param {[string, string]} name
 * @param {number} cx centre
 * @param {number} cy centre
 * @returns {DocumentElement[]}
 */
function seal(name, cx, cy) {
  const radius = 100
  return [
    {
      kind: 'rect',
      x: cx - radius,
      y: cy - radius,
      width: 2 * radius,
      height: 2 * radius,
      radius,
      stroke: red,
      lineWidth: 5,
    },
    { kind: 'rect', x: cx - 16, y: cy - 70, width: 32, height: 32, radius: 6, fill: red },
    { kind: 'text', text: name[0], x: cx, y: cy - 24, size: 22, color: red, align: 'center' },
    { kind: 'text', text: name[1], x: cx, y: cy + 8, size: 22, color: red, align: 'center' },
  ]
}
