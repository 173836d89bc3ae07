/** A Chinese airline as an itinerary names it. */
export interface Airline {
  /** IATA designator, the first two characters of its flight numbers. */
  code: string
  /** IATA accounting code, the first three digits of its ticket numbers. */
  accounting: string
  /** The short name printed under 承运人 CARRIER. */
  shortName: string
  name: string
}

/**
 * Airlines whose tickets the itinerary most often carries. The accounting codes of Air China, China
 * Eastern, China Southern and Hainan are in the document catalog (B4); the others are general
 * knowledge (bg), so an unlisted code is only ever a warning.
 */
export const airlines: readonly Airline[] = [
  { code: 'CA', accounting: '999', shortName: '国航', name: 'Air China' },
  { code: 'MU', accounting: '781', shortName: '东航', name: 'China Eastern' },
  { code: 'CZ', accounting: '784', shortName: '南航', name: 'China Southern' },
  { code: 'HU', accounting: '880', shortName: '海航', name: 'Hainan Airlines' },
  { code: '3U', accounting: '876', shortName: '川航', name: 'Sichuan Airlines' },
  { code: 'ZH', accounting: '479', shortName: '深航', name: 'Shenzhen Airlines' },
  { code: 'MF', accounting: '731', shortName: '厦航', name: 'Xiamen Airlines' },
  { code: 'SC', accounting: '324', shortName: '山航', name: 'Shandong Airlines' },
  { code: 'FM', accounting: '774', shortName: '上航', name: 'Shanghai Airlines' },
  { code: 'HO', accounting: '018', shortName: '吉祥', name: 'Juneyao Air' },
  { code: '9C', accounting: '089', shortName: '春秋', name: 'Spring Airlines' },
  { code: 'GS', accounting: '826', shortName: '天航', name: 'Tianjin Airlines' },
]

/** The airline with this accounting code, IATA code or printed short name, if listed. */
export function findAirline(by: 'accounting' | 'code' | 'shortName', value: string): Airline | undefined {
  return airlines.find((airline) => airline[by] === value)
}
