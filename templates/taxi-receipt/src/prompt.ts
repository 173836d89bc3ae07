/** The text sent to Qwen-OCR, in the form of Alibaba's own key-information examples. */
export const prompt = [
  'Please extract the invoice code, invoice number, plate number, date, pick-up time, drop-off time, unit price, distance, fare, fuel surcharge and total fare from the taxi receipt image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Write amounts and the distance as numbers only, without '¥', '元' or 'km'; write times as HH:MM.",
  "Return the data in JSON format as follows: {'invoice_code': 'xxx', 'invoice_number': 'xxx', 'plate_number': 'xxx', 'date': 'xxx', 'pick_up_time': 'xxx', 'drop_off_time': 'xxx', 'unit_price': 'xxx', 'distance': 'xxx', 'fare': 'xxx', 'fuel_surcharge': 'xxx', 'total_fare': 'xxx'}",
  'If a value is not on the receipt, use null for it.',
].join('\n')
