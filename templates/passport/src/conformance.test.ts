import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

// ICAO 9303's specimen holder of Utopia, with the check digits of its MRZ.
const sample = template.examples?.[0]?.expected as { [field: string]: unknown }
const line2 = sample.mrz_line_2 as string
const replaceAt = (line: string, index: number, character: string) =>
  line.slice(0, index) + character + line.slice(index + 1)

// The shared suite; this package's other tests hold only what is special about passports.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a missing MRZ line',
      data: { ...sample, mrz_line_2: undefined },
      path: '/mrz_line_2',
      by: 'schema',
    },
    { name: 'an unknown field', data: { ...sample, place_of_birth: 'ZENITH' }, path: '', by: 'schema' },
    {
      name: 'an MRZ line of 43 characters',
      data: { ...sample, mrz_line_1: (sample.mrz_line_1 as string).slice(1) },
      path: '/mrz_line_1',
      by: 'validate',
    },
    {
      name: 'a wrong document number check digit (6 → 7)',
      data: { ...sample, mrz_line_2: replaceAt(line2, 9, '7') },
      path: '/mrz_line_2',
      by: 'validate',
    },
    {
      name: 'a wrong birth date check digit',
      data: { ...sample, mrz_line_2: replaceAt(line2, 19, '3') },
      path: '/mrz_line_2',
      by: 'validate',
    },
    {
      name: 'a wrong expiry date check digit',
      data: { ...sample, mrz_line_2: replaceAt(line2, 27, '0') },
      path: '/mrz_line_2',
      by: 'validate',
    },
    {
      name: 'a wrong composite check digit',
      data: { ...sample, mrz_line_2: replaceAt(line2, 43, '7') },
      path: '/mrz_line_2',
      by: 'validate',
    },
    {
      name: 'a passport number the MRZ does not hold',
      data: { ...sample, passport_number: 'L898902C8' },
      path: '/passport_number',
      by: 'validate',
    },
    {
      name: 'a date of birth the MRZ does not hold',
      data: { ...sample, date_of_birth: '12AUG1975' },
      path: '/date_of_birth',
      by: 'validate',
    },
    {
      name: 'a date of expiry the MRZ does not hold',
      data: { ...sample, date_of_expiry: '14APR2034' },
      path: '/date_of_expiry',
      by: 'validate',
    },
    { name: 'the other sex', data: { ...sample, sex: 'M' }, path: '/sex', by: 'validate' },
    {
      name: 'another nationality',
      data: { ...sample, nationality: 'UTA' },
      path: '/nationality',
      by: 'validate',
    },
    {
      name: 'another issuing country',
      data: { ...sample, issuing_country: 'GBR' },
      path: '/issuing_country',
      by: 'validate',
    },
    {
      name: 'February 30th',
      data: { ...sample, date_of_expiry: '30FEB2034' },
      path: '/date_of_expiry',
      by: 'validate',
    },
  ],
})
