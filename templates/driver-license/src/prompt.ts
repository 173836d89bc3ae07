/**
 * The text sent to Qwen-OCR, in the form of Alibaba's own key-information examples. It spells out the
 * date form and how the validity period splits, since the page prints both ends on one line.
 */
export const prompt = [
  'Please extract the licence number, name, sex, nationality, address, birth date, first issue date, vehicle class, validity start, validity end and issuing authority from the main page of the Chinese motor-vehicle driving licence (机动车驾驶证) image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "The licence number (证号) is 18 characters without spaces. Write dates as printed, 'YYYY-MM-DD'. The validity period (有效期限) reads 'start 至 end': give the start as valid_from and the end as valid_until, which is a date or '长期'. Write the vehicle class (准驾车型) codes run together, e.g. 'C1E'. The issuing authority is the name in the red seal.",
  "Return the data in JSON format as follows: {'license_number': 'xxx', 'name': 'xxx', 'sex': 'xxx', 'nationality': 'xxx', 'address': 'xxx', 'birth_date': 'xxx', 'first_issue_date': 'xxx', 'vehicle_class': 'xxx', 'valid_from': 'xxx', 'valid_until': 'xxx', 'issuing_authority': 'xxx'}",
  'If a value is not on the licence, use null for it.',
].join('\n')
