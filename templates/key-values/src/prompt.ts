/**
 * The task of Qwen-OCR's `key_information_extraction` without a schema (all key-value pairs), in
 * this template's own words, asking for a list so that order and repeated labels survive.
 */
export const prompt = [
  'Find every key-value pair printed in the image: each label together with the value that belongs to it.',
  "Return them in reading order as JSON: {'pairs': [{'key': 'xxx', 'value': 'xxx'}, ...]}.",
  'Write each key exactly as printed, without its colon, and each value exactly as printed, in its own language; do not translate or normalise anything.',
  'Replace any single character that is blurry or hidden by glare with an English question mark (?). Use null as the value of a label left blank.',
  'Output only the JSON.',
].join('\n')
