/**
 * Asks for what Qwen-OCR's `document_parsing` task returns (the page as LaTeX in a latex code block),
 * in this template's own words: the compatible-mode API takes no task parameter, so the prompt carries it.
 */
export const prompt = [
  'Transcribe this document page into LaTeX, in reading order.',
  'Write headings as \\section*{...} or \\subsection*{...}, paragraphs as plain text separated by blank lines, tables as tabular environments with every cell, and equations as \\[ ... \\] or $...$.',
  'Copy the text exactly as printed, in its own language: do not translate, summarise, correct or leave anything out.',
  'Output only the LaTeX body, without \\documentclass or a preamble, in a ```latex code block.',
].join('\n')
