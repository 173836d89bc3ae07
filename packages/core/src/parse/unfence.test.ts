import { expect, it } from 'vitest'
import { unfence } from './unfence.js'

it('returns the body of the first fence, whatever its language, without the prose around it', () => {
  expect(unfence('Here it is:\n```html\n<table><tr><td>1</td></tr></table>\n```\nDone.')).toBe(
    '<table><tr><td>1</td></tr></table>',
  )
  expect(unfence('```latex\n\\frac{a}{b}\n```')).toBe('\\frac{a}{b}')
  expect(unfence('```\nplain\n```')).toBe('plain')
})

it('keeps everything after a fence left open by an answer cut short', () => {
  expect(unfence('```html\n<table><tr><td>1</td>')).toBe('<table><tr><td>1</td>')
})

it('returns an unfenced answer trimmed, with its inner lines intact', () => {
  expect(unfence('\n  第一行\n第二行  \n')).toBe('第一行\n第二行')
})
