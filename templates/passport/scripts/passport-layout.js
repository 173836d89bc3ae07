// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */

/**
 * A passport holder and document, as drawn. Dates are ISO strings; the layout prints them the ICAO
 * way ('12 AUG 1974') and writes them YYMMDD in the MRZ.
 * @typedef {{
 *   country: string,
 *   code: string,
 *   nationalityText: string,
 *   number: string,
 *   surname: string,
 *   givenNames: string,
 *   nationality: string,
 *   birthDate: string,
 *   sex: 'M' | 'F' | 'X',
 *   placeOfBirth: string,
 *   issueDate: string,
 *   authority: string,
 *   expiryDate: string,
 *   personalNumber: string,
 * }} Holder
 */

// ID-3 size, 125 × 88 mm at 10 px/mm.
const width = 1250
const height = 880
const ink = '#1f2430'
const labelInk = '#4a5a78'
const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

/**
 * The data page as a `renderDocument` layout, as ICAO 9303 Part 4 zones it: the header across the
 * top, the portrait on the left, the bilingual labels and their values in the middle, the two MRZ
 * lines in OCR-B-like monospace at the bottom.
 * @param {Holder} holder
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function passportLayout(holder) {
  const [line1, line2] = mrzLines(holder)
  /** @type {DocumentElement[]} */
  const elements = [
    {
      kind: 'rect',
      x: 6,
      y: 6,
      width: width - 12,
      height: height - 12,
      stroke: '#b9c4d8',
      lineWidth: 3,
      radius: 14,
    },
    { kind: 'text', text: 'PASSPORT / PASSEPORT', x: 60, y: 26, size: 30, weight: 'bold', color: ink },
    { kind: 'text', text: holder.country, x: 60, y: 66, size: 24, color: ink },
    // The portrait: a grey card with a head-and-shoulders outline.
    {
      kind: 'rect',
      x: 60,
      y: 120,
      width: 270,
      height: 350,
      fill: '#d9dde4',
      stroke: '#9aa3b2',
      lineWidth: 2,
    },
    { kind: 'rect', x: 145, y: 170, width: 100, height: 130, fill: '#b8bfcb', radius: 50 },
    { kind: 'rect', x: 100, y: 320, width: 190, height: 150, fill: '#b8bfcb', radius: 40 },
    ...field('Type / Type', 'P', 380, 110),
    ...field('Code / Code', holder.code, 560, 110),
    ...field('Passport No. / Passeport No.', holder.number, 800, 110),
    ...field('Surname / Nom', holder.surname, 380, 190),
    ...field('Given names / Prénoms', holder.givenNames, 380, 270),
    ...field('Nationality / Nationalité', holder.nationalityText, 380, 350),
    ...field('Date of birth / Date de naissance', printedDate(holder.birthDate), 380, 430),
    ...field('Sex / Sexe', holder.sex, 920, 430),
    ...field('Place of birth / Lieu de naissance', holder.placeOfBirth, 380, 510),
    ...field('Date of issue / Date de délivrance', printedDate(holder.issueDate), 380, 590),
    ...field('Authority / Autorité', holder.authority, 920, 590),
    ...field("Date of expiry / Date d'expiration", printedDate(holder.expiryDate), 380, 670),
    { kind: 'rect', x: 0, y: 760, width, height: 120, fill: '#f4f5f7' },
    {
      kind: 'text',
      text: line1,
      x: width / 2,
      y: 770,
      size: 42,
      font: 'mono',
      align: 'center',
      color: '#111111',
    },
    {
      kind: 'text',
      text: line2,
      x: width / 2,
      y: 822,
      size: 42,
      font: 'mono',
      align: 'center',
      color: '#111111',
    },
  ]
  return { width, height, background: '#eef1f6', elements }
}

/**
 * @param {string} label
 * @param {string} value
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function field(label, value, x, y) {
  return [
    { kind: 'text', text: label, x, y, size: 20, color: labelInk },
    { kind: 'text', text: value, x, y: y + 28, size: 32, color: ink },
  ]
}

/** '1974-08-12' → '12 AUG 1974', the visual zone's form. @param {string} iso */
export function printedDate(iso) {
  const [year, month, day] = iso.split('-')
  return `${day} ${months[Number(month) - 1]} ${year}`
}

/** ICAO 9303 check digit: weights 7, 3, 1; '<' = 0, A–Z = 10–35. @param {string} field */
function checkDigit(field) {
  const weights = [7, 3, 1]
  let sum = 0
  for (let index = 0; index < field.length; index++) {
    const character = field[index] ?? '<'
    const value =
      character === '<' ? 0 : /\d/.test(character) ? Number(character) : character.charCodeAt(0) - 55
    sum += value * (weights[index % 3] ?? 0)
  }
  return String(sum % 10)
}

/** @param {string} value */
const mrzName = (value) =>
  value
    .toUpperCase()
    .replace(/['’]/g, '')
    .replace(/[\s-]+/g, '<')
/** @param {string} value @param {number} length */
const pad = (value, length) => value.padEnd(length, '<').slice(0, length)
/** @param {string} iso */
const yymmdd = (iso) => iso.slice(2).replaceAll('-', '')

/**
 * The two MRZ lines of a TD3 passport (ICAO 9303 Part 4), check digits computed.
 * @param {Holder} holder
 * @returns {[string, string]}
 */
export function mrzLines(holder) {
  const line1 = pad(`P<${pad(holder.code, 3)}${mrzName(holder.surname)}<<${mrzName(holder.givenNames)}`, 44)
  const number = pad(holder.number, 9)
  const optional = pad(holder.personalNumber, 14)
  const optionalCheck = holder.personalNumber === '' ? '<' : checkDigit(optional)
  const head = `${number}${checkDigit(number)}`
  const birth = `${yymmdd(holder.birthDate)}${checkDigit(yymmdd(holder.birthDate))}`
  const expiry = `${yymmdd(holder.expiryDate)}${checkDigit(yymmdd(holder.expiryDate))}`
  const tail = `${optional}${optionalCheck}`
  const composite = checkDigit(`${head}${birth}${expiry}${tail}`)
  return [
    line1,
    `${head}${pad(holder.nationality, 3)}${birth}${holder.sex === 'X' ? '<' : holder.sex}${expiry}${tail}${composite}`,
  ]
}

/**
 * The values the template must read from a page drawn by {@link passportLayout}.
 * @param {Holder} holder
 */
export function expectedPassport(holder) {
  const [line1, line2] = mrzLines(holder)
  return {
    surname: holder.surname,
    given_names: holder.givenNames,
    nationality: holder.nationality,
    date_of_birth: printedDate(holder.birthDate).replaceAll(' ', ''),
    sex: holder.sex,
    passport_number: holder.number,
    date_of_expiry: printedDate(holder.expiryDate).replaceAll(' ', ''),
    issuing_country: holder.code,
    mrz_line_1: line1,
    mrz_line_2: line2,
  }
}
