import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const examples = (template.examples ?? []).map((example) => example.expected)
const front = examples.find((expected) => expected.side === 'front') as { [field: string]: unknown }
const back = examples.find((expected) => expected.side === 'back') as { [field: string]: unknown }

// The shared suite; this package's other tests hold only what is special about ID cards.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    { name: 'a side that is neither', data: { ...front, side: 'portrait' }, path: '/side', by: 'schema' },
    { name: 'a missing address', data: { ...front, address: undefined }, path: '/address', by: 'schema' },
    { name: 'an unknown field', data: { ...front, nationality: '中国' }, path: '', by: 'schema' },
    {
      name: 'a wrong check digit',
      data: { ...front, id_number: '110105198607231236' },
      path: '/id_number',
      by: 'validate',
    },
    {
      name: 'a 17-character number',
      data: { ...front, id_number: '11010519860723123' },
      path: '/id_number',
      by: 'validate',
    },
    {
      name: 'a birth date other than the number’s',
      data: { ...front, birth_date: '1986年7月22日' },
      path: '/birth_date',
      by: 'validate',
    },
    {
      name: 'a birth date that is no real date',
      data: { ...front, birth_date: '1986年2月30日', id_number: null },
      path: '/birth_date',
      by: 'validate',
    },
    { name: 'a man with an even 17th digit', data: { ...front, sex: '女' }, path: '/sex', by: 'validate' },
    { name: 'a sex other than 男 or 女', data: { ...front, sex: 'M' }, path: '/sex', by: 'validate' },
    {
      name: 'a validity period that ends before it starts',
      data: { ...back, validity_period: '2036.08.15-2016.08.15' },
      path: '/validity_period',
      by: 'validate',
    },
    {
      name: 'a validity period that starts on no real date',
      data: { ...back, validity_period: '2016.02.30-长期' },
      path: '/validity_period',
      by: 'validate',
    },
  ],
})
