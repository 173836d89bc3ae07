import type { JsonSchema, Template } from '@tiqu/core'
import { Command } from 'commander'
import { createContext } from '../internal/create-context.js'
import type { Io } from '../internal/io.js'

/** `tiqu templates` lists installed templates; `tiqu templates show <id>` prints one's fields. */
export function createTemplatesCommand(io: Io): Command {
  const command = new Command('templates')
    .description("list installed templates with their versions; `templates show <id>` prints one's fields")
    .option('--json', 'print JSON instead of a table')
    .enablePositionalOptions()
    .action(async (flags: { json?: boolean }) => {
      const { registry } = await createContext(io, {})
      const entries = registry.listTemplates()
      if (flags.json) {
        const listing = entries.map(({ template, origin }) => ({
          id: template.id,
          version: template.version,
          title: template.title,
          origin,
        }))
        io.stdout.write(`${JSON.stringify(listing, null, 2)}\n`)
        return
      }
      if (entries.length === 0) {
        io.stdout.write('No templates installed. Add one with `pnpm add @tiqu/template-train-ticket`.\n')
        return
      }
      const rows = entries.map(({ template, origin }) => [
        template.id,
        template.version,
        titleOf(template),
        origin ?? '',
      ])
      io.stdout.write(table([['TEMPLATE', 'VERSION', 'TITLE', 'PACKAGE'], ...rows]))
    })
  command
    .command('show')
    .description(
      "print a template's title, version, fields, whether the local engine serves it, and its prompt",
    )
    .argument('<id>', 'template id, optionally with @range')
    .option('--json', 'print the template (schema and prompt) as JSON')
    .action(async (id: string, flags: { json?: boolean }) => {
      const { registry } = await createContext(io, {})
      const template = registry.getTemplate(id)
      const prompt =
        typeof template.prompt === 'function' ? template.prompt({ schema: template.schema }) : template.prompt
      if (flags.json) {
        const { id: templateId, version, title, titleZh, description, schema } = template
        io.stdout.write(
          `${JSON.stringify({ id: templateId, version, title, titleZh, description, schema, prompt }, null, 2)}\n`,
        )
        return
      }
      io.stdout.write(
        `${template.id}@${template.version}  ${titleOf(template)}\n${template.description}\n\nFields:\n`,
      )
      io.stdout.write(table([['FIELD', 'TYPE', 'DESCRIPTION'], ...fieldRows(template.schema)], '  '))
      if (template.takesSchema) {
        io.stdout.write(
          `\nSchema: yours, given with --schema <file.json> (the fields above are the default).\n`,
        )
      }
      io.stdout.write(
        `\nLocal engine: ${await describeLocalSupport(template)}\n\nPrompt:\n${prompt.trim()}\n`,
      )
    })
  return command
}

/** Whether the embedded engine serves the template, in a line; the engine module loads no model. */
async function describeLocalSupport(template: Template): Promise<string> {
  const { localSupport } = await import('@tiqu/engine-local')
  const support = localSupport(template)
  if (!support.supported) return `not supported (qwen engine only): ${support.reason}.`
  return support.by === 'rules' ? "supported (the template's local rules)" : "supported (the page's text)"
}

function titleOf(template: Template): string {
  return template.titleZh ? `${template.title} (${template.titleZh})` : template.title
}

function fieldRows(schema: JsonSchema): string[][] {
  const properties = (schema.properties ?? {}) as Record<string, { type?: unknown; description?: unknown }>
  const required = new Set(Array.isArray(schema.required) ? schema.required : [])
  return Object.entries(properties).map(([name, property]) => [
    required.has(name) ? name : `${name}?`,
    Array.isArray(property.type) ? property.type.join('|') : String(property.type ?? 'any'),
    String(property.description ?? ''),
  ])
}

function table(rows: string[][], indent = ''): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? '')))) ?? []
  return rows
    .map((row) =>
      `${indent}${row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell) + 2))).join('')}`.trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('')
}

// CJK characters take two columns in a terminal.
function displayWidth(text: string): number {
  let width = 0
  for (const character of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        character,
      )
        ? 2
        : 1
  return width
}
