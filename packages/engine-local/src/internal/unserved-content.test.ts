import { defineTemplate, type EngineRequest, EngineUnsupportedError } from '@tiqu/core'
import { describe, expect, it } from 'vitest'
import { createLocalEngine } from '../create-local-engine.js'
import { unservedContent } from './unserved-content.js'

const template = (properties: Record<string, unknown>, fields: Record<string, unknown> = {}) =>
  defineTemplate({
    id: 'lab-report',
    version: '1.0.0',
    title: 'Lab report',
    description: 'A lab report.',
    prompt: 'Read the report.',
    schema: { type: 'object', properties },
    local: { fields: { patient: { pattern: '姓名:(\\S+)' }, ...fields } },
  })
const patient = { type: 'string', description: 'Name.' }
const table = { type: 'string', contentMediaType: 'text/html', description: 'The results as an HTML table.' }
const formula = { type: 'string', contentMediaType: 'application/x-latex', description: 'The formula.' }

describe('unservedContent', () => {
  it('finds a field asking for an HTML table or a formula, however deep', () => {
    expect(unservedContent(template({ patient, results: table }))).toEqual({
      field: 'results',
      kind: 'an HTML table',
    })
    const nested = { type: 'array', items: { type: 'object', properties: { tex: formula } } }
    expect(unservedContent(template({ patient, steps: nested }))).toEqual({
      field: 'steps',
      kind: 'a LaTeX formula',
    })
  })

  it('serves plain text fields, and a field the template gives a local rule for', () => {
    expect(unservedContent(template({ patient }))).toBeUndefined()
    expect(
      unservedContent(template({ patient, results: table }, { results: { pattern: '<table>.*' } })),
    ).toBe(undefined)
  })
})

describe('the embedded engine', () => {
  const engine = createLocalEngine()
  const read = async (request: Partial<EngineRequest>) => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47])
    const image = { kind: 'bytes' as const, bytes, mimeType: 'image/png' as const, source: 'report.png' }
    for await (const _ of engine.doRecognize({ image, options: {}, ...request })) {
      // Refusals come before any part, and before any model loads.
    }
  }

  it('refuses a template asking for a table or a formula, naming the field and the qwen engine', async () => {
    const tables = read({ template: template({ patient, results: table }), prompt: 'Read the report.' })
    await expect(tables).rejects.toThrow(EngineUnsupportedError)
    await expect(tables).rejects.toThrow(
      /Template 'lab-report' asks for 'results' as an HTML table, which the embedded engine cannot read.*--engine qwen/,
    )
    const formulas = read({ template: template({ patient, formula }), prompt: 'Read the report.' })
    await expect(formulas).rejects.toThrow(/'formula' as a LaTeX formula.*--engine qwen/)
  })

  it('refuses a free-form prompt and a template without local rules, naming the qwen engine', async () => {
    await expect(read({ prompt: 'Summarise this page.' })).rejects.toThrow(/free-form prompts.*--engine qwen/)
    const { local: _, ...withoutRules } = template({ patient })
    await expect(read({ template: withoutRules, prompt: 'x' })).rejects.toThrow(
      /no rules for the embedded engine.*--engine qwen/,
    )
  })
})
