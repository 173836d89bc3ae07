/**
 * The text sent to Qwen-OCR. It names every field, shows the JSON to return (models copy the example),
 * and states the normalisations the schema asks for: ISO dates and currency codes, plain decimals.
 */
export const prompt = [
  'Please extract the merchant name, merchant address, date, time, total, currency, subtotal, tax, and the list of items (each with its name, quantity, unit price, and amount) from the receipt image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Write the date as 'YYYY-MM-DD', the time as 'HH:MM' (24-hour), the currency as its ISO 4217 code (for example 'EUR' for €, 'GBP' for £), and every amount as digits with a '.' before the decimals, without currency symbols or thousands separators.",
  'The subtotal is the amount before tax; if the receipt prints only a total that includes tax, use null for the subtotal.',
  "Return the data in JSON format as follows: {'merchant_name': 'xxx', 'merchant_address': 'xxx', 'date': 'xxx', 'time': 'xxx', 'total': 'xxx', 'currency': 'xxx', 'subtotal': 'xxx', 'tax': 'xxx', 'items': [{'name': 'xxx', 'quantity': 'xxx', 'unit_price': 'xxx', 'amount': 'xxx'}]}",
  'If a value is not on the receipt, use null for it.',
].join('\n')
