import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a new package's files under `folder` (created, with parents), text files first and then
 * binary ones, and returns their paths, sorted, as `/`-separated paths relative to the folder.
 */
export async function writeScaffold(
  folder: string,
  files: ReadonlyMap<string, string>,
  binaries: Readonly<Record<string, Uint8Array>>,
): Promise<string[]> {
  const entries: Array<[string, string | Uint8Array]> = [...files, ...Object.entries(binaries)]
  for (const [file, content] of entries) {
    const target = path.join(folder, ...file.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content, { flag: 'wx' })
  }
  return entries.map(([file]) => file).sort()
}
