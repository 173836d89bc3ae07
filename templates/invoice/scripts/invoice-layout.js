// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */

/**
 * One line of the drawn invoice, its amount already worked out.
 * @typedef {{ description: string, quantity: string, unitPrice: string, taxRate: string | null, amount: string }} DrawnItem
 */

/**
 * What is drawn on an invoice: the values the template reads, plus what it does not (contact line,
 * bank name, BIC, footer), so the engine meets a full page. Amounts are strings exactly as printed
 * (without the currency sign, which `symbol` adds to the total rows).
 * @typedef {{
 *   vendorName: string,
 *   vendorAddress: string,
 *   vendorContact: string,
 *   vendorTaxLabel: string,
 *   vendorTaxId: string | null,
 *   customerName: string,
 *   customerAddress: string,
 *   customerTaxId: string | null,
 *   title: string,
 *   numberLabel: string,
 *   number: string,
 *   date: string,
 *   dueDate: string | null,
 *   purchaseOrder: string | null,
 *   currency: string,
 *   currencyShown: 'header' | 'totals' | 'note',
 *   symbol: string,
 *   items: DrawnItem[],
 *   subtotal: string,
 *   discount: { label: string, amount: string } | null,
 *   tax: { label: string, amount: string },
 *   total: string,
 *   paid: { label: string, amount: string } | null,
 *   amountDueLabel: string,
 *   amountDue: string,
 *   paymentTerms: string | null,
 *   bank: { name: string, iban: string | null, bic: string | null, other: string | null },
 *   footer: string,
 *   accent: string,
 *   font: 'sans' | 'serif',
 * }} DrawnInvoice
 */

const width = 1240
const left = 80
const right = width - 80
const ink = '#1f2328'
const grey = '#5b636e'
const rule = '#c9ced6'
/** Laid out in A4 pixels at 150 dpi, drawn as a 200 dpi scan would have it. */
const scanScale = 200 / 150

/**
 * An A4 commercial invoice (laid out 1240 px wide at 150 dpi, drawn at 200 dpi) as a
 * `renderDocument` layout: the vendor's name, address and tax number at the top left, the title and
 * the invoice's number and dates at the top right, the customer under 'Bill To', the items table (each
 * item one row: description, quantity, unit price, an optional tax rate, amount), the totals block at
 * the right, then payment terms and bank details and a footer, all in the vendor's one typeface.
 * @param {DrawnInvoice} invoice
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function invoiceLayout(invoice) {
  /** @type {DocumentElement[]} */
  const elements = [
    { kind: 'rect', x: 0, y: 0, width, height: 14, fill: invoice.accent },
    { kind: 'text', text: invoice.vendorName, x: left, y: 70, size: 40, weight: 'bold', color: ink },
    {
      kind: 'text',
      text: invoice.title,
      x: right,
      y: 64,
      size: 54,
      weight: 'bold',
      align: 'right',
      color: invoice.accent,
      letterSpacing: 3,
    },
    text(invoice.vendorAddress, left, 140, 24, ink),
    text(invoice.vendorContact, left, 176, 22, grey),
  ]
  if (invoice.vendorTaxId !== null) {
    elements.push(text(`${invoice.vendorTaxLabel}: ${invoice.vendorTaxId}`, left, 212, 22, grey))
  }

  /** @type {Array<[string, string]>} */
  const meta = [
    [invoice.numberLabel, invoice.number],
    ['Invoice Date:', invoice.date],
  ]
  if (invoice.dueDate !== null) meta.push(['Due Date:', invoice.dueDate])
  if (invoice.purchaseOrder !== null) meta.push(['PO Number:', invoice.purchaseOrder])
  if (invoice.currencyShown === 'header') meta.push(['Currency:', invoice.currency])
  meta.forEach(([label, value], index) => {
    const y = 148 + index * 36
    elements.push(text(label, 720, y, 22, grey), text(value, 900, y, 22, ink))
  })

  const billTo = Math.max(300, 148 + meta.length * 36 + 40)
  elements.push(
    { ...text('BILL TO', left, billTo, 20, invoice.accent), weight: 'bold', letterSpacing: 2 },
    { ...text(invoice.customerName, left, billTo + 34, 26, ink), weight: 'bold' },
    text(invoice.customerAddress, left, billTo + 74, 24, ink),
  )
  if (invoice.customerTaxId !== null) {
    elements.push(text(`VAT ID: ${invoice.customerTaxId}`, left, billTo + 108, 22, grey))
  }

  let y = billTo + 170
  elements.push(...itemsTable(invoice, y))
  y += 56 + invoice.items.length * 48 + 30

  // The totals: label at the left of the block, amount right-aligned, one row each.
  /** @type {Array<[string, string, boolean]>} */
  const totals = [['Subtotal', invoice.subtotal, false]]
  if (invoice.discount) totals.push([invoice.discount.label, `-${invoice.discount.amount}`, false])
  totals.push([invoice.tax.label, invoice.tax.amount, false])
  const code = invoice.currencyShown === 'totals' ? ` (${invoice.currency})` : ''
  totals.push([`Total${code}`, `${invoice.symbol}${invoice.total}`, true])
  if (invoice.paid) totals.push([invoice.paid.label, `-${invoice.paid.amount}`, false])
  totals.push([`${invoice.amountDueLabel}${code}`, `${invoice.symbol}${invoice.amountDue}`, true])
  for (const [label, value, strong] of totals) {
    if (label.startsWith('Total')) {
      elements.push({ kind: 'line', from: [720, y - 8], to: [right, y - 8], color: ink, lineWidth: 2 })
    }
    const size = strong ? 26 : 23
    elements.push(
      { ...text(label, 740, y, size, strong ? ink : grey), weight: strong ? 'bold' : 'normal' },
      { ...text(value, right, y, size, ink), align: 'right', weight: strong ? 'bold' : 'normal' },
    )
    y += strong ? 50 : 42
  }
  if (invoice.currencyShown === 'note') {
    elements.push(text(`All amounts in ${invoice.currency}`, 740, y, 20, grey))
    y += 36
  }

  y += 40
  elements.push(
    { kind: 'line', from: [left, y], to: [right, y], color: rule, lineWidth: 2 },
    { ...text('PAYMENT', left, y + 24, 20, invoice.accent), weight: 'bold', letterSpacing: 2 },
  )
  y += 62
  /** @type {string[]} */
  const payment = []
  if (invoice.paymentTerms !== null) payment.push(`Payment Terms: ${invoice.paymentTerms}`)
  payment.push(`Bank: ${invoice.bank.name}`)
  if (invoice.bank.iban !== null) payment.push(`IBAN: ${groupsOfFour(invoice.bank.iban)}`)
  if (invoice.bank.bic !== null) payment.push(`BIC: ${invoice.bank.bic}`)
  if (invoice.bank.other !== null) payment.push(invoice.bank.other)
  payment.push(`Please quote ${invoice.number} with your payment.`)
  for (const line of payment) {
    elements.push(text(line, left, y, 24, ink))
    y += 38
  }
  y += 50
  elements.push({ ...text(invoice.footer, width / 2, y, 20, grey), align: 'center' })
  // The vendor's house style: one face for the whole page.
  const styled = elements.map((element) =>
    element.kind === 'text' ? { ...element, font: invoice.font } : element,
  )
  return scaled({ width, height: Math.max(y + 90, 1400), background: '#ffffff', elements: styled }, scanScale)
}

/**
 * The items table: a shaded header, then one row per item with every cell on the row's baseline, so
 * that the engine reads an item as one visual row. A tax-rate column only when some item has a rate.
 * @param {DrawnInvoice} invoice
 * @param {number} top
 * @returns {DocumentElement[]}
 */
function itemsTable(invoice, top) {
  const withRate = invoice.items.some((item) => item.taxRate !== null)
  const columns = withRate
    ? { quantity: 720, unitPrice: 880, taxRate: 990, amount: right - 10 }
    : { quantity: 780, unitPrice: 960, taxRate: 0, amount: right - 10 }
  /** @type {DocumentElement[]} */
  const elements = [
    { kind: 'rect', x: left - 10, y: top, width: right - left + 20, height: 44, fill: '#eef1f5' },
    { ...text('Description', left, top + 11, 20, grey), weight: 'bold' },
    { ...text('Qty', columns.quantity, top + 11, 20, grey), weight: 'bold', align: 'right' },
    { ...text('Unit Price', columns.unitPrice, top + 11, 20, grey), weight: 'bold', align: 'right' },
    { ...text('Amount', columns.amount, top + 11, 20, grey), weight: 'bold', align: 'right' },
  ]
  if (withRate) {
    elements.push({ ...text('Tax', columns.taxRate, top + 11, 20, grey), weight: 'bold', align: 'right' })
  }
  invoice.items.forEach((item, index) => {
    const y = top + 60 + index * 48
    elements.push(
      text(item.description, left, y, 23, ink),
      { ...text(item.quantity, columns.quantity, y, 23, ink), align: 'right' },
      { ...text(item.unitPrice, columns.unitPrice, y, 23, ink), align: 'right' },
      { ...text(item.amount, columns.amount, y, 23, ink), align: 'right' },
      { kind: 'line', from: [left - 10, y + 38], to: [right + 10, y + 38], color: rule, lineWidth: 1 },
    )
    if (withRate && item.taxRate !== null) {
      elements.push({ ...text(item.taxRate, columns.taxRate, y, 23, ink), align: 'right' })
    }
  })
  return elements
}

/**
 * The values the template must read from an invoice drawn by {@link invoiceLayout}.
 * @param {DrawnInvoice} invoice
 */
export function expectedInvoice(invoice) {
  return {
    invoice_number: invoice.number,
    invoice_date: invoice.date,
    due_date: invoice.dueDate,
    purchase_order: invoice.purchaseOrder,
    vendor_name: invoice.vendorName,
    vendor_address: invoice.vendorAddress,
    vendor_tax_id: invoice.vendorTaxId,
    customer_name: invoice.customerName,
    customer_address: invoice.customerAddress,
    currency: invoice.currency,
    items: invoice.items.map((item) => ({
      description: item.description,
      quantity: item.quantity,
      unit_price: item.unitPrice,
      tax_rate: item.taxRate,
      amount: item.amount,
    })),
    subtotal: invoice.subtotal,
    discount: invoice.discount?.amount ?? null,
    total_tax: invoice.tax.amount,
    total: invoice.total,
    amount_due: invoice.amountDue,
    payment_terms: invoice.paymentTerms,
    iban: invoice.bank.iban,
  }
}

/**
 * The layout drawn at `factor` times its size, every position, size and line.
 * @param {import('@tiqu/testing').DocumentLayout} layout
 * @param {number} factor
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
function scaled(layout, factor) {
  const at = (/** @type {number} */ value) => Math.round(value * factor * 10) / 10
  return {
    ...layout,
    width: Math.round(layout.width * factor),
    height: Math.round(layout.height * factor),
    elements: layout.elements.map((element) => {
      if (element.kind === 'text') {
        return {
          ...element,
          x: at(element.x),
          y: at(element.y),
          size: at(element.size),
          letterSpacing: at(element.letterSpacing ?? 0),
        }
      }
      if (element.kind === 'rect') {
        return {
          ...element,
          x: at(element.x),
          y: at(element.y),
          width: at(element.width),
          height: at(element.height),
        }
      }
      return {
        ...element,
        from: [at(element.from[0]), at(element.from[1])],
        to: [at(element.to[0]), at(element.to[1])],
      }
    }),
  }
}

/**
 * @param {string} value
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {string} color
 * @returns {DocumentElement & { kind: 'text' }}
 */
function text(value, x, y, size, color) {
  return { kind: 'text', text: value, x, y, size, color }
}

/** 'DE89370400440532013000' → 'DE89 3704 0044 0532 0130 00', as banks print an IBAN. */
function groupsOfFour(/** @type {string} */ iban) {
  return iban.replace(/(.{4})(?=.)/gu, '$1 ')
}
