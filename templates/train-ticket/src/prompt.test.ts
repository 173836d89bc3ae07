import { expect, it } from 'vitest'
import { prompt } from './prompt.js'
import { schema } from './schema.js'

it("lists every schema field in its JSON example, in the seed's single-quoted style", () => {
  const example = /\{('[a-z_]+': 'xxx'(?:, )?)+\}/.exec(prompt)?.[0]
  const keys = [...(example ?? '').matchAll(/'([a-z_]+)': 'xxx'/g)].map((match) => match[1])
  expect(keys).toEqual(Object.keys(schema.properties))
})

it("keeps the seed's rules: accurate, nothing omitted or made up, '?' for an unreadable character", () => {
  expect(prompt).toContain(
    'You must accurately extract the key information. Do not omit or fabricate information.',
  )
  expect(prompt).toContain(
    'Replace any single character that is blurry or obscured by strong light with an English question mark (?).',
  )
  expect(prompt).toMatch(/null/)
})
