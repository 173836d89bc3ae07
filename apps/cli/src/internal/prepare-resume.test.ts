import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prepareResume } from './prepare-resume.js'

const line = (source: string, error?: string) =>
  JSON.stringify({
    source,
    data: error ? null : {},
    ...(error ? { error: { code: error, message: 'm' } } : {}),
  })

async function fileWith(text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'tiqu-resume-')), 'out.jsonl')
  await writeFile(file, text)
  return file
}

describe('prepareResume', () => {
  it('skips what succeeded, removes failed records of documents read again, and drops a cut-off line', async () => {
    const file = await fileWith(
      `${line('a.jpg')}\n${line('b.jpg', 'TIQU_SERVER')}\n${line('gone.jpg', 'TIQU_SERVER')}\n{"source":"c.jp`,
    )
    const state = await prepareResume(file, new Set(['a.jpg', 'b.jpg', 'c.jpg']))
    expect([...state.done]).toEqual(['a.jpg'])
    expect(state).toMatchObject({ retried: 1, truncated: true })
    // The failure of a document no longer among the inputs is the user's record: kept.
    expect(await readFile(file, 'utf8')).toBe(`${line('a.jpg')}\n${line('gone.jpg', 'TIQU_SERVER')}\n`)
  })

  it("counts a PDF's pages as its own: done pages skipped, failed pages removed to be read again", async () => {
    const file = await fileWith(
      `${line('scan.pdf#page=1')}\n${line('scan.pdf#page=2', 'TIQU_SERVER')}\n${line('old.pdf#page=1', 'TIQU_SERVER')}\n`,
    )
    const state = await prepareResume(file, new Set(['scan.pdf']))
    expect([...state.done]).toEqual(['scan.pdf#page=1'])
    expect(state.retried).toBe(1)
    expect(await readFile(file, 'utf8')).toBe(
      `${line('scan.pdf#page=1')}\n${line('old.pdf#page=1', 'TIQU_SERVER')}\n`,
    )
  })

  it('keeps a complete last record that lacks only its newline', async () => {
    const file = await fileWith(`${line('a.jpg')}\n${line('b.jpg')}`)
    const state = await prepareResume(file, new Set(['a.jpg', 'b.jpg']))
    expect([...state.done]).toEqual(['a.jpg', 'b.jpg'])
    expect(state.truncated).toBe(false)
    expect(await readFile(file, 'utf8')).toBe(`${line('a.jpg')}\n${line('b.jpg')}\n`)
  })

  it('starts empty when the file does not exist yet', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'tiqu-resume-')), 'none.jsonl')
    expect(await prepareResume(file, new Set())).toEqual({ done: new Set(), retried: 0, truncated: false })
  })

  it('refuses a broken line before the end rather than lose what it held', async () => {
    const file = await fileWith(`${line('a.jpg')}\nnot json\n${line('b.jpg')}\n`)
    await expect(prepareResume(file, new Set())).rejects.toThrow("Line 2 of '")
    expect(await readFile(file, 'utf8')).toBe(`${line('a.jpg')}\nnot json\n${line('b.jpg')}\n`)
  })
})
