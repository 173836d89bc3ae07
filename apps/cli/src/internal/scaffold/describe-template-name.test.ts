import { describe, expect, it } from 'vitest'
import { describeTemplateName, isTemplateId } from './describe-template-name.js'

describe('describeTemplateName', () => {
  it('gives the title, heading and sample number of a kebab-case id', () => {
    expect(describeTemplateName('purchase-order')).toEqual({
      id: 'purchase-order',
      title: 'Purchase order',
      heading: 'PURCHASE ORDER',
      sampleNumber: 'PO-204518',
    })
    expect(describeTemplateName('waybill').sampleNumber).toBe('W-204518')
  })

  it('accepts only kebab-case ids', () => {
    expect(isTemplateId('vat-invoice-2')).toBe(true)
    for (const name of ['Waybill', 'way_bill', '-waybill', 'waybill-', '2-way', 'way--bill', '']) {
      expect(isTemplateId(name), name).toBe(false)
    }
  })
})
