import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

type Itinerary = { [field: string]: unknown; flights: Array<{ [field: string]: unknown }> }
const examples = (template.examples ?? []).map((example) => example.expected as Itinerary)
// The one-way scan (no insurance) and the round trip.
const oneWay = examples[0] as Itinerary
const roundTrip = examples[1] as Itinerary
const withFlight = (
  itinerary: Itinerary,
  index: number,
  change: { [field: string]: unknown },
): Itinerary => ({
  ...itinerary,
  flights: itinerary.flights.map((flight, at) => (at === index ? { ...flight, ...change } : flight)),
})

// The shared suite; validate.test.ts holds the warnings (which the suite cannot require) and
// local-rules.test.ts the layouts the fixtures do not show.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    { name: 'a number for the total', data: { ...oneWay, total: 1200 }, path: '/total', by: 'schema' },
    {
      name: 'a missing e-ticket number',
      data: { ...oneWay, ticket_number: undefined },
      path: '/ticket_number',
      by: 'schema',
    },
    { name: 'an unknown field', data: { ...oneWay, pnr_code: 'HX4K2P' }, path: '', by: 'schema' },
    {
      name: 'a flight without its date',
      data: withFlight(oneWay, 0, { date: undefined }),
      path: '/flights/0/date',
      by: 'schema',
    },
    {
      name: 'a total 0.01 off fare + fund + fuel + other taxes',
      data: { ...oneWay, total: '1200.01' },
      path: '/total',
      by: 'validate',
    },
    {
      name: 'a total that adds insurance the passenger did not buy',
      data: { ...oneWay, total: '1220.00' },
      path: '/total',
      by: 'validate',
    },
    {
      name: 'a total that is neither the sum nor the sum with the insurance',
      data: { ...roundTrip, insurance: '20.00', total: '1630.00' },
      path: '/total',
      by: 'validate',
    },
    {
      name: 'a fare with its currency code',
      data: { ...oneWay, fare: 'CNY 1130.00' },
      path: '/fare',
      by: 'validate',
    },
    {
      name: 'a 12-digit e-ticket number',
      data: { ...oneWay, ticket_number: '999214580361' },
      path: '/ticket_number',
      by: 'validate',
    },
    {
      name: 'an e-ticket number with its dash',
      data: { ...oneWay, ticket_number: '999-2145803617' },
      path: '/ticket_number',
      by: 'validate',
    },
    {
      name: 'an e-ticket number with airline code 000',
      data: { ...oneWay, ticket_number: '0002145803617' },
      path: '/ticket_number',
      by: 'validate',
    },
    {
      name: 'a 10-digit serial number',
      data: { ...oneWay, serial_number: '3901826475' },
      path: '/serial_number',
      by: 'validate',
    },
    {
      name: 'a 5-digit validation code',
      data: { ...oneWay, validation_code: '48210' },
      path: '/validation_code',
      by: 'validate',
    },
    {
      name: 'a flight number with a 3-letter airline code',
      data: withFlight(roundTrip, 1, { flight_number: 'CES2158' }),
      path: '/flights/1/flight_number',
      by: 'validate',
    },
    {
      name: 'a flight number with 5 digits',
      data: withFlight(oneWay, 0, { flight_number: 'CA15011' }),
      path: '/flights/0/flight_number',
      by: 'validate',
    },
    {
      name: 'a flight on February 30th',
      data: withFlight(oneWay, 0, { date: '2024-02-30' }),
      path: '/flights/0/date',
      by: 'validate',
    },
    {
      name: 'a departure at 24:30',
      data: withFlight(oneWay, 0, { time: '24:30' }),
      path: '/flights/0/time',
      by: 'validate',
    },
    {
      name: 'a flight that lands where it left',
      data: withFlight(roundTrip, 1, { arrival_station: '西安咸阳' }),
      path: '/flights/1/arrival_station',
      by: 'validate',
    },
    {
      name: 'an issue date in month 13',
      data: { ...oneWay, issue_date: '2024-13-10' },
      path: '/issue_date',
      by: 'validate',
    },
    {
      name: 'a resident ID number with a wrong check digit',
      data: { ...oneWay, id_number: '110108199003152418' },
      path: '/id_number',
      by: 'validate',
    },
  ],
})
