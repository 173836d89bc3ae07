import { readFileSync } from 'node:fs'
import { createLocalEngine } from '../dist/index.js'
const files = process.argv.slice(2)
const engine = createLocalEngine()
const mb = (b) => Math.round(b / 1e6)
for (const file of files) {
  const bytes = readFileSync(file)
  const t = performance.now()
  let text = '', lines
  for await (const part of engine.doRecognize({ image: { kind: 'bytes', bytes, mimeType: 'image/png', source: file }, options: {} })) {
    if (part.type === 'text-delta') text += part.textDelta
    if (part.type === 'lines') lines = part.lines
  }
  console.log(file, 'ms', Math.round(performance.now() - t), 'lines', lines.length, 'rss', mb(process.memoryUsage().rss), 'maxRSS MB', Math.round(process.resourceUsage().maxRSS / 1e3))
  if (process.env.SHOW) console.log(text)
}
await engine.close()
