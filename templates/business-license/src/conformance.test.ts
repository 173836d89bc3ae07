import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const sample = template.examples?.[0]?.expected as { [field: string]: unknown }

// The shared suite; this package's other tests hold only what is special about business licences.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a number for the capital',
      data: { ...sample, registered_capital: 10000000 },
      path: '/registered_capital',
      by: 'schema',
    },
    { name: 'a missing name', data: { ...sample, name: undefined }, path: '/name', by: 'schema' },
    { name: 'an unknown field', data: { ...sample, paid_in_capital: '壹仟万元整' }, path: '', by: 'schema' },
    {
      name: 'a wrong check character',
      data: { ...sample, unified_social_credit_code: '91110108MA01C7K2PJ' },
      path: '/unified_social_credit_code',
      by: 'validate',
    },
    {
      name: 'an O read for a 0',
      data: { ...sample, unified_social_credit_code: '911101O8MA01C7K2PH' },
      path: '/unified_social_credit_code',
      by: 'validate',
    },
    {
      name: 'a 17-character code',
      data: { ...sample, unified_social_credit_code: '91110108MA01C7K2P' },
      path: '/unified_social_credit_code',
      by: 'validate',
    },
    {
      name: 'February 30th as the date of establishment',
      data: { ...sample, date_of_establishment: '2018年02月30日', business_term: '2018年02月28日至长期' },
      path: '/date_of_establishment',
      by: 'validate',
    },
    {
      name: 'an issue date before establishment',
      data: { ...sample, issue_date: '2017年03月15日' },
      path: '/issue_date',
      by: 'validate',
    },
    {
      name: 'a business term that ends before it starts',
      data: { ...sample, business_term: '2018年04月09日至2008年04月08日' },
      path: '/business_term',
      by: 'validate',
    },
  ],
})
