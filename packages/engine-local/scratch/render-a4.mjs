import { GlobalFonts, createCanvas } from '@napi-rs/canvas'
import { writeFileSync } from 'node:fs'
GlobalFonts.registerFromPath('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'S')
const [w, h] = [4961, 7016]
const c = createCanvas(w, h); const x = c.getContext('2d')
x.fillStyle = '#fff'; x.fillRect(0, 0, w, h); x.fillStyle = '#000'; x.textBaseline = 'top'
const lines = ['增值税电子普通发票 发票号码 12345678', '购买方名称 北京某某科技有限公司', '纳税人识别号 91110108MA01ABCD2X', '货物或应税劳务名称 规格型号 单位 数量 单价 金额', '*信息技术服务*软件开发 1 项 12000.00', '合计 ¥12000.00 税额 ¥720.00', '价税合计(大写) 壹万贰仟柒佰贰拾圆整 (小写)¥12720.00', '销售方名称 上海某某信息技术有限公司', '开票日期 2025年06月18日', '收款人 张三 复核 李四 开票人 王五']
let y = 300
for (let i = 0; i < 60; i++) { x.font = `${i % 7 === 0 ? 110 : 80}px S`; x.fillText(lines[i % lines.length] + ' ' + i, 300, y); y += i % 7 === 0 ? 150 : 110 }
writeFileSync(process.argv[2] ?? '/tmp/a4.png', await c.encode(process.argv[2]?.endsWith('.jpg') ? 'jpeg' : 'png'))
