/** The text sent to Qwen-OCR, in the form of Alibaba's own key-information examples. */
export const prompt = [
  'Please extract the serial number (印刷序号), passenger name, ID number, endorsements, flights, fare, CAAC development fund, fuel surcharge, other taxes, total, e-ticket number, validation code (验证码), insurance, agent code, issuing unit (填开单位) and issue date from the air e-ticket itinerary (航空运输电子客票行程单) image.',
  'You must accurately extract the key information. Do not omit or fabricate information. Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  "List one flight per used 自 FROM / 至 TO row pair: the departure station is on the row that carries the flight's data, the arrival station on the next 至 TO row. Leave out unused or VOID rows.",
  "Write amounts as numbers with 2 decimals, without 'CNY', 'CN', 'YQ' or '¥'; write the e-ticket number as its 13 digits, without dash or spaces.",
  "Return the data in JSON format as follows: {'serial_number': 'xxx', 'passenger_name': 'xxx', 'id_number': 'xxx', 'endorsements': 'xxx', 'flights': [{'departure_station': 'xxx', 'arrival_station': 'xxx', 'carrier': 'xxx', 'flight_number': 'xxx', 'seat_class': 'xxx', 'date': 'xxx', 'time': 'xxx', 'baggage_allowance': 'xxx'}], 'fare': 'xxx', 'caac_development_fund': 'xxx', 'fuel_surcharge': 'xxx', 'other_taxes': 'xxx', 'total': 'xxx', 'ticket_number': 'xxx', 'validation_code': 'xxx', 'insurance': 'xxx', 'agent_code': 'xxx', 'issued_by': 'xxx', 'issue_date': 'xxx'}",
  "If a value is not on the itinerary, use null for it; insurance printed as 'XXX' is null.",
].join('\n')
