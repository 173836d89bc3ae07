import { describe, expect, it } from 'vitest'
import { TiquError } from '../errors/tiqu-error.js'
import { defineTemplate } from '../template/define-template.js'
import { createRegistry } from './create-registry.js'

const schema = { type: 'object', properties: { a: { type: 'string', description: 'A.' } } }
const ticket = (version: string) =>
  defineTemplate({ id: 'train-ticket', version, title: 'Ticket', description: 'd', prompt: 'p', schema })

describe('createRegistry', () => {
  it('resolves an id to its highest version, and id@range within the range', () => {
    const registry = createRegistry({ templates: [ticket('1.0.0'), ticket('1.4.2'), ticket('2.0.0')] })
    expect(registry.getTemplate('train-ticket').version).toBe('2.0.0')
    expect(registry.getTemplate('train-ticket@^1').version).toBe('1.4.2')
    expect(registry.getTemplate('train-ticket@~1.0').version).toBe('1.0.0')
  })

  it('names the installed templates and suggests the nearest id for a typo', () => {
    const registry = createRegistry({ templates: [ticket('1.0.0')] })
    const error = catchError(() => registry.getTemplate('trian-ticket'))
    expect(error.code).toBe('TIQU_TEMPLATE_NOT_FOUND')
    expect(error.message).toContain("Template 'trian-ticket' is not installed. Did you mean 'train-ticket'?")
    expect(error.message).toContain('Installed: train-ticket.')
  })

  it('says which versions are installed when a range matches none', () => {
    const registry = createRegistry({ templates: [ticket('1.0.0')] })
    expect(catchError(() => registry.getTemplate('train-ticket@^2')).message).toBe(
      "Template 'train-ticket' is installed at 1.0.0, which does not satisfy '^2'. Install a matching version, or change the range.",
    )
  })

  it('refuses a template whose schema does not compile, with the reason', () => {
    const registry = createRegistry()
    const broken = defineTemplate({
      id: 'broken',
      version: '1.0.0',
      title: 't',
      description: 'd',
      prompt: 'p',
      schema: { type: 'no-such-type' },
    })
    const error = catchError(() => registry.addTemplate(broken, '@acme/template-broken'))
    expect(error.code).toBe('TIQU_TEMPLATE_INVALID')
    expect(error.message).toMatch(
      /^Template 'broken' \(from @acme\/template-broken\) was refused: its schema does not compile: /,
    )
  })

  it('refuses a template of a contract version it does not support, and one not made by defineTemplate', () => {
    const registry = createRegistry()
    expect(
      catchError(() => registry.addTemplate({ ...ticket('1.0.0'), specificationVersion: 'v9' })).message,
    ).toContain("was written for template contract 'v9', and this @tiqu/core supports v1")
    expect(
      catchError(() => registry.addTemplate({ id: 'x', version: '1.0.0', prompt: 'p', schema })).message,
    ).toContain('it has no specificationVersion')
    expect(
      catchError(() => registry.addTemplate({ ...ticket('1.0.0'), id: 'Train_Ticket' })).message,
    ).toContain('is not kebab-case')
  })

  it('refuses a template whose local rules hold a broken regular expression', () => {
    const broken = defineTemplate({
      ...ticket('1.0.0'),
      local: { fields: { a: [{ pattern: '^A(\\d+)$' }, { pattern: 'x', label: '(unclosed' }] } },
    })
    expect(catchError(() => createRegistry().addTemplate(broken)).message).toMatch(
      /^Template 'train-ticket' was refused: its local rule for 'a' has a label that is not a valid regular expression: /,
    )
  })

  it('creates an engine only when first asked for, once', async () => {
    let created = 0
    const registry = createRegistry({
      engines: {
        fake: () => {
          created++
          return { specificationVersion: 'v1', id: 'fake', doRecognize: async function* () {} }
        },
      },
    })
    expect(created).toBe(0)
    const [first, second] = await Promise.all([registry.getEngine('fake'), registry.getEngine('fake')])
    expect(first).toBe(second)
    expect(created).toBe(1)
    await expect(registry.getEngine('nope')).rejects.toThrow(
      "Engine 'nope' is not available. Available engines: fake.",
    )
  })
})

function catchError(run: () => unknown): TiquError {
  try {
    run()
  } catch (error) {
    if (TiquError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected a TiquError')
}
