/**
 * The text sent to Qwen-OCR, in the wording of the train-ticket seed prompt. It says how to write the
 * embossed number (its groups joined) and that a card without a name or expiry gives null, since a
 * model otherwise fills the holder's name with the bank's English name.
 */
export const prompt = [
  'Please extract the card number, bank name, card type, valid thru date, holder name, and card network from the bank card image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Write the card number as its digits only, without the spaces between the groups; the card type as printed ('借记卡' or '信用卡'); the valid thru date as 'MM/YY'; the holder name as embossed; the card network as its logo reads (e.g. 'UnionPay', 'VISA', 'mastercard').",
  "Return the data in JSON format as follows: {'card_number': 'xxx', 'bank_name': 'xxx', 'card_type': 'xxx', 'valid_thru': 'xxx', 'holder_name': 'xxx', 'card_network': 'xxx'}",
  'If a value is not on the card (many cards print no holder name, card type or expiry), use null for it.',
].join('\n')
