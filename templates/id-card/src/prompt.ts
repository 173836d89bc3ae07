/**
 * The text sent to Qwen-OCR, in the wording of the train-ticket seed prompt (the form the model was
 * tuned on). It names every field and says which side each belongs to, because a photo shows one side
 * and the other side's fields must come back null rather than guessed.
 */
export const prompt = [
  'Please extract the side, name, sex, ethnicity, birth date, address, ID number, issuing authority, and validity period from the Chinese resident identity card (居民身份证) image.',
  "The side is 'front' for the portrait side (name, sex, ethnicity, birth date, address, ID number) and 'back' for the national emblem side (issuing authority, validity period). Use null for every field of the side that is not in the image.",
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Write the birth date as printed, e.g. '1986年7月23日'; the address with its lines joined and no spaces; the ID number as 18 characters without spaces; the validity period as printed, e.g. '2016.08.15-2036.08.15' or '2010.03.01-长期'.",
  "Return the data in JSON format as follows: {'side': 'xxx', 'name': 'xxx', 'sex': 'xxx', 'ethnicity': 'xxx', 'birth_date': 'xxx', 'address': 'xxx', 'id_number': 'xxx', 'issuing_authority': 'xxx', 'validity_period': 'xxx'}",
  'If a value is not on the card, use null for it.',
].join('\n')
