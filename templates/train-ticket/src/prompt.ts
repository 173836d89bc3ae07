/**
 * The text sent to Qwen-OCR. It keeps the wording of Alibaba's own train-ticket example (the seed of
 * this project) so the model sees the prompt it was tuned on, and completes its JSON example: the
 * seed's sentence names ten fields but its example showed only eight, and models copy the example.
 */
export const prompt = [
  'Please extract the invoice number, train number, departure station, arrival station, departure date and time, seat number, seat class, ticket price, ID card number, and passenger name from the train ticket image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "Return the data in JSON format as follows: {'invoice_number': 'xxx', 'train_number': 'xxx', 'departure_station': 'xxx', 'arrival_station': 'xxx', 'departure_date_and_time': 'xxx', 'seat_number': 'xxx', 'seat_class': 'xxx', 'ticket_price': 'xxx', 'id_card_number': 'xxx', 'passenger_name': 'xxx'}",
  'If a value is not on the ticket, use null for it.',
].join('\n')
