import { createHash } from 'node:crypto'

// PDFs written by hand, byte for byte: pages of filled shapes and, where a test needs it, text in a
// standard font that the PDF does not embed (pdf.js draws it from its own font files, not the system's).

/** One page: its size in points (1/72 inch), its content stream, and an optional /Rotate. */
export interface PdfPageSpec {
  width: number
  height: number
  content: string
  rotate?: number
}

/** A PDF of the given pages; encrypted with RC4 (standard security handler, revision 2) when `userPassword` is set. */
export function makePdf(pages: PdfPageSpec[], encryption?: { userPassword: string }): Uint8Array {
  const objects: string[] = []
  const kids = pages.map((_, index) => `${3 + index * 2} 0 R`).join(' ')
  objects.push('<< /Type /Catalog /Pages 2 0 R >>')
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`)
  const font = '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>'
  const id = Buffer.from('0123456789abcdef', 'latin1')
  const security = encryption ? standardSecurity(encryption.userPassword, id) : undefined
  pages.forEach((page, index) => {
    const rotate = page.rotate ? ` /Rotate ${page.rotate}` : ''
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}]${rotate} /Contents ${4 + index * 2} 0 R /Resources ${font} >>`,
    )
    const number = 4 + index * 2
    const content = security
      ? rc4(objectKey(security.key, number), Buffer.from(page.content, 'latin1'))
      : Buffer.from(page.content, 'latin1')
    objects.push(`<< /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`)
  })
  if (security) {
    objects.push(
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${security.owner.toString('hex')}> /U <${security.user.toString('hex')}> >>`,
    )
  }
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(out.length)
    out += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
  const encrypt = security
    ? ` /Encrypt ${objects.length} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`
    : ''
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** A PDF that starts like one and then is not: no objects, no cross-reference table. */
export const brokenPdf = new TextEncoder().encode('%PDF-1.7\nthis file was cut short by a failed download\n')

// The 32-byte padding string of the PDF standard security handler.
const padding = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex')

function padded(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), padding]).subarray(0, 32)
}

function md5(...parts: Buffer[]): Buffer {
  return createHash('md5').update(Buffer.concat(parts)).digest()
}

// Revision 2: a 40-bit key from the user password, O from an owner password (here the same), U = RC4(key, padding).
function standardSecurity(userPassword: string, id: Buffer): { key: Buffer; owner: Buffer; user: Buffer } {
  const owner = rc4(md5(padded(userPassword)).subarray(0, 5), padded(userPassword))
  const permissions = Buffer.alloc(4)
  permissions.writeInt32LE(-4)
  const key = md5(padded(userPassword), owner, permissions, id).subarray(0, 5)
  return { key, owner, user: rc4(key, padding) }
}

function objectKey(key: Buffer, number: number): Buffer {
  return md5(key, Buffer.from([number & 0xff, (number >> 8) & 0xff, (number >> 16) & 0xff, 0, 0])).subarray(
    0,
    key.length + 5,
  )
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, index) => index)
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (state[i] as number) + (key[i % key.length] as number)) & 0xff
    ;[state[i], state[j]] = [state[j] as number, state[i] as number]
  }
  const out = Buffer.alloc(data.length)
  for (let index = 0, i = 0, j = 0; index < data.length; index++) {
    i = (i + 1) & 0xff
    j = (j + (state[i] as number)) & 0xff
    ;[state[i], state[j]] = [state[j] as number, state[i] as number]
    out[index] =
      (data[index] as number) ^ (state[((state[i] as number) + (state[j] as number)) & 0xff] as number)
  }
  return out
}
