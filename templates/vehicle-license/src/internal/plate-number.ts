/** The one-character abbreviations of the 31 provincial-level regions that issue plates (GA 36). */
export const provinces = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'

// Plates use the Latin letters without I and O, which would pass for 1 and 0.
const letter = 'A-HJ-NP-Z'
const serial = `[${letter}0-9]`

/**
 * A plate number as a licence prints it: the province, the issuing office's letter, then five
 * letters and digits (the last may be 挂, 学, 警, 港 or 澳), or six for a new-energy vehicle (a
 * small one's start with one of A–H, J, K; a large one's end in D or F). A separator dot after the
 * office letter, as on the plate itself, is allowed.
 */
export const platePattern = new RegExp(
  `^[${provinces}][${letter}][·•.\\s]?(?:${serial}{4}(?:${serial}|[挂学警港澳])|[A-HJK]${serial}\\d{4}|\\d{5}[DF])$`,
  'u',
)
