import { readFileSync } from 'node:fs'
const sharp = (await import('sharp')).default
const bytes = readFileSync(process.argv[2])
let t = performance.now()
const lap = (n) => { const now = performance.now(); console.log(n, Math.round(now - t)); t = now }
const { data, info } = await sharp(bytes).rotate().flatten({ background: '#ffffff' }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true })
lap('decode')
const r = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).resize(672, 960, { fit: 'fill', kernel: 'linear' }).raw().toBuffer()
lap('resize')
const r2 = await sharp(bytes).rotate().resize(672, 960, { fit: 'fill', kernel: 'linear' }).raw().toBuffer()
lap('decode+resize from bytes')
console.log(process.resourceUsage().maxRSS/1e3)
