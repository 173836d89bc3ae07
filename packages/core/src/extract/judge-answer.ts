import { parseModelText } from '../parse/parse-model-text.js'
import type { Issue, Template } from '../template/types.js'
import { validateData } from '../validate/validate-data.js'
import type { Answer } from './read-answer.js'

/** An answer with the object read from it and all its problems. */
export interface JudgedAnswer {
  answer: Answer
  /** The object, or null when the answer holds none (and always without a template). */
  data: { [field: string]: unknown } | null
  issues: Issue[]
}

/**
 * Reads an answer's object (the engine's own, or parsed from its text) and checks it whole against
 * the template. Without a template the text is the result, and only a cut-off is a problem.
 */
export function judgeAnswer(answer: Answer, template: Template | undefined): JudgedAnswer {
  const judged: JudgedAnswer = { answer, data: null, issues: [] }
  if (template) {
    const { data, issues } = interpret(answer, template)
    judged.data = data
    judged.issues = data === null ? issues : [...issues, ...validateData(template, data)]
  }
  if (answer.finishReason === 'length') {
    judged.issues.push({
      path: '',
      message:
        'The answer was cut off at max_tokens; values may be missing. Raise --max-tokens, or lower --max-pixels.',
      severity: 'error',
    })
  }
  return judged
}

/** How many `error` issues an answer has: what a re-ask must lower to be used. */
export function countErrors(judged: JudgedAnswer): number {
  return judged.issues.filter((issue) => issue.severity === 'error').length
}

function interpret(
  answer: Answer,
  template: Template,
): { data: { [field: string]: unknown } | null; issues: Issue[] } {
  if (answer.object) return { data: answer.object, issues: [] }
  if (template.parseAnswer) return parseWithTemplate(answer.text, template)
  const parsed = parseModelText(answer.text)
  if (!parsed.ok) {
    return {
      data: null,
      issues: [
        {
          path: '',
          message: `The answer is not JSON (${parsed.reason}); the raw text is kept in 'text'.`,
          severity: 'error',
        },
      ],
    }
  }
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return {
      data: null,
      issues: [
        {
          path: '',
          message: "The answer is JSON but not an object; the raw text is kept in 'text'.",
          severity: 'error',
        },
      ],
    }
  }
  return { data: parsed.value as { [field: string]: unknown }, issues: [] }
}

/** The template's own reading of a non-JSON answer (HTML, LaTeX, plain text). */
function parseWithTemplate(
  text: string,
  template: Template,
): { data: { [field: string]: unknown } | null; issues: Issue[] } {
  let data: { [field: string]: unknown } | null
  try {
    data = template.parseAnswer?.(text) ?? null
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      data: null,
      issues: [
        {
          path: '',
          message: `Template '${template.id}' could not read the answer (${reason}); the raw text is kept in 'text'.`,
          severity: 'error',
        },
      ],
    }
  }
  if (data !== null) return { data, issues: [] }
  return {
    data: null,
    issues: [
      {
        path: '',
        message: `The answer holds nothing template '${template.id}' can read; the raw text is kept in 'text'.`,
        severity: 'error',
      },
    ],
  }
}
