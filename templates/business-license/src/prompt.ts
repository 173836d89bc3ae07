/**
 * The text sent to Qwen-OCR, in the wording of the train-ticket seed prompt. It names the fields, says
 * to join the business scope's lines and which punctuation to write half-width, so that its answers and
 * the embedded engine's compare equal.
 */
export const prompt = [
  'Please extract the unified social credit code, name, type, legal representative, registered capital, date of establishment, business term, address, business scope, registration authority, and issue date from the Chinese business license (营业执照) image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Write the unified social credit code as 18 characters without spaces; dates as printed, e.g. '2018年04月09日'; the business term as printed, e.g. '2018年04月09日至长期'; the business scope with its lines joined and no spaces; the registration authority as the name in its seal; the issue date as the date under the seal. Write full-width brackets, semicolons, commas and colons half-width: ( ) ; , :",
  "Return the data in JSON format as follows: {'unified_social_credit_code': 'xxx', 'name': 'xxx', 'type': 'xxx', 'legal_representative': 'xxx', 'registered_capital': 'xxx', 'date_of_establishment': 'xxx', 'business_term': 'xxx', 'address': 'xxx', 'business_scope': 'xxx', 'registration_authority': 'xxx', 'issue_date': 'xxx'}",
  'If a value is not on the license, use null for it.',
].join('\n')
