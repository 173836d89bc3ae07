import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const sample = template.examples?.[0]?.expected as { [field: string]: unknown }

// The shared suite; this package's other tests hold only what is special about driving licences.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a number for the licence number',
      data: { ...sample, license_number: 110105198506121230 },
      path: '/license_number',
      by: 'schema',
    },
    { name: 'a missing name', data: { ...sample, name: undefined }, path: '/name', by: 'schema' },
    { name: 'an unknown field', data: { ...sample, file_number: '110100123456' }, path: '', by: 'schema' },
    {
      name: 'a wrong check character',
      data: { ...sample, license_number: '110105198506121231' },
      path: '/license_number',
      by: 'validate',
    },
    {
      name: 'a 17-character licence number',
      data: { ...sample, license_number: '11010519850612123' },
      path: '/license_number',
      by: 'validate',
    },
    {
      name: 'a birth date other than the number’s',
      data: { ...sample, birth_date: '1985-06-21' },
      path: '/birth_date',
      by: 'validate',
    },
    {
      name: 'a birth date that is no real date',
      data: { ...sample, birth_date: '1985-02-30', license_number: null },
      path: '/birth_date',
      by: 'validate',
    },
    { name: 'a woman with an odd 17th digit', data: { ...sample, sex: '女' }, path: '/sex', by: 'validate' },
    { name: 'a sex other than 男 or 女', data: { ...sample, sex: 'M' }, path: '/sex', by: 'validate' },
    {
      name: 'a vehicle class that does not exist',
      data: { ...sample, vehicle_class: 'C7' },
      path: '/vehicle_class',
      by: 'validate',
    },
    {
      name: 'a vehicle class named twice',
      data: { ...sample, vehicle_class: 'C1C1' },
      path: '/vehicle_class',
      by: 'validate',
    },
    {
      name: 'a first issue date that is no real date',
      data: { ...sample, first_issue_date: '2006-13-15' },
      path: '/first_issue_date',
      by: 'validate',
    },
    {
      name: 'a validity start that is no real date',
      data: { ...sample, valid_from: '2018-09-31' },
      path: '/valid_from',
      by: 'validate',
    },
    {
      name: 'a validity period that ends before it starts',
      data: { ...sample, valid_until: '2008-09-15' },
      path: '/valid_until',
      by: 'validate',
    },
    {
      name: 'a validity end that is neither a date nor 长期',
      data: { ...sample, valid_until: '永久' },
      path: '/valid_until',
      by: 'validate',
    },
  ],
})
