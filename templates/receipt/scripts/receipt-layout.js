// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */

/**
 * A till receipt's values, as drawn. Amounts are strings exactly as printed; `items` in printed order.
 * @typedef {{
 *   merchantName: string,
 *   address: string,
 *   phone: string,
 *   taxId: string,
 *   date: string,
 *   time: string,
 *   receiptNumber: string,
 *   currency: string,
 *   symbol: string,
 *   items: Array<{ name: string, quantity: string, unitPrice: string, amount: string }>,
 *   subtotal: { label: string, amount: string } | null,
 *   tax: { label: string, amount: string },
 *   taxIncluded: boolean,
 *   total: string,
 *   card: string,
 *   footer: string,
 * }} Receipt
 */

// 80 mm thermal paper at 7.5 px/mm, in the monospace face till printers use.
const width = 600
const left = 36
const right = width - 36
const ink = '#222222'
const body = 24
const step = 36

/**
 * A thermal till receipt as a `renderDocument` layout: shop name and address centred at the top, date
 * and time, the item lines (name and amount, then 'qty x unit price' under an item bought more than
 * once), the totals block, the card slip and a footer.
 * @param {Receipt} receipt
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function receiptLayout(receipt) {
  /** @type {DocumentElement[]} */
  const elements = []
  let y = 40
  const centred = (
    /** @type {string} */ text,
    size = body,
    weight = /** @type {'normal' | 'bold'} */ ('normal'),
  ) => {
    elements.push({
      kind: 'text',
      text,
      x: width / 2,
      y,
      size,
      weight,
      align: 'center',
      font: 'mono',
      color: ink,
    })
    y += Math.round(size * 1.5)
  }
  const row = (
    /** @type {string} */ label,
    /** @type {string} */ value,
    size = body,
    weight = /** @type {'normal' | 'bold'} */ ('normal'),
  ) => {
    elements.push({ kind: 'text', text: label, x: left, y, size, weight, font: 'mono', color: ink })
    elements.push({
      kind: 'text',
      text: value,
      x: right,
      y,
      size,
      weight,
      align: 'right',
      font: 'mono',
      color: ink,
    })
    y += Math.round(size * 1.5)
  }
  const rule = () => {
    elements.push({ kind: 'line', from: [left, y + 8], to: [right, y + 8], color: ink, lineWidth: 2 })
    y += 26
  }

  elements.push({
    kind: 'text',
    text: receipt.merchantName,
    x: width / 2,
    y,
    size: 40,
    weight: 'bold',
    align: 'center',
    color: ink,
  })
  y += 66
  centred(receipt.address)
  centred(receipt.phone)
  centred(receipt.taxId)
  rule()
  row(`Date: ${receipt.date}`, `Time: ${receipt.time}`)
  row(`Receipt ${receipt.receiptNumber}`, '')
  rule()
  for (const item of receipt.items) {
    row(item.name, item.amount)
    if (item.quantity !== '1') {
      elements.push({
        kind: 'text',
        text: `  ${item.quantity} x ${item.unitPrice}`,
        x: left,
        y,
        size: body,
        font: 'mono',
        color: ink,
      })
      y += step
    }
  }
  rule()
  if (receipt.subtotal) row(receipt.subtotal.label, receipt.subtotal.amount)
  if (!receipt.taxIncluded) row(receipt.tax.label, receipt.tax.amount)
  row('TOTAL', `${receipt.symbol}${receipt.total}`, 32, 'bold')
  if (receipt.taxIncluded) row(`incl. ${receipt.tax.label}`, receipt.tax.amount)
  rule()
  row(receipt.card, '')
  row('AMOUNT', `${receipt.currency} ${receipt.total}`)
  row(`AUTH CODE 0${receipt.receiptNumber.slice(-4)}`, 'APPROVED')
  y += 20
  centred(receipt.footer)
  return { width, height: y + 40, background: '#fbfaf6', elements }
}

/**
 * The values the template must read from a receipt drawn by {@link receiptLayout}.
 * @param {Receipt} receipt
 */
export function expectedReceipt(receipt) {
  return {
    merchant_name: receipt.merchantName,
    merchant_address: receipt.address,
    date: receipt.date,
    time: receipt.time,
    total: receipt.total,
    currency: receipt.currency,
    subtotal: receipt.subtotal?.amount ?? null,
    tax: receipt.tax.amount,
    items: receipt.items.map((item) => ({
      name: item.name,
      quantity: item.quantity,
      unit_price: item.unitPrice,
      amount: item.amount,
    })),
  }
}
