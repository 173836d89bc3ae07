import { unfence } from '@tiqu/core'
import type { PageText } from './schema.js'

/**
 * The model's plain-text answer as {@link PageText}. An answer wrapped whole in a code fence, which
 * the model sometimes writes despite the prompt, is unwrapped; a fence inside the text (a page that
 * prints code) is kept. Lines keep their order and inner spacing.
 */
export function parseAnswer(answer: string): PageText {
  const text = answer.trim()
  return { text: text.startsWith('```') ? unfence(text) : text }
}
