/**
 * The text sent to Qwen-OCR. It names every field, shows the JSON to return (models copy the example),
 * and states the normalisations the schema asks for: ISO dates and currency codes, plain decimals,
 * tax IDs and IBANs without spaces.
 */
export const prompt = [
  "Please extract the invoice number, invoice date, due date, purchase order number, vendor name, vendor address, vendor tax ID, customer name, customer address, currency, the list of items (each with its description, quantity, unit price, tax rate and amount), subtotal, discount, total tax, total, amount due, payment terms and the vendor's IBAN from the invoice image.",
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Write dates as 'YYYY-MM-DD', the currency as its ISO 4217 code (for example 'EUR' for €, 'GBP' for £), and every amount as digits with a '.' before the decimals, without currency symbols or thousands separators ('1,234.50' and '1.234,50' both become '1234.50'). Write the discount without a minus sign, and the tax ID and the IBAN without spaces.",
  "Join the lines of an address with ', '. The customer is the party billed ('Bill To'); the vendor is the company issuing the invoice. The amount due is what remains to pay after any deposit; it equals the total when nothing was paid.",
  "Return the data in JSON format as follows: {'invoice_number': 'xxx', 'invoice_date': 'xxx', 'due_date': 'xxx', 'purchase_order': 'xxx', 'vendor_name': 'xxx', 'vendor_address': 'xxx', 'vendor_tax_id': 'xxx', 'customer_name': 'xxx', 'customer_address': 'xxx', 'currency': 'xxx', 'items': [{'description': 'xxx', 'quantity': 'xxx', 'unit_price': 'xxx', 'tax_rate': 'xxx', 'amount': 'xxx'}], 'subtotal': 'xxx', 'discount': 'xxx', 'total_tax': 'xxx', 'total': 'xxx', 'amount_due': 'xxx', 'payment_terms': 'xxx', 'iban': 'xxx'}",
  'If a value is not on the invoice, use null for it.',
].join('\n')
