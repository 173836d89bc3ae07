import { defineTemplate } from '@tiqu/core'
import { expect, it } from 'vitest'
import { checkPrompt } from './check-prompt.js'

const template = (prompt: string | (() => string)) =>
  defineTemplate({
    id: 'seat',
    version: '1.0.0',
    title: 'Seat',
    description: 'A seat.',
    prompt,
    schema: { type: 'object', properties: { seat: {}, seat_class: {} } },
  })

it('passes a prompt that names every field, as a string or from a function', () => {
  expect(checkPrompt(template("Return {'seat': 'xxx', 'seat_class': 'xxx'}"))).toEqual([])
  expect(checkPrompt(template(() => 'Return JSON with keys seat and seat_class.'))).toEqual([])
})

it('does not count a field named only inside a longer one', () => {
  const [problem] = checkPrompt(template("Return {'seat_class': 'xxx', 'seats': 'xxx'}"))
  expect(problem).toMatch(/^The prompt does not name 'seat'\./)
  expect(problem).toContain("{'seat': 'xxx'}")
})

it('reports a prompt function that needs options, and an empty prompt', () => {
  const throwing = template(() => {
    throw new Error('no model given')
  })
  expect(checkPrompt(throwing)[0]).toMatch(/threw when called with the template's own schema: no model given/)
  expect(checkPrompt(template('  '))[0]).toMatch(/prompt is empty/)
})

it('asks no keys of a template that reads its answer itself (parseAnswer), only a prompt', () => {
  const html = { ...template('Convert the table to HTML.'), parseAnswer: (text: string) => ({ seat: text }) }
  expect(checkPrompt(html)).toEqual([])
  expect(checkPrompt({ ...html, prompt: '' })[0]).toMatch(/prompt is empty/)
})
