import type { Template } from '@tiqu/core'
import { unservedContent } from './internal/unserved-content.js'

/** Whether the embedded engine can fill a template, and how; or why not. */
export type LocalSupport =
  | {
      supported: true
      /** From the template's `local` rules, or the page's text handed to its `parseAnswer`. */
      by: 'rules' | 'page-text'
    }
  | { supported: false; reason: string }

/**
 * Whether the embedded engine serves `template`, decided from the template alone (no model loads):
 * with its `local` rules; or, for a template that reads its own answer (`parseAnswer`), with the
 * page's text, unless its schema asks for a table or a formula (`contentMediaType`), which the engine
 * cannot see in lines of text. Anything else only Qwen-OCR can fill. The engine refuses a request for
 * an unsupported template with `reason`; `tiqu templates show` prints it.
 */
export function localSupport(template: Template): LocalSupport {
  if (!template.local && !template.parseAnswer) {
    return {
      supported: false,
      reason: `Template '${template.id}' has no rules for the embedded engine (no \`local\` section), so only Qwen-OCR can fill it`,
    }
  }
  const unserved = unservedContent(template)
  if (unserved) {
    return {
      supported: false,
      reason:
        `Template '${template.id}' asks for '${unserved.field}' as ${unserved.kind}, which the embedded engine ` +
        'cannot read: it finds lines of text, not tables or formulas, and will not guess them',
    }
  }
  return { supported: true, by: template.local ? 'rules' : 'page-text' }
}
