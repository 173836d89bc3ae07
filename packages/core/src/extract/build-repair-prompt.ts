import type { Issue } from '../template/types.js'

/** What a re-ask is built from. */
export interface RepairPromptInput {
  /** The prompt of the first request: the template's, or the caller's own. */
  prompt: string
  /** The raw text of the answer to correct. */
  answer: string
  /** Its `error` issues. */
  issues: Issue[]
}

/**
 * The prompt of a re-ask. The qwen-vl-ocr models read only the latest message, so a re-ask cannot be
 * a second turn: it is a fresh request with the same image whose one prompt carries everything, the
 * original instructions, the previous answer and what is wrong with it. The model is told not to bend
 * a value to pass a check, since a check can be wrong about an unusual document, and an invented
 * value that validates is worse than a true one that does not.
 */
export function buildRepairPrompt({ prompt, answer, issues }: RepairPromptInput): string {
  const problems = issues.map(
    (issue) => `- ${issue.path === '' ? 'the answer' : issue.path}: ${issue.message}`,
  )
  return [
    prompt.trimEnd(),
    '',
    'Your previous answer was:',
    answer.trim() === '' ? '(empty)' : answer.trim(),
    '',
    'It has these problems:',
    ...problems,
    '',
    'Read the image again and correct these problems. Keep the values that were right, and change a value ' +
      'only to what the image shows, never just to pass a check. Return only the corrected JSON.',
  ].join('\n')
}
