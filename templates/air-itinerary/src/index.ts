import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** China's air e-ticket itinerary (航空运输电子客票行程单): the printed receipt of a domestic air ticket. */
export default defineTemplate({
  id: 'air-itinerary',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Air e-ticket itinerary',
  titleZh: '航空运输电子客票行程单',
  description:
    "Reads China's air e-ticket itinerary: passenger and ID number, e-ticket and serial numbers, validation code, each flight (stations, carrier, flight number, class, date, time, baggage), fare, CAAC development fund, fuel surcharge, other taxes, insurance, total, issuer and issue date.",
  prompt,
  schema,
  validate,
  local: localRules,
  // The itineraries `pnpm render:fixtures` draws, with the values drawn on them (fixtures/rendered.json).
  examples: rendered,
})

export type { AirItinerary, AirItineraryFlight } from './schema.js'
