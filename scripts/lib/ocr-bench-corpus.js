// @ts-check
// What the OCR benchmark's documents say: the kind of text users photograph and scan (notices,
// invoices, letters, receipts), Chinese, English and both on one line. Invented, belonging to nobody.

/** Chinese lines of printed pages: notices, contracts, invoices, travel and office text. */
export const chineseLines = [
  '关于调整办公楼门禁管理的通知',
  '各部门：为加强安全管理，自下月起启用新门禁系统。',
  '请全体员工于本周五前到行政部领取新的门禁卡。',
  '如有疑问，请联系行政部张老师，电话010-65432108。',
  '本合同自双方签字盖章之日起生效，有效期两年。',
  '甲方应在收到发票后三十日内支付全部款项。',
  '乙方保证所提供的产品符合国家质量标准。',
  '因不可抗力导致合同无法履行的，双方均不承担责任。',
  '购买方名称：上海明远信息技术有限公司',
  '纳税人识别号：91310115MA1K4B2X7Q',
  '地址、电话：上海市浦东新区张江路88号',
  '开户行及账号：中国工商银行上海张江支行',
  '货物或应税劳务、服务名称：技术服务费',
  '价税合计（大写）：壹万贰仟柒佰贰拾元整',
  '旅客须持有效身份证件进站乘车。',
  '列车开车前五分钟停止检票，请合理安排时间。',
  '会议将于下午两点在三楼大会议室召开。',
  '请各位代表提前十分钟到场签到。',
  '本店商品七天内凭小票可无理由退换。',
  '快递单号请妥善保存，以便查询物流信息。',
  '今天天气晴转多云，最高气温二十八度。',
  '图书馆开放时间为每天上午八点至晚上十点。',
  '借阅图书逾期未还的，将暂停借阅权限。',
  '报销单据须附原始发票及审批签字。',
  '出差人员应在返回后五个工作日内完成报销。',
  '患者姓名：李明  性别：男  年龄：四十二岁',
  '诊断意见：上呼吸道感染，建议多饮水休息。',
  '每日三次，每次两片，饭后温水送服。',
  '本产品保修期为一年，人为损坏不在保修范围内。',
  '物业费按季度缴纳，逾期将收取滞纳金。',
]

/** English lines of the same kinds of documents. */
export const englishLines = [
  'Notice of changes to the office access policy',
  'All staff must collect their new access cards by Friday.',
  'Payment is due within thirty days of the invoice date.',
  'This agreement takes effect on the date of signature.',
  'The supplier warrants that all goods meet national standards.',
  'Please keep your receipt as proof of purchase.',
  'Returns are accepted within seven days with the original receipt.',
  'Passengers must carry a valid ID when boarding the train.',
  'Boarding closes five minutes before departure.',
  'The meeting will start at 2:00 pm in Conference Room 3.',
  'For questions, contact the front desk at +86 21 5088 1234.',
  'Invoice No. 2025-0618-0042, issued on 18 June 2025',
  'Subtotal 1,250.00  Tax 162.50  Total 1,412.50',
  'Shipping address: 88 Zhangjiang Road, Pudong, Shanghai',
  'Take two tablets three times a day after meals.',
  'Library hours: 8:00 am to 10:00 pm, Monday to Sunday.',
  'Warranty: one year from the date of purchase.',
  'Tracking number SF1402938475610, estimated delivery Monday',
  'Reference: PO-7781, Account 6222 0210 0104 5678',
  'Please sign and return one copy of this letter.',
]

/** Lines that mix both, as bilingual signs, forms and receipts print them. */
export const mixedLines = [
  '订单号 Order No. 20250618004217',
  '开票日期 Date of issue: 2025-06-18',
  '客户服务热线 Hotline 400-820-8820',
  '应付金额 Amount due: ¥12,720.00',
  '航班号 Flight CA1831 登机口 Gate 26',
  '房间号 Room 1208 入住 Check-in 15:00',
  '联系人 Contact: Wang Fang 王芳',
  '付款方式 Payment: Alipay 支付宝',
  '电子邮箱 Email: service@mingyuan.cn',
  '发票代码 Invoice code 031002300111',
  '请在 30 天内付款 Please pay within 30 days',
  '版本 Version 2.4.1 更新日期 2025-05-30',
]

/** Receipt items: a Chinese name, often with an English one, and a unit price in yuan. */
export const receiptItems = [
  { name: '拿铁咖啡 Latte', price: 32 },
  { name: '美式咖啡 Americano', price: 26 },
  { name: '抹茶蛋糕 Matcha Cake', price: 38 },
  { name: '牛角面包 Croissant', price: 18 },
  { name: '矿泉水', price: 4 },
  { name: '鸡肉三明治 Sandwich', price: 29 },
  { name: '鲜榨橙汁 Orange Juice', price: 22 },
  { name: '香草冰淇淋', price: 15 },
  { name: '宫保鸡丁', price: 42 },
  { name: '米饭 Rice', price: 3 },
  { name: '酸辣汤', price: 18 },
  { name: '青岛啤酒 Tsingtao', price: 12 },
]

/** Shops for receipt headers, with an address and a telephone number. */
export const shops = [
  { name: '明远咖啡 MINGYUAN CAFE', address: '上海市徐汇区漕溪北路 201 号', phone: '021-6438 2210' },
  { name: '老街小馆', address: '北京市东城区东四北大街 56 号', phone: '010-8403 1177' },
  { name: '好邻居便利店 GoodNeighbor', address: '广州市天河区体育西路 103 号', phone: '020-3886 5502' },
]

/** Stations a ticket may run between, with the pinyin printed under the name. */
export const stations = [
  { name: '北京南', pinyin: 'Beijingnan' },
  { name: '上海虹桥', pinyin: 'Shanghaihongqiao' },
  { name: '广州南', pinyin: 'Guangzhounan' },
  { name: '深圳北', pinyin: 'Shenzhenbei' },
  { name: '杭州东', pinyin: 'Hangzhoudong' },
  { name: '南京南', pinyin: 'Nanjingnan' },
  { name: '武汉', pinyin: 'Wuhan' },
  { name: '成都东', pinyin: 'Chengdudong' },
  { name: '西安北', pinyin: "Xi'anbei" },
  { name: '长沙南', pinyin: 'Changshanan' },
  { name: '天津西', pinyin: 'Tianjinxi' },
  { name: '郑州东', pinyin: 'Zhengzhoudong' },
]

/** Passenger names: common surnames and given names. */
export const passengerNames = [
  '王芳',
  '李伟',
  '刘洋',
  '陈静',
  '杨帆',
  '赵磊',
  '黄晓明',
  '周婷',
  '吴昊',
  '孙丽娜',
]
