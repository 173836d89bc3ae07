/**
 * The text sent to Qwen-OCR, in the form of Alibaba's own key-information examples. It asks for the
 * plate and the VIN without spaces, the two values most often returned split up.
 */
export const prompt = [
  'Please extract the plate number, vehicle type, owner, address, use character, model, VIN, engine number, register date and issue date from the main page of the Chinese motor-vehicle licence (机动车行驶证) image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Write the plate number (号牌号码), the VIN (车辆识别代号, 17 characters) and the engine number (发动机号码) without spaces; the VIN never contains I, O or Q. Write dates as printed, 'YYYY-MM-DD'. The use character is 使用性质 and the model is 品牌型号.",
  "Return the data in JSON format as follows: {'plate_number': 'xxx', 'vehicle_type': 'xxx', 'owner': 'xxx', 'address': 'xxx', 'use_character': 'xxx', 'model': 'xxx', 'vin': 'xxx', 'engine_number': 'xxx', 'register_date': 'xxx', 'issue_date': 'xxx'}",
  'If a value is not on the licence, use null for it.',
].join('\n')
