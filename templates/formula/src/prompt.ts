/**
 * Asks for what Qwen-OCR's `formula_recognition` task returns, in this template's own words: the
 * compatible-mode API takes no task parameter, so the prompt carries it.
 */
export const prompt =
  'Write the mathematical formula shown in the image as LaTeX. Output only the LaTeX of the formula, with no other text, description or explanation.'
