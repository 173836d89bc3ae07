import { expect, it } from 'vitest'
import { parseAnswer } from './parse-answer.js'

it('keeps the lines of a plain answer, trimmed at both ends only', () => {
  expect(parseAnswer('\n关于春节放假的通知\n  各部门：  \n')).toEqual({
    text: '关于春节放假的通知\n  各部门：',
  })
})

it('unwraps an answer fenced whole, but not a fence inside the page', () => {
  expect(parseAnswer('```text\nInvoice 42\nTotal 9.90\n```')).toEqual({ text: 'Invoice 42\nTotal 9.90' })
  const page = 'Run this:\n```\nnpm install\n```\nthen restart.'
  expect(parseAnswer(page)).toEqual({ text: page })
})

it('gives an empty text for a blank answer, which validate warns about', () => {
  expect(parseAnswer('  ')).toEqual({ text: '' })
})
