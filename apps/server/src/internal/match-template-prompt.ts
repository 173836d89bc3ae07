import type { Template } from '@tiqu/core'

/**
 * How alike two prompts must be (Dice coefficient of their word pairs) to count as the same template's.
 * The seed's train-ticket prompt, of which the template's is a completed copy, scores 0.91; a prompt
 * for another document that shares a sentence or two scores below 0.3.
 */
const sameTemplate = 0.8

/** Resolves a template's prompt, which may depend on the model. */
export function templatePrompt(template: Template, model: string | undefined): string {
  return typeof template.prompt === 'function'
    ? template.prompt({ ...(model ? { model } : {}), schema: template.schema })
    : template.prompt
}

/**
 * The template whose prompt this is, for engines that cannot follow free-form prompts: the prompt
 * must be a template's own, allowing for whitespace, case, quotes and punctuation, and for edits
 * as small as the seed's example (which lists two fields fewer in its JSON sample). Undefined when no
 * template's prompt is that close, or two are.
 */
export function matchTemplatePrompt(
  prompt: string,
  templates: Template[],
  model: string | undefined,
): Template | undefined {
  const given = wordPairs(prompt)
  const scored = templates
    .map((template) => ({ template, score: dice(given, wordPairs(templatePrompt(template, model))) }))
    .filter((entry) => entry.score >= sameTemplate)
    .sort((a, b) => b.score - a.score)
  const [best, second] = scored
  if (!best || (second && second.template.id !== best.template.id && second.score === best.score))
    return undefined
  return best.template
}

function wordPairs(text: string): Map<string, number> {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
  const pairs = new Map<string, number>()
  // A one-word prompt still has a "pair", so two identical short prompts match.
  if (words.length === 1) pairs.set(words[0] as string, 1)
  for (let index = 0; index < words.length - 1; index += 1) {
    const pair = `${words[index]} ${words[index + 1]}`
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
  }
  return pairs
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0
  let total = 0
  for (const count of a.values()) total += count
  for (const count of b.values()) total += count
  for (const [pair, count] of a) shared += Math.min(count, b.get(pair) ?? 0)
  return total === 0 ? 0 : (2 * shared) / total
}
