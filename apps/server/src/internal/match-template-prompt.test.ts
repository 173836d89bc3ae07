import trainTicket from '@tiqu/template-train-ticket'
import { describe, expect, it } from 'vitest'
import { matchTemplatePrompt, templatePrompt } from './match-template-prompt.js'

const seedPrompt = `
Please extract the invoice number, train number, departure station, arrival station, departure date and time, seat number, seat class, ticket price, ID card number, and passenger name from the train ticket image.
You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).
Return the data in JSON format as follows: {'invoice_number': 'xxx', 'departure_station': 'xxx', 'arrival_station': 'xxx', 'departure_date_and_time':'xxx', 'seat_number': 'xxx','ticket_price':'xxx', 'id_card_number': 'xxx', 'passenger_name': 'xxx'},
`

describe('matchTemplatePrompt', () => {
  it("recognises the template's own prompt and the seed's version of it", () => {
    expect(matchTemplatePrompt(templatePrompt(trainTicket, undefined), [trainTicket], undefined)?.id).toBe(
      'train-ticket',
    )
    expect(matchTemplatePrompt(seedPrompt, [trainTicket], undefined)?.id).toBe('train-ticket')
  })

  it('does not take other prompts for it, even ones about the same ticket', () => {
    for (const prompt of [
      'Read all the text in the image.',
      'Please extract the invoice number, train number, departure station and arrival station from the train ticket image.',
      'Please extract the invoice number, seller, buyer, amount and tax from the VAT invoice image. Return JSON.',
    ]) {
      expect(matchTemplatePrompt(prompt, [trainTicket], undefined)).toBeUndefined()
    }
  })
})
