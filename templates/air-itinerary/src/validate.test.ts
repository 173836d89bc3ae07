import { expect, it } from 'vitest'
import template from './index.js'
import { validate } from './validate.js'

type Itinerary = { [field: string]: unknown; flights: Array<{ [field: string]: unknown }> }
const examples = (template.examples ?? []).map((example) => example.expected as Itinerary)
const oneWay = examples[0] as Itinerary
const roundTrip = examples[1] as Itinerary
const issues = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)
const withFlight = (
  itinerary: Itinerary,
  index: number,
  change: { [field: string]: unknown },
): Itinerary => ({
  ...itinerary,
  flights: itinerary.flights.map((flight, at) => (at === index ? { ...flight, ...change } : flight)),
})

it('finds nothing wrong with any fixture, nor with absent values', () => {
  for (const example of examples) expect(validate(example)).toEqual([])
  expect(validate(Object.fromEntries(Object.keys(oneWay).map((field) => [field, null])))).toEqual([])
})

it('accepts a total with or without the insurance, and counts a blank amount as 0', () => {
  expect(issues({ ...oneWay, insurance: '20.00' })).toEqual([])
  expect(issues({ ...oneWay, insurance: '20.00', total: '1220.00' })).toEqual([])
  expect(issues({ ...oneWay, other_taxes: null })).toEqual([])
  expect(issues({ ...oneWay, fuel_surcharge: null, total: '1180.00' })).toEqual([])
  expect(issues({ ...oneWay, fuel_surcharge: null })).toEqual(['error /total'])
})

it('says which amounts the total should be the sum of', () => {
  const [issue] = validate({ ...oneWay, total: '1200.01' })
  expect(issue?.message).toContain('fare 1130.00 + CAAC development fund 50.00 + fuel surcharge 20.00')
  expect(issue?.message).toContain('= 1200.00')
})

it('only warns about an e-ticket number of an unlisted airline, or of none of the flights', () => {
  expect(issues({ ...oneWay, ticket_number: '1232145803617' })).toEqual(['warning /ticket_number'])
  expect(issues({ ...oneWay, ticket_number: '7812145803617' })).toEqual(['warning /ticket_number'])
})

it("only warns when the carrier is not the flight number's airline", () => {
  expect(issues(withFlight(oneWay, 0, { carrier: '东航' }))).toEqual(['warning /flights/0/carrier'])
  expect(issues(withFlight(oneWay, 0, { carrier: 'CA' }))).toEqual([])
  expect(issues(withFlight(oneWay, 0, { carrier: '祥鹏' }))).toEqual([])
})

it('only warns about flights out of date order, an odd class or allowance, or a date form not printed', () => {
  expect(issues(withFlight(roundTrip, 1, { date: '2024-09-01' }))).toEqual(['warning /flights/1/date'])
  expect(issues(withFlight(oneWay, 0, { seat_class: '经济舱' }))).toEqual(['warning /flights/0/seat_class'])
  expect(issues(withFlight(oneWay, 0, { baggage_allowance: '20' }))).toEqual([
    'warning /flights/0/baggage_allowance',
  ])
  expect(issues(withFlight(oneWay, 0, { date: '12MAY24' }))).toEqual(['warning /flights/0/date'])
})

it('accepts the time and date forms the itinerary prints', () => {
  expect(issues(withFlight(oneWay, 0, { time: '0830', date: '2024年05月12日' }))).toEqual([])
  expect(issues({ ...oneWay, issue_date: '2024/5/10' })).toEqual([])
  expect(issues(withFlight(oneWay, 0, { flight_number: '3U8633', carrier: '川航' }))).toEqual([
    'warning /ticket_number',
  ])
})

it('checks a resident ID number only: a passport number has no check character', () => {
  expect(issues({ ...oneWay, id_number: 'EJ4827153' })).toEqual([])
  expect(issues({ ...oneWay, id_number: '110108199002302417' })).toEqual(['error /id_number'])
})

it('skips a value holding ?, and a total whose parts are unreadable', () => {
  expect(
    issues({ ...oneWay, ticket_number: '99921458036?7', serial_number: '3901826?751', fare: '11?0.00' }),
  ).toEqual([])
  expect(issues(withFlight(oneWay, 0, { flight_number: 'CA15?1', date: '2024-0?-12' }))).toEqual([])
})
