// @ts-check

/**
 * What the sample train ticket says. The ID number and names are invented: the region code and birth
 * year are plausible and the values pass the template's validators, but they belong to nobody.
 */
export const trainTicketSample = {
  serial: 'Z69E012345',
  saleStation: '北京南站售',
  checkGate: '检票:14B',
  trainNumber: 'G1234',
  departure: { name: '北京南', pinyin: 'Beijingnan' },
  arrival: { name: '上海虹桥', pinyin: 'Shanghaihongqiao' },
  date: '2025年06月18日',
  time: '08:05开',
  seat: '05车12F号',
  seatClass: '二等座',
  price: '553.0',
  notice: '限乘当日当次车',
  idNumber: '1101051990****123X',
  passengerName: '张三',
  service: ['买票请到12306  发货请到95306', '中国铁路祝您旅途愉快'],
  // 21 characters ending in the serial's last seven, as on real tickets, then the selling office.
  ticketCode: '10010301100710E012345',
  saleOffice: '北京南售',
}

/**
 * The `data` the train-ticket template must extract from the sample, values as printed.
 * @param {typeof trainTicketSample} sample
 */
export function expectedTrainTicket(sample) {
  return {
    invoice_number: sample.serial,
    train_number: sample.trainNumber,
    departure_station: `${sample.departure.name}站`,
    arrival_station: `${sample.arrival.name}站`,
    departure_date_and_time: `${sample.date}${sample.time}`,
    seat_number: sample.seat,
    seat_class: sample.seatClass,
    ticket_price: sample.price,
    id_card_number: sample.idNumber,
    passenger_name: sample.passengerName,
  }
}
