import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const sample = template.examples?.[0]?.expected as { [field: string]: unknown }

// The shared suite; this package's other tests hold only what is special about train tickets.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a number for the price',
      data: { ...sample, ticket_price: 553 },
      path: '/ticket_price',
      by: 'schema',
    },
    {
      name: 'a missing passenger name',
      data: { ...sample, passenger_name: undefined },
      path: '/passenger_name',
      by: 'schema',
    },
    {
      name: 'an unknown field',
      data: { ...sample, ticket_code: '10010301100710E012345' },
      path: '',
      by: 'schema',
    },
    {
      name: 'a five-digit train number',
      data: { ...sample, train_number: 'G12345' },
      path: '/train_number',
      by: 'validate',
    },
    {
      name: 'a seat in row G',
      data: { ...sample, seat_number: '05车12G号' },
      path: '/seat_number',
      by: 'validate',
    },
    {
      name: 'February 30th',
      data: { ...sample, departure_date_and_time: '2025年02月30日08:05开' },
      path: '/departure_date_and_time',
      by: 'validate',
    },
    {
      name: 'a departure at 24:05',
      data: { ...sample, departure_date_and_time: '2025年06月18日24:05开' },
      path: '/departure_date_and_time',
      by: 'validate',
    },
    {
      name: 'a price with three decimals',
      data: { ...sample, ticket_price: '553.005' },
      path: '/ticket_price',
      by: 'validate',
    },
    {
      name: 'a short ID number',
      data: { ...sample, id_card_number: '1101051990****123' },
      path: '/id_card_number',
      by: 'validate',
    },
    {
      name: 'a passenger born after the journey',
      data: { ...sample, id_card_number: '1101052026****123X' },
      path: '/id_card_number',
      by: 'validate',
    },
  ],
})
