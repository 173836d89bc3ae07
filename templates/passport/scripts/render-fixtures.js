// @ts-check
/**
 * Renders the template's fixtures: five passport data pages of made-up people, drawn with
 * @tiqu/testing's renderDocument and delivered as a scan, a desk photo, a crooked scan, a blurred copy
 * and a noisy low-quality JPEG. The MRZ is computed from the holder (check digits included), so it
 * agrees with the visual zone. Writes fixtures/<name>.jpg and fixtures/rendered.json, which
 * src/index.ts lists in `examples`. Deterministic. Needs the Noto CJK fonts and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-passport render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { expectedPassport, passportLayout } from './passport-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Nobody real. The first is ICAO 9303's own specimen holder of Utopia (UTO), with a current expiry.
 * @type {Array<{ name: string, holder: import('./passport-layout.js').Holder, render: import('@tiqu/testing').RenderOptions }>}
 */
const fixtures = [
  {
    name: 'passport-uto-scan',
    holder: {
      country: 'UTOPIA',
      code: 'UTO',
      nationalityText: 'UTOPIAN',
      number: 'L898902C3',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      nationality: 'UTO',
      birthDate: '1974-08-12',
      sex: 'F',
      placeOfBirth: 'ZENITH',
      issueDate: '2024-04-16',
      authority: 'PASSPORT OFFICE',
      expiryDate: '2034-04-15',
      personalNumber: 'ZE184226B',
    },
    render: { seed: 21 },
  },
  {
    name: 'passport-gbr-photo',
    holder: {
      country: 'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND',
      code: 'GBR',
      nationalityText: 'BRITISH CITIZEN',
      number: '533401872',
      surname: 'HARGREAVES',
      givenNames: 'OLIVER JAMES',
      nationality: 'GBR',
      birthDate: '1988-11-03',
      sex: 'M',
      placeOfBirth: 'LEEDS',
      issueDate: '2023-06-22',
      authority: 'HMPO',
      expiryDate: '2033-06-21',
      personalNumber: '',
    },
    render: { photo: true, rotation: -4, blur: 0.6, noise: 0.12, jpegQuality: 80, seed: 22 },
  },
  {
    name: 'passport-can-skewed',
    holder: {
      country: 'CANADA',
      code: 'CAN',
      nationalityText: 'CANADIAN / CANADIENNE',
      number: 'HK482910',
      surname: 'TREMBLAY',
      givenNames: 'SOPHIE',
      nationality: 'CAN',
      birthDate: '1995-02-17',
      sex: 'F',
      placeOfBirth: 'QUEBEC CAN',
      issueDate: '2021-09-30',
      authority: 'GATINEAU',
      expiryDate: '2031-09-30',
      personalNumber: '',
    },
    render: { rotation: 3, seed: 23 },
  },
  {
    name: 'passport-nld-blurred',
    holder: {
      country: 'KONINKRIJK DER NEDERLANDEN',
      code: 'NLD',
      nationalityText: 'NEDERLANDSE',
      number: 'NXR4K7P12',
      surname: 'BAKKER',
      givenNames: 'PIETER WILLEM',
      nationality: 'NLD',
      birthDate: '1969-05-28',
      sex: 'M',
      placeOfBirth: 'UTRECHT',
      issueDate: '2022-01-11',
      authority: 'BURG. VAN UTRECHT',
      expiryDate: '2032-01-11',
      personalNumber: '',
    },
    render: { blur: 1.2, noise: 0.08, seed: 24 },
  },
  {
    name: 'passport-aus-noisy',
    holder: {
      country: 'AUSTRALIA',
      code: 'AUS',
      nationalityText: 'AUSTRALIAN',
      number: 'PA7315904',
      surname: 'NGUYEN',
      givenNames: 'THI MAI',
      nationality: 'AUS',
      birthDate: '2001-12-09',
      sex: 'F',
      placeOfBirth: 'MELBOURNE',
      issueDate: '2020-12-09',
      authority: 'AUSTRALIA',
      expiryDate: '2030-12-08',
      personalNumber: '',
    },
    render: { noise: 0.3, jpegQuality: 45, seed: 25 },
  },
]

/** @type {Array<{ image: string, expected: { [field: string]: unknown } }>} */
const rendered = []
for (const fixture of fixtures) {
  const bytes = await renderDocument(passportLayout(fixture.holder), fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: expectedPassport(fixture.holder) })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')
