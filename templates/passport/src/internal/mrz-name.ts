// Letters ICAO 9303 Part 3 transliterates to more than one letter; others lose their accent.
const transliterations: { [letter: string]: string } = {
  Ä: 'AE',
  Ö: 'OE',
  Ü: 'UE',
  Å: 'AA',
  Æ: 'AE',
  Ø: 'OE',
  ß: 'SS',
  Þ: 'TH',
  Ð: 'D',
  Ł: 'L',
  Œ: 'OE',
  Ĳ: 'IJ',
}

/**
 * The ways a name printed in the visual zone may appear in the MRZ: capitals, spaces and hyphens as
 * fillers, apostrophes dropped, accents removed or (Ä, Ö, Ü, Å...) spelled out, as Part 3 allows.
 */
export function mrzNameForms(printed: string): string[] {
  const upper = printed.normalize('NFC').toUpperCase().trim()
  const spelled = [...upper].map((letter) => transliterations[letter] ?? letter).join('')
  return [...new Set([upper, spelled])].map((form) =>
    form
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/['’`.]/gu, '')
      .replace(/[\s,-]+/gu, '<'),
  )
}

/**
 * True when the MRZ's name part agrees with the printed name: equal to one of its forms, or that form
 * cut short, as a long name is truncated to fit the 39 positions of line 1.
 */
export function mrzNameAgrees(printed: string, mrz: string, truncated: boolean): boolean {
  return mrzNameForms(printed).some(
    (form) => form === mrz || (truncated && mrz !== '' && form.startsWith(mrz)),
  )
}
