/**
 * A PDF whose every page shows the same JPEG, filling the page, as a scanner writes a multi-page scan:
 * the JPEG is stored once, undecoded (DCTDecode), and each page is sized so that rendering at
 * `dpi` gives back the JPEG's own pixels.
 */
export function makeImagePdf(
  jpeg: Uint8Array,
  size: { width: number; height: number },
  pages: number,
  dpi = 200,
): Buffer {
  const width = (size.width * 72) / dpi
  const height = (size.height * 72) / dpi
  const objects: Buffer[] = []
  const text = (value: string) => Buffer.from(value, 'latin1')
  const kids = Array.from({ length: pages }, (_, index) => `${4 + index * 2} 0 R`).join(' ')
  objects.push(text('<< /Type /Catalog /Pages 2 0 R >>'))
  objects.push(text(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`))
  objects.push(
    Buffer.concat([
      text(
        `<< /Type /XObject /Subtype /Image /Width ${size.width} /Height ${size.height} /ColorSpace /DeviceRGB ` +
          `/BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.byteLength} >>\nstream\n`,
      ),
      Buffer.from(jpeg),
      text('\nendstream'),
    ]),
  )
  for (let index = 0; index < pages; index++) {
    const content = `q ${width.toFixed(2)} 0 0 ${height.toFixed(2)} 0 0 cm /Scan Do Q`
    objects.push(
      text(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width.toFixed(2)} ${height.toFixed(2)}] ` +
          `/Resources << /XObject << /Scan 3 0 R >> >> /Contents ${5 + index * 2} 0 R >>`,
      ),
    )
    objects.push(text(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`))
  }
  const parts: Buffer[] = [text('%PDF-1.4\n')]
  const offsets: number[] = []
  let length = parts[0]?.length ?? 0
  objects.forEach((body, index) => {
    offsets.push(length)
    const object = Buffer.concat([text(`${index + 1} 0 obj\n`), body, text('\nendobj\n')])
    parts.push(object)
    length += object.length
  })
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
  ].join('')
  parts.push(text(xref))
  return Buffer.concat(parts)
}
