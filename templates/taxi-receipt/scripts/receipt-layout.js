// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */
/**
 * @typedef {import('../src/schema.js').TaxiReceipt & {
 *   title: string, phone: string, licence: string, waiting: string,
 * }} DrawnReceipt
 */

const width = 720
const red = '#c4322f'
const ink = '#26262b'

/**
 * A city taxi invoice (出租汽车专用发票, about 80 × 150 mm at 9 px/mm): the pre-printed red title,
 * code and number, then the meter's print, one label and value a line, in the order the meter
 * prints them. Lines the receipt does not carry (fuel surcharge, total) are left out.
 * @param {DrawnReceipt} receipt
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function receiptLayout(receipt) {
  /** @type {Array<[string, string | null]>} */
  const meter = [
    ['监督电话', receipt.phone],
    ['车号', receipt.plate_number],
    ['证号', receipt.licence],
    ['日期', receipt.date],
    ['上车', receipt.pick_up_time],
    ['下车', receipt.drop_off_time],
    ['单价', receipt.unit_price === null ? null : `${receipt.unit_price}元`],
    ['里程', receipt.distance === null ? null : `${receipt.distance}km`],
    ['等候', receipt.waiting],
    ['金额', receipt.fare === null ? null : `${receipt.fare}元`],
    ['燃油附加费', receipt.fuel_surcharge === null ? null : `${receipt.fuel_surcharge}元`],
    ['实收金额', receipt.total_fare === null ? null : `${receipt.total_fare}元`],
  ]
  const printedLines = meter.filter(([, value]) => value !== null)
  const height = 430 + printedLines.length * 62 + 80
  /** @type {DocumentElement[]} */
  const elements = [
    {
      kind: 'rect',
      x: 14,
      y: 14,
      width: width - 28,
      height: height - 28,
      stroke: red,
      lineWidth: 3,
      radius: 8,
    },
    {
      kind: 'text',
      text: receipt.title,
      x: width / 2,
      y: 44,
      size: 40,
      weight: 'bold',
      align: 'center',
      color: red,
    },
    {
      kind: 'text',
      text: '发 票 联',
      x: width / 2,
      y: 104,
      size: 28,
      align: 'center',
      color: red,
      letterSpacing: 4,
    },
    { kind: 'text', text: `发票代码 ${receipt.invoice_code}`, x: 60, y: 170, size: 30, color: red },
    { kind: 'text', text: `发票号码 ${receipt.invoice_number}`, x: 60, y: 220, size: 30, color: red },
    { kind: 'line', from: [40, 290], to: [width - 40, 290], color: red, lineWidth: 2 },
    ...printedLines.map(
      ([label, value], index) =>
        /** @type {DocumentElement} */ ({
          kind: 'text',
          text: `${label}  ${value}`,
          x: 90,
          y: 320 + index * 62,
          size: 34,
          font: 'mono',
          color: ink,
        }),
    ),
    { kind: 'text', text: '(手写无效)', x: width / 2, y: height - 90, size: 26, align: 'center', color: red },
  ]
  return { width, height, background: '#fdfbf6', elements }
}
