import type { EvalReport } from './build-eval-report.js'

/**
 * The report as a person reads it: what was compared and how, a table of fields (precision, recall,
 * exact match, support), overall field F1, then the worst documents with each wrong value.
 */
export function formatEvalReport(report: EvalReport): string {
  const lines: string[] = []
  const engine = report.model ? `${report.engine} (${report.model})` : report.engine
  lines.push(
    `Template ${report.template.id}@${report.template.version}, engine ${engine}, dataset ${report.dataset}: ` +
      `${count(report.documents, 'document')} scored${report.failed > 0 ? ` (${report.failed} failed to extract, scored as all missed)` : ''}` +
      `${report.unlabelled.length > 0 ? `, ${report.unlabelled.length} without expected JSON skipped` : ''}.`,
  )
  lines.push('Values are compared after normalisation:')
  for (const rule of report.normalisation) lines.push(`  - ${rule}`)
  lines.push('Scoring:')
  for (const rule of report.scoring) lines.push(`  - ${rule}`)
  lines.push('')
  const { overall } = report
  const rows = [
    ['FIELD', 'PRECISION', 'RECALL', 'EXACT', 'SUPPORT'],
    ...report.fields.map((field) => [
      field.field,
      score(field.precision),
      score(field.recall),
      score(field.exact),
      String(field.support),
    ]),
    [
      'all fields (micro)',
      score(overall.precision),
      score(overall.recall),
      score(overall.exact),
      String(overall.support),
    ],
  ]
  lines.push(...table(rows))
  lines.push('')
  lines.push(
    `Overall field F1: ${score(overall.f1)} (${overall.correct} of ${overall.support} expected values right, ${overall.predicted} predicted; ` +
      `${Math.round(overall.exact * report.documents)} of ${count(report.documents, 'document')} entirely right)`,
  )
  if (report.worst.length > 0) {
    lines.push('', 'Worst documents (most wrong values first):')
    for (const document of report.worst) {
      const failure = document.error
        ? `; extraction failed: ${document.error.code}: ${document.error.message}`
        : ''
      lines.push(`  ${document.source}: ${document.wrong.length} of ${document.compared} wrong${failure}`)
      for (const wrong of document.wrong) {
        lines.push(`    ${wrong.path}: expected ${show(wrong.expected)}, got ${show(wrong.got)}`)
      }
    }
  }
  if (report.unlabelled.length > 0) {
    lines.push('', 'Skipped, no expected JSON beside them (<name>.expected.json):')
    for (const source of report.unlabelled) lines.push(`  ${source}`)
  }
  return `${lines.join('\n')}\n`
}

function score(value: number | null): string {
  return value === null ? '–' : value.toFixed(3)
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`
}

function show(value: unknown): string {
  return value === null || value === undefined ? 'nothing' : JSON.stringify(value)
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? '')))) ?? []
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell + ' '.repeat((widths[0] ?? 0) - width(cell)) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  )
}

// CJK characters (a field named in Chinese) take two columns in a terminal.
function width(text: string): number {
  let columns = 0
  for (const character of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(character) ? 2 : 1
  return columns
}
