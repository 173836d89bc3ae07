import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** What became of the working directory's tiqu.config.json. */
export type ConfigChange = 'created' | 'added' | 'present' | { problem: string }

/**
 * Lists a template folder in `<cwd>/tiqu.config.json` (`{ "templates": ["./waybill"] }`), creating the
 * file if need be, so that `tiqu templates` run there finds the template before it is installed anywhere.
 * Other keys and entries are kept; a file that is not a JSON object is left alone and reported.
 */
export async function addToConfig(cwd: string, folder: string): Promise<ConfigChange> {
  const configPath = path.join(cwd, 'tiqu.config.json')
  const relative = path.relative(cwd, folder).split(path.sep).join('/')
  const entry = relative.startsWith('.') ? relative : `./${relative}`
  let text: string | undefined
  try {
    text = await readFile(configPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { problem: (error as Error).message }
  }
  if (text === undefined) {
    await writeFile(configPath, `${JSON.stringify({ templates: [entry] }, null, 2)}\n`)
    return 'created'
  }
  let config: unknown
  try {
    config = JSON.parse(text)
  } catch (error) {
    return { problem: `it is not valid JSON (${(error as Error).message})` }
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    return { problem: 'it is not a JSON object' }
  }
  const record = config as { templates?: unknown }
  if (record.templates !== undefined && !Array.isArray(record.templates)) {
    return { problem: '"templates" is not a list' }
  }
  const templates = (record.templates ?? []) as unknown[]
  const same = (value: unknown) =>
    typeof value === 'string' && path.resolve(cwd, value) === path.resolve(folder)
  if (templates.some(same)) return 'present'
  record.templates = [...templates, entry]
  await writeFile(configPath, `${JSON.stringify(record, null, 2)}\n`)
  return 'added'
}
