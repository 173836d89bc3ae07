// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */

/**
 * @typedef {object} License
 * @property {string} code 统一社会信用代码
 * @property {string} name 名称
 * @property {string} type 类型, brackets full-width as printed
 * @property {string} legalRepresentative 法定代表人
 * @property {string} capital 注册资本
 * @property {string} established 成立日期
 * @property {string} term 营业期限
 * @property {string} address 住所 (one line in the right column)
 * @property {string[]} scope 经营范围, one entry a printed line
 * @property {string} authority 登记机关
 * @property {string} issued the date under the seal
 */

// The 2016 business licence (副本, A4 landscape) at about 6 px/mm: the emblem and 营业执照 centred at
// the top, the credit code top left and the QR code top right, then two columns of label and value
// (left: 名称, 类型, 法定代表人, 经营范围; right: 注册资本, 成立日期, 营业期限, 住所), the registration
// authority's seal with the issue date under it at the bottom right, the publicity notice at the foot.
// The seal's curved text is drawn straight across the seal, as electronic licences print it.
const width = 1700
const height = 1200
const ink = '#1a1a1a'
const red = '#c8282d'
const labelSize = 32
const valueSize = 30

/**
 * @param {License} license
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function licenseLayout(license) {
  /** @type {DocumentElement[]} */
  const elements = [
    { kind: 'rect', x: 24, y: 24, width: width - 48, height: height - 48, stroke: '#b08d3c', lineWidth: 10 },
    { kind: 'rect', x: 44, y: 44, width: width - 88, height: height - 88, stroke: '#b08d3c', lineWidth: 3 },
    // National emblem stand-in: gold and red discs, no text.
    { kind: 'rect', x: 800, y: 62, width: 100, height: 100, radius: 50, fill: '#c9a13b' },
    { kind: 'rect', x: 815, y: 77, width: 70, height: 70, radius: 35, fill: red },
    {
      kind: 'text',
      text: '营业执照',
      x: 850,
      y: 178,
      size: 92,
      weight: 'bold',
      align: 'center',
      letterSpacing: 36,
      font: 'serif',
    },
    { kind: 'text', text: '（副    本）', x: 850, y: 296, size: 34, align: 'center', color: ink },
    { kind: 'text', text: '统一社会信用代码', x: 110, y: 200, size: 28, color: ink },
    { kind: 'text', text: license.code, x: 110, y: 244, size: 36, color: ink, letterSpacing: 2 },
    ...qrStandIn(1400, 130, 170),
    { kind: 'text', text: '扫描二维码登录“国家企业', x: 1485, y: 310, size: 16, align: 'center' },
    { kind: 'text', text: '信用信息公示系统”了解更多', x: 1485, y: 332, size: 16, align: 'center' },
    ...field('名　　称', license.name, 110, 400),
    ...field('类　　型', license.type, 110, 470),
    ...field('法定代表人', license.legalRepresentative, 110, 540),
    ...field('注册资本', license.capital, 960, 400, 150),
    ...field('成立日期', license.established, 960, 470, 150),
    ...field('营业期限', license.term, 960, 540, 150),
    ...field('住　　所', license.address, 960, 610, 150),
    { kind: 'text', text: '经营范围', x: 110, y: 610, size: labelSize, weight: 'bold', color: ink },
    ...license.scope.map(
      (line, index) =>
        /** @type {DocumentElement} */ ({
          kind: 'text',
          text: line,
          x: 290,
          y: 610 + index * 48,
          size: 30,
          color: ink,
        }),
    ),
    { kind: 'text', text: '登记机关', x: 1000, y: 880, size: labelSize, weight: 'bold', color: ink },
    { kind: 'rect', x: 1200, y: 800, width: 220, height: 220, radius: 110, stroke: red, lineWidth: 6 },
    { kind: 'text', text: license.authority, x: 1310, y: 884, size: 26, color: red, align: 'center' },
    { kind: 'text', text: license.issued, x: 1200, y: 960, size: 34, color: ink, align: 'center' },
    {
      kind: 'text',
      text: '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn',
      x: 850,
      y: 1080,
      size: 20,
      align: 'center',
      color: '#555555',
    },
    {
      kind: 'text',
      text: '国家市场监督管理总局监制',
      x: 850,
      y: 1112,
      size: 20,
      align: 'center',
      color: '#555555',
    },
  ]
  return { width, height, background: '#fbf7ec', elements }
}

/**
 * A bold label and its value on one row, the value at the column's value position.
 * @param {string} label
 * @param {string} value
 * @param {number} x
 * @param {number} y
 * @param {number} offset where the value starts, right of the label's x
 * @returns {DocumentElement[]}
 */
function field(label, value, x, y, offset = 180) {
  return [
    { kind: 'text', text: label, x, y, size: labelSize, weight: 'bold', color: ink },
    { kind: 'text', text: value, x: x + offset, y, size: valueSize, color: ink },
  ]
}

/**
 * Squares where the QR code is; not a readable code.
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @returns {DocumentElement[]}
 */
function qrStandIn(x, y, size) {
  /** @type {DocumentElement[]} */
  const elements = [{ kind: 'rect', x, y, width: size, height: size, stroke: ink, lineWidth: 2 }]
  const cell = size / 17
  for (let row = 0; row < 17; row++) {
    for (let column = 0; column < 17; column++) {
      if ((row * 7 + column * 13 + row * column) % 3 === 0) {
        elements.push({
          kind: 'rect',
          x: x + column * cell,
          y: y + row * cell,
          width: cell,
          height: cell,
          fill: ink,
        })
      }
    }
  }
  return elements
}
