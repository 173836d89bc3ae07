import type { OcrLine } from '@tiqu/core'
import { fillFromRules } from '@tiqu/engine-local'
import { describe, expect, it } from 'vitest'
import { localRules } from './local-rules.js'
import { schema } from './schema.js'

/** An OCR line as the engine returns it: text at (x, y), 30 pixels high unless told. */
const line = (text: string, x: number, y: number, width = text.length * 14, height = 30): OcrLine => ({
  text,
  score: 0.98,
  box: { x, y, width, height },
})

// A page unlike the fixtures: capital labels, a bare 'Date:', whole yen amounts, the currency only
// beside the total, a phone number and an IBAN printed in groups, the BIC on the IBAN's line.
const tokyo = [
  line('Sakura Works K.K.', 40, 20, 360, 44),
  line('TAX INVOICE', 880, 20, 300, 48),
  line('3-14-1 Shinjuku, Tokyo 160-0022, Japan', 40, 84),
  line('Tel: +81 3 5312 0841', 40, 118),
  line('VAT ID: NL 8590 4837 2B01', 40, 152),
  line('INVOICE NO.', 800, 84),
  line('JP-7781', 1000, 84),
  line('Date:', 800, 118),
  line('2025-10-01', 1000, 118),
  line('Payment Due:', 800, 152),
  line('2025-10-31', 1000, 152),
  line('Bill To:', 40, 230),
  line('Tanaka Trading Co.', 40, 264),
  line('2-1 Marunouchi, Chiyoda, Tokyo 100-0005', 40, 298),
  line('Description', 40, 360),
  line('Qty', 700, 360),
  line('Unit Price', 820, 360),
  line('Amount', 1060, 360),
  line('Custom jig fixture', 40, 400),
  line('2', 720, 400),
  line('￥12000', 840, 400),
  line('￥24000', 1060, 400),
  line('Monitor arm 27', 40, 440),
  line('3', 720, 440),
  line('￥9600', 840, 440),
  line('￥28800', 1060, 440),
  line('SUBTOTAL', 800, 500),
  line('￥52800', 1060, 500),
  line('TAX 10%', 800, 540),
  line('5280', 1060, 540),
  line('TOTAL', 800, 580),
  line('JPY 58080', 1060, 580),
  line('Terms: Net 30', 40, 640),
  line('IBAN: DE89 3704 0044 0532 0130 00  BIC: COBADEFFXXX', 40, 680),
]

describe('localRules', () => {
  it('read an invoice laid out otherwise than the fixtures', () => {
    expect(fillFromRules(tokyo, localRules, schema)).toEqual({
      invoice_number: 'JP-7781',
      invoice_date: '2025-10-01',
      due_date: '2025-10-31',
      purchase_order: null,
      vendor_name: 'Sakura Works K.K.',
      vendor_address: '3-14-1 Shinjuku, Tokyo 160-0022, Japan',
      vendor_tax_id: 'NL859048372B01',
      customer_name: 'Tanaka Trading Co.',
      customer_address: '2-1 Marunouchi, Chiyoda, Tokyo 100-0005',
      currency: 'JPY',
      items: [
        {
          description: 'Custom jig fixture',
          quantity: '2',
          unit_price: '12000',
          tax_rate: null,
          amount: '24000',
        },
        { description: 'Monitor arm 27', quantity: '3', unit_price: '9600', tax_rate: null, amount: '28800' },
      ],
      subtotal: '52800',
      discount: null,
      total_tax: '5280',
      total: '58080',
      amount_due: null,
      payment_terms: 'Net 30',
      iban: 'DE89370400440532013000',
    })
  })

  it('take no line for an item but those ending in quantity, unit price and amount', () => {
    const page = [
      line('billing@example.com   +49 30 2847 1190', 40, 20, 500),
      line('IBAN: DE76 1009 0000 2847 1190 00', 40, 60, 500),
      line('Discount5%', 800, 100),
      line('-142.88', 1060, 100),
      line('VAT8.1%', 800, 140),
      line('301.84', 1060, 140),
      line('Site inspection', 40, 180),
      line('2.00', 720, 180),
      line('480.00', 840, 180),
      line('8.1%', 960, 180),
      line('960.00', 1060, 180),
    ]
    const data = fillFromRules(page, localRules, schema)
    expect(data.items).toEqual([
      {
        description: 'Site inspection',
        quantity: '2.00',
        unit_price: '480.00',
        tax_rate: '8.1%',
        amount: '960.00',
      },
    ])
    expect({ discount: data.discount, total_tax: data.total_tax }).toEqual({
      discount: '142.88',
      total_tax: '301.84',
    })
  })
})
