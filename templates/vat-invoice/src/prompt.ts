/**
 * The text sent to Qwen-OCR, in the form of Alibaba's own key-information examples: the fields named
 * in a sentence, the rule for unreadable characters, then a JSON example the model copies.
 */
export const prompt = [
  'Please extract the invoice title, invoice code, invoice number, issue date, check code, buyer name, buyer tax ID, seller name, seller tax ID, line items (each with name, specification, unit, quantity, unit price, amount, tax rate and tax), pre-tax amount, total tax, total amount, total amount in words, remarks, payee, reviewer and drawer from the VAT invoice image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Write amounts as digits with two decimals, without '¥' or thousands separators; write the check code without spaces and the date as YYYY年MM月DD日. A fully digital invoice (电子发票) has no invoice code: use null.",
  "Return the data in JSON format as follows: {'invoice_title': 'xxx', 'invoice_code': 'xxx', 'invoice_number': 'xxx', 'issue_date': 'xxx', 'check_code': 'xxx', 'buyer_name': 'xxx', 'buyer_tax_id': 'xxx', 'seller_name': 'xxx', 'seller_tax_id': 'xxx', 'items': [{'name': 'xxx', 'specification': 'xxx', 'unit': 'xxx', 'quantity': 'xxx', 'unit_price': 'xxx', 'amount': 'xxx', 'tax_rate': 'xxx', 'tax': 'xxx'}], 'pre_tax_amount': 'xxx', 'total_tax': 'xxx', 'total_amount': 'xxx', 'total_amount_in_words': 'xxx', 'remarks': 'xxx', 'payee': 'xxx', 'reviewer': 'xxx', 'drawer': 'xxx'}",
  'If a value is not on the invoice, use null for it.',
].join('\n')
