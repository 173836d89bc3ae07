import { describe, expect, it } from 'vitest'
import { defineTemplate } from '../template/define-template.js'
import type { LocalFieldRule } from '../template/types.js'
import { checkLocalRules } from './check-local-rules.js'
import { createRegistry } from './create-registry.js'

const check = (rule: Partial<LocalFieldRule> | Record<string, unknown>) =>
  checkLocalRules({ fields: { seat: [{ pattern: '\\d+' }, rule] } })

describe('checkLocalRules', () => {
  it('accepts every rule of the layout vocabulary', () => {
    expect(
      checkLocalRules({
        fields: {
          gate: { label: '检票', where: 'right', pattern: '(\\w+)' },
          seat: { label: '座位', where: ['below', 'same-line'], pattern: '(\\d+)' },
          train: { sameRowAs: '站$', pattern: '^([GD]\\d+)$' },
          price: { nearestTo: '票价', pattern: '(\\d+\\.\\d+)' },
          title: { largestIn: { x: 0, y: 0, width: 1, height: 0.25 }, pattern: '.+' },
        },
      }),
    ).toBeUndefined()
  })

  it('names the field and the anchor that is not a valid regular expression', () => {
    expect(check({ pattern: 'x', sameRowAs: '(unclosed' })).toMatch(
      /^its local rule for 'seat' has a sameRowAs that is not a valid regular expression: /,
    )
    expect(check({ pattern: 'x', nearestTo: '[z-a]' })).toMatch(/has a nearestTo that is not a valid/)
    expect(check({ pattern: 'x', nearestTo: 42 })).toMatch(/nearestTo that is not a string/)
  })

  it('refuses a region outside the unit square, or empty, saying what a region is', () => {
    expect(check({ pattern: 'x', largestIn: { x: 0, y: 0, width: 120, height: 40 } })).toMatch(
      /largestIn region that has width 120; x, y, width and height are fractions from 0 to 1/,
    )
    expect(check({ pattern: 'x', largestIn: { x: 0.6, y: 0, width: 0.5, height: 0.2 } })).toMatch(
      /reaches past the page/,
    )
    expect(check({ pattern: 'x', largestIn: { x: 0, y: 0, width: 0, height: 0.2 } })).toMatch(/is empty/)
    expect(check({ pattern: 'x', largestIn: { x: 0, y: 0, width: 1 } })).toMatch(/has height undefined/)
  })

  it('refuses where without a label, and places it does not know', () => {
    expect(check({ pattern: 'x', where: 'below' })).toMatch(/has `where` but no `label`/)
    expect(check({ pattern: 'x', label: 'a', where: 'above' })).toMatch(
      /has where "above"; use one or more of 'same-line', 'right', 'below'/,
    )
    expect(check({ pattern: 'x', label: 'a', where: [] })).toMatch(/use one or more of/)
  })

  it('refuses largestIn with nearestTo, whose orders would conflict', () => {
    const region = { x: 0, y: 0, width: 1, height: 1 }
    expect(check({ pattern: 'x', largestIn: region, nearestTo: 'y' })).toMatch(
      /both `largestIn` and `nearestTo`/,
    )
  })

  it('refuses unknown scopes and transforms, and occurrences that are not integers', () => {
    expect(check({ pattern: 'x', scope: 'page' })).toMatch(/has scope "page"; use 'line', 'row' or 'text'/)
    expect(check({ pattern: 'x', transforms: ['upper'] })).toMatch(/has transform "upper"/)
    expect(check({ pattern: 'x', occurrence: 0.5 })).toMatch(/occurrence 0.5, which is not an integer/)
  })

  it('accepts many as a boolean, and refuses it with a fixed value', () => {
    expect(check({ pattern: '(?<name>\\S+)', scope: 'row', many: true })).toBeUndefined()
    expect(check({ pattern: 'x', many: 'yes' })).toMatch(/has many "yes"; it is true/)
    expect(check({ pattern: 'x', many: true, value: 'a' })).toMatch(/both `many` and a fixed `value`/)
  })

  it('accepts a fixed value that is a string, number or boolean, and nothing else', () => {
    expect(check({ pattern: 'x', value: 'front' })).toBeUndefined()
    expect(check({ pattern: 'x', value: false })).toBeUndefined()
    expect(check({ pattern: 'x', value: { side: 'front' } })).toMatch(
      /has value \{"side":"front"\}; a fixed value/,
    )
  })

  it('makes the registry refuse the template with the reason', () => {
    const template = defineTemplate({
      id: 'seat-card',
      version: '1.0.0',
      title: 'Seat card',
      description: 'A seat card.',
      prompt: 'Read it.',
      schema: { type: 'object', properties: { seat: { type: 'string', description: 'Seat.' } } },
      local: {
        fields: { seat: { pattern: '\\d+', largestIn: { x: 0.5, y: 0.5, width: 0.6, height: 0.1 } } },
      },
    })
    expect(() => createRegistry().addTemplate(template)).toThrow(
      /^Template 'seat-card' was refused: its local rule for 'seat' has a largestIn region that .* reaches past the page/,
    )
  })
})
