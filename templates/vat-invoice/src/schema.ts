import type { JsonSchema } from '@tiqu/core'

/** One line of the invoice's goods-and-services table. Every value is a string as printed, or null. */
export interface VatInvoiceItem {
  name: string | null
  specification: string | null
  unit: string | null
  quantity: string | null
  unit_price: string | null
  amount: string | null
  tax_rate: string | null
  tax: string | null
}

/** What the template extracts from one VAT invoice. Every value is a string as printed, or null when absent. */
export interface VatInvoice {
  invoice_title: string | null
  invoice_code: string | null
  invoice_number: string | null
  issue_date: string | null
  check_code: string | null
  buyer_name: string | null
  buyer_tax_id: string | null
  seller_name: string | null
  seller_tax_id: string | null
  items: VatInvoiceItem[] | null
  pre_tax_amount: string | null
  total_tax: string | null
  total_amount: string | null
  total_amount_in_words: string | null
  remarks: string | null
  payee: string | null
  reviewer: string | null
  drawer: string | null
}

// Strings, not numbers or dates: vendors return the invoice's text, and '?' marks an unreadable
// character, which a number or date type could not hold.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const itemProperties: { [field in keyof VatInvoiceItem]: JsonSchema } = {
  name: printed(
    "Name of the goods or service (货物或应税劳务、服务名称 / 项目名称) with its tax category in asterisks, e.g. '*信息技术服务*软件开发服务'.",
  ),
  specification: printed("Specification or model (规格型号), e.g. '550ml'; null when blank."),
  unit: printed("Unit (单位), e.g. '箱', '次'; null when blank."),
  quantity: printed("Quantity (数量) as printed, e.g. '20'; null when blank."),
  unit_price: printed("Unit price before tax (单价) as printed, e.g. '36.00'; null when blank."),
  amount: printed(
    "Amount before tax (金额) in yuan, digits with 2 decimals, '-' for a negative line, e.g. '720.00'.",
  ),
  tax_rate: printed(
    "Tax rate (税率/征收率) as printed: a percentage such as '13%', or '免税', '不征税', '***'.",
  ),
  tax: printed(
    "Tax (税额) in yuan, digits with 2 decimals, e.g. '93.60'; '***' where the invoice prints it for tax-exempt lines.",
  ),
}

const properties: { [field in keyof VatInvoice]: JsonSchema } = {
  invoice_title: printed(
    "The invoice's title as printed at the top, brackets written half-width, e.g. '上海增值税专用发票', '电子发票(普通发票)'.",
  ),
  invoice_code: printed(
    'Invoice code (发票代码): 10 digits on paper special/ordinary invoices, 12 on electronic ordinary and roll invoices; null on fully digital (全电/数电) invoices, which have none.',
  ),
  invoice_number: printed(
    "Invoice number (发票号码) without 'No': 8 digits with a code, 20 digits on a fully digital invoice, e.g. '04518362'.",
  ),
  issue_date: printed("Date of issue (开票日期), 'YYYY年MM月DD日', e.g. '2023年11月15日'."),
  check_code: printed(
    'Check code (校验码), 20 digits without spaces; null where none is printed (paper special invoices, fully digital invoices).',
  ),
  buyer_name: printed("Buyer's name (购买方 名称), e.g. '上海云帆信息技术有限公司'."),
  buyer_tax_id: printed(
    "Buyer's taxpayer ID (纳税人识别号 / 统一社会信用代码), usually an 18-character unified social credit code, e.g. '91310115MA1K3B5L21'; null when blank.",
  ),
  seller_name: printed("Seller's name (销售方 名称), e.g. '杭州明远软件科技有限公司'."),
  seller_tax_id: printed(
    "Seller's taxpayer ID (纳税人识别号 / 统一社会信用代码), usually an 18-character unified social credit code.",
  ),
  items: {
    type: ['array', 'null'],
    description:
      'The lines of the goods-and-services table, in order, including discount lines; null when the table could not be read (the embedded engine does not read it).',
    items: {
      type: 'object',
      description: 'One line of the table.',
      properties: itemProperties,
      required: Object.keys(itemProperties),
      additionalProperties: false,
    },
  },
  pre_tax_amount: printed(
    "Total before tax (合计 金额) in yuan, digits with 2 decimals without '¥', e.g. '62000.00'.",
  ),
  total_tax: printed("Total tax (合计 税额) in yuan, digits with 2 decimals without '¥', e.g. '3720.00'."),
  total_amount: printed(
    "Total including tax (价税合计 小写) in yuan, digits with 2 decimals without '¥', e.g. '65720.00'.",
  ),
  total_amount_in_words: printed(
    "Total including tax in capital numerals (价税合计 大写) as printed, without the ⊗ mark before it, e.g. '陆万伍仟柒佰贰拾圆整'.",
  ),
  remarks: printed('Remarks (备注) as printed; null when blank.'),
  payee: printed('Payee (收款人); null when blank or not printed (fully digital invoices have none).'),
  reviewer: printed('Reviewer (复核); null when blank or not printed (fully digital invoices have none).'),
  drawer: printed("The person who issued the invoice (开票人), e.g. '张伟'."),
}

/** JSON Schema (draft 2020-12) of {@link VatInvoice}: every field required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Chinese VAT invoice',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema
