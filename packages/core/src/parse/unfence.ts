const fencePattern = /```[A-Za-z0-9_+-]*[ \t]*\r?\n?([\s\S]*?)(?:```|$)/

/**
 * The body of the first Markdown code fence in a model's answer (```html, ```latex, ```json...),
 * or the whole answer when it has none, trimmed. A fence left open by an answer cut short yields
 * everything after its opening. For a template's `parseAnswer`: Qwen-OCR fences tables, LaTeX and
 * JSON, and sometimes says a sentence around the fence.
 */
export function unfence(text: string): string {
  const fenced = fencePattern.exec(text)
  return (fenced?.[1] ?? text).trim()
}
