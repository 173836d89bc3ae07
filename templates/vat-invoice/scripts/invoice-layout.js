// @ts-check
import { seededRandom } from '../../../scripts/lib/seeded-random.js'

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */
/** @typedef {import('../src/schema.js').VatInvoice} VatInvoice */
/** @typedef {import('../src/schema.js').VatInvoiceItem} VatInvoiceItem */

/**
 * What is drawn on an invoice: the values the template reads, plus what it does not (addresses, bank
 * accounts, the cipher area, the machine number), so the engine meets a full page.
 * @typedef {VatInvoice & {
 *   items: VatInvoiceItem[],
 *   buyerAddress: string, buyerBank: string, sellerAddress: string, sellerBank: string,
 *   machineCode?: string,
 * }} DrawnInvoice
 */

const ink = '#2a2520'
const frame = '#8a5a3c'
const width = 1560

/**
 * A paper VAT invoice (增值税专用发票 / 普通发票, 240 × 140 mm at 6.5 px/mm): code and number at the
 * top, the buyer block with the cipher area beside it, the goods table, the totals, the seller block
 * with the remarks beside it, and payee, reviewer and drawer along the bottom. The side labels
 * (购买方, 密码区, 销售方, 备注) are printed vertically, one character under the other, as on the form.
 * @param {DrawnInvoice} invoice
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function paperInvoiceLayout(invoice) {
  const top = 210
  /** @type {DocumentElement[]} */
  const elements = [
    { kind: 'text', text: invoice.invoice_code ?? '', x: 60, y: 40, size: 34, font: 'mono', color: ink },
    {
      kind: 'text',
      text: invoice.invoice_title ?? '',
      x: width / 2,
      y: 34,
      size: 46,
      weight: 'bold',
      align: 'center',
      color: frame,
      letterSpacing: 4,
    },
    { kind: 'line', from: [560, 104], to: [1000, 104], color: frame, lineWidth: 2 },
    { kind: 'line', from: [560, 110], to: [1000, 110], color: frame, lineWidth: 2 },
    {
      kind: 'text',
      text: '发 票 联',
      x: width / 2,
      y: 124,
      size: 26,
      align: 'center',
      color: frame,
      letterSpacing: 6,
    },
    {
      kind: 'text',
      text: `No ${invoice.invoice_number}`,
      x: 1140,
      y: 36,
      size: 36,
      font: 'serif',
      color: '#b3262b',
      letterSpacing: 2,
    },
    ...(invoice.machineCode ? [text(`机器编号: ${invoice.machineCode}`, 60, 96, 24)] : []),
    text(`发票代码: ${invoice.invoice_code}`, 1060, 84, 24),
    text(`发票号码: ${invoice.invoice_number}`, 1060, 114, 24),
    text(`开票日期: ${invoice.issue_date}`, 1060, 144, 24),
    ...(invoice.check_code ? [text(`校 验 码: ${groups(invoice.check_code)}`, 1060, 174, 22)] : []),
    { kind: 'rect', x: 40, y: top, width: width - 80, height: 660, stroke: frame, lineWidth: 2 },
    ...party(
      invoice.buyer_name,
      invoice.buyer_tax_id,
      invoice.buyerAddress,
      invoice.buyerBank,
      '购买方',
      top,
    ),
    ...sideBox('密码区', 900, top, 140),
    ...cipher(invoice.invoice_number ?? '', 950, top + 10),
    ...table(invoice, top + 140, '货物或应税劳务、服务名称', '税率'),
    ...party(
      invoice.seller_name,
      invoice.seller_tax_id,
      invoice.sellerAddress,
      invoice.sellerBank,
      '销售方',
      top + 520,
    ),
    ...sideBox('备注', 900, top + 520, 140),
    ...(invoice.remarks ? [text(invoice.remarks, 950, top + 534, 24)] : []),
    text(`收款人: ${invoice.payee ?? ''}`, 80, top + 680, 26),
    text(`复核: ${invoice.reviewer ?? ''}`, 460, top + 680, 26),
    text(`开票人: ${invoice.drawer ?? ''}`, 820, top + 680, 26),
    text('销售方:(章)', 1200, top + 680, 26),
  ]
  return { width, height: 950, background: '#fbf8f0', elements }
}

/**
 * A fully digital e-invoice (电子发票（增值税专用发票）/（普通发票）), as its PDF prints it: the title,
 * number and date at the top right, no code, buyer and seller side by side, the goods table, totals,
 * remarks, and only the drawer at the bottom.
 * @param {DrawnInvoice} invoice
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function digitalInvoiceLayout(invoice) {
  const top = 170
  const half = width / 2
  const fullWidthTitle = (invoice.invoice_title ?? '').replace('(', '（').replace(')', '）')
  /** @type {DocumentElement[]} */
  const elements = [
    {
      kind: 'text',
      text: fullWidthTitle,
      x: half,
      y: 50,
      size: 42,
      weight: 'bold',
      align: 'center',
      color: '#9b3b2a',
      letterSpacing: 2,
    },
    { kind: 'line', from: [500, 112], to: [1060, 112], color: '#9b3b2a', lineWidth: 2 },
    text(`发票号码: ${invoice.invoice_number}`, 1080, 60, 24),
    text(`开票日期: ${invoice.issue_date}`, 1080, 96, 24),
    { kind: 'rect', x: 40, y: top, width: width - 80, height: 600, stroke: '#9b3b2a', lineWidth: 2 },
    { kind: 'line', from: [half, top], to: [half, top + 130], color: '#9b3b2a', lineWidth: 2 },
    ...vertical('购买方信息', 54, top + 8, 20, 23),
    text(`名称: ${invoice.buyer_name}`, 100, top + 24, 24),
    text(`统一社会信用代码/纳税人识别号: ${invoice.buyer_tax_id ?? ''}`, 100, top + 78, 22),
    ...vertical('销售方信息', half + 14, top + 8, 20, 23),
    text(`名称: ${invoice.seller_name}`, half + 60, top + 24, 24),
    text(`统一社会信用代码/纳税人识别号: ${invoice.seller_tax_id ?? ''}`, half + 60, top + 78, 22),
    ...table(invoice, top + 130, '项目名称', '税率/征收率'),
    ...sideBox('备注', 40, top + 510, 90),
    ...(invoice.remarks ? [text(invoice.remarks, 100, top + 524, 24)] : []),
    text(`开票人: ${invoice.drawer ?? ''}`, 100, top + 630, 26),
  ]
  return { width, height: 860, background: '#ffffff', elements }
}

/**
 * The goods table, its 合计 row and the 价税合计 row; 380 px tall.
 * @param {DrawnInvoice} invoice
 * @param {number} y
 * @param {string} nameHeader
 * @param {string} rateHeader
 * @returns {DocumentElement[]}
 */
function table(invoice, y, nameHeader, rateHeader) {
  const columns = {
    name: 60,
    spec: 470,
    unit: 640,
    quantity: 770,
    price: 930,
    amount: 1170,
    rate: 1250,
    tax: 1500,
  }
  /** @type {DocumentElement[]} */
  const elements = [
    { kind: 'line', from: [40, y], to: [width - 40, y], color: frame, lineWidth: 2 },
    text(nameHeader, columns.name + 30, y + 10, 22),
    text('规格型号', columns.spec, y + 10, 22),
    text('单 位', columns.unit, y + 10, 22),
    { ...text('数 量', columns.quantity, y + 10, 22), align: 'right' },
    { ...text('单 价', columns.price, y + 10, 22), align: 'right' },
    { ...text('金 额', columns.amount, y + 10, 22), align: 'right' },
    text(rateHeader, columns.rate, y + 10, 22),
    { ...text('税 额', columns.tax, y + 10, 22), align: 'right' },
  ]
  invoice.items.forEach((item, index) => {
    const row = y + 50 + index * 40
    elements.push(
      text(item.name ?? '', columns.name, row, 24),
      text(item.specification ?? '', columns.spec, row, 24),
      text(item.unit ?? '', columns.unit, row, 24),
      { ...text(item.quantity ?? '', columns.quantity, row, 24), align: 'right' },
      { ...text(item.unit_price ?? '', columns.price, row, 24), align: 'right' },
      { ...text(item.amount ?? '', columns.amount, row, 24), align: 'right' },
      text(item.tax_rate ?? '', columns.rate + 20, row, 24),
      { ...text(item.tax ?? '', columns.tax, row, 24), align: 'right' },
    )
  })
  const totals = y + 210
  elements.push(
    text('合  计', 180, totals, 26),
    { ...text(`¥${invoice.pre_tax_amount}`, columns.amount, totals, 26), align: 'right' },
    { ...text(`¥${invoice.total_tax}`, columns.tax, totals, 26), align: 'right' },
    { kind: 'line', from: [40, totals + 50], to: [width - 40, totals + 50], color: frame, lineWidth: 2 },
    text('价税合计(大写)', 60, totals + 70, 26),
    text(`⊗ ${invoice.total_amount_in_words}`, 380, totals + 70, 28),
    text(`(小写) ¥${invoice.total_amount}`, 1080, totals + 70, 28),
    { kind: 'line', from: [40, totals + 130], to: [width - 40, totals + 130], color: frame, lineWidth: 2 },
  )
  return elements
}

/**
 * A party's block on a paper invoice: the vertical side label, then name, ID, address and bank.
 * @param {string | null} name
 * @param {string | null} taxId
 * @param {string} address
 * @param {string} bank
 * @param {string} side
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function party(name, taxId, address, bank, side, y) {
  return [
    ...sideBox(side, 40, y, 140),
    text(`名       称: ${name ?? ''}`, 100, y + 10, 24),
    text(`纳税人识别号: ${taxId ?? ''}`, 100, y + 42, 24),
    text(`地 址、电 话: ${address}`, 100, y + 74, 22),
    text(`开户行及账号: ${bank}`, 100, y + 106, 22),
  ]
}

/**
 * A narrow column with its label printed vertically, and the rule beside it.
 * @param {string} label
 * @param {number} x
 * @param {number} y
 * @param {number} height
 * @returns {DocumentElement[]}
 */
function sideBox(label, x, y, height) {
  // The form spreads the characters over the column's height, the first level with the first row.
  const size = 24
  const step = (height - size - 16) / Math.max(1, label.length - 1)
  return [
    { kind: 'line', from: [x + 48, y], to: [x + 48, y + height], color: frame, lineWidth: 2 },
    ...vertical(label, x + 12, y + 12, size, step),
  ]
}

/**
 * @param {string} label
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {number} [step]
 * @returns {DocumentElement[]}
 */
function vertical(label, x, y, size, step = size + 2) {
  return [...label].map((character, index) => text(character, x, y + index * step, size))
}

/**
 * The cipher area: four lines of the symbols the tax printer uses, seeded by the invoice number.
 * @param {string} seedText
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function cipher(seedText, x, y) {
  const symbols = '0123456789+-*/<>'
  const random = seededRandom(
    [...seedText].reduce((hash, character) => hash * 31 + character.charCodeAt(0), 11),
  )
  return [0, 1, 2, 3].map((row) => ({
    kind: 'text',
    text: Array.from({ length: 27 }, () => symbols[Math.floor(random() * symbols.length)]).join(''),
    x,
    y: y + row * 30,
    size: 22,
    font: 'mono',
    color: ink,
  }))
}

/**
 * @param {string} value
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @returns {DocumentElement & { kind: 'text' }}
 */
function text(value, x, y, size) {
  return { kind: 'text', text: value, x, y, size, color: ink }
}

/** '61025839174025619384' → '61025 83917 40256 19384', as the check code is printed. */
function groups(/** @type {string} */ digits) {
  return digits.replace(/(\d{5})(?=\d)/gu, '$1 ')
}
