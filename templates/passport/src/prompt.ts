/**
 * The text sent to Qwen-OCR. It names every field, shows the JSON to return, and spells out the MRZ
 * rules a model gets wrong: exact length, '<' fillers kept, no spaces, and the codes taken from the MRZ.
 */
export const prompt = [
  "Please extract the surname, given names, nationality, date of birth, sex, passport number, date of expiry, issuing country, and the two lines of the machine-readable zone (MRZ) from the passport's data page image.",
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Copy the names and passport number as printed in the upper (visual) part of the page, and the dates as printed there without spaces, for example '12AUG1974'. Give the nationality and issuing country as their 3-letter ICAO codes (as in the MRZ, without '<'), and the sex as 'M', 'F' or 'X'.",
  "Copy each MRZ line exactly: 44 characters, every '<' kept, no spaces.",
  "Return the data in JSON format as follows: {'surname': 'xxx', 'given_names': 'xxx', 'nationality': 'xxx', 'date_of_birth': 'xxx', 'sex': 'xxx', 'passport_number': 'xxx', 'date_of_expiry': 'xxx', 'issuing_country': 'xxx', 'mrz_line_1': 'xxx', 'mrz_line_2': 'xxx'}",
  'If a value is not on the page, use null for it.',
].join('\n')
