import { GlobalFonts, createCanvas } from '@napi-rs/canvas'
import { writeFileSync } from 'node:fs'
GlobalFonts.registerFromPath('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'S')
const [w, h] = [800, 1600]
const c = createCanvas(w, h); const x = c.getContext('2d')
x.fillStyle = '#fff'; x.fillRect(0, 0, w, h); x.fillStyle = '#000'; x.textBaseline = 'top'; x.font = '22px S'
const items = ['可口可乐', '矿泉水', '面包', '牛奶 1L', '鸡蛋', '苹果', '香蕉', '大米 5kg', '酱油', '洗衣液']
for (let i = 0; i < 50; i++) { const y = 40 + i * 30; x.fillText(items[i % 10], 40, y); x.fillText(`x${i % 3 + 1}`, 380, y); x.fillText(`${(i * 3.7 + 2).toFixed(2)}`, 620, y) }
writeFileSync('/tmp/receipt.png', await c.encode('png'))
