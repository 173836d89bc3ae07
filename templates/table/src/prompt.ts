/**
 * Asks for what Qwen-OCR's `table_parsing` task returns (HTML tables in an html code block), in this
 * template's own words: the compatible-mode API takes no task parameter, so the prompt carries it.
 */
export const prompt = [
  'Convert every table in the image into HTML.',
  'Write one <table> per table, a <tr> per row and a <td> per cell, from the top-left cell to the bottom-right one.',
  'Mark a cell merged across columns with colspan and one merged across rows with rowspan, and write its text once.',
  'Copy the text of each cell exactly as printed, in its own language; leave an empty cell empty.',
  'Output only the HTML, in an ```html code block, without any explanation.',
].join('\n')
