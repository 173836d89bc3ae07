import { expect, it } from 'vitest'
import { buildRepairPrompt } from './build-repair-prompt.js'

it('holds the original prompt, the previous answer and every issue, then asks for JSON only', () => {
  const prompt = buildRepairPrompt({
    prompt: "Return the data in JSON format as follows: {'train_number': 'xxx', 'seat_number': 'xxx'}\n",
    answer: "```json\n{'train_number': 'X99999', 'seat_number': None}\n```",
    issues: [
      {
        path: '/train_number',
        message: "Train number 'X99999' is not a China Railway train number.",
        severity: 'error',
      },
      { path: '', message: "must have required property 'ticket_price'", severity: 'error' },
    ],
  })
  expect(prompt).toBe(
    [
      "Return the data in JSON format as follows: {'train_number': 'xxx', 'seat_number': 'xxx'}",
      '',
      'Your previous answer was:',
      "```json\n{'train_number': 'X99999', 'seat_number': None}\n```",
      '',
      'It has these problems:',
      "- /train_number: Train number 'X99999' is not a China Railway train number.",
      "- the answer: must have required property 'ticket_price'",
      '',
      'Read the image again and correct these problems. Keep the values that were right, and change a value ' +
        'only to what the image shows, never just to pass a check. Return only the corrected JSON.',
    ].join('\n'),
  )
})

it('says so when the previous answer was empty', () => {
  const prompt = buildRepairPrompt({
    prompt: 'Read it.',
    answer: '  \n',
    issues: [{ path: '', message: 'The answer is not JSON.', severity: 'error' }],
  })
  expect(prompt).toContain('Your previous answer was:\n(empty)\n')
  expect(prompt.endsWith('Return only the corrected JSON.')).toBe(true)
})
