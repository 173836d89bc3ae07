import { normalisationRules } from './normalize-value.js'
import {
  type DatasetScores,
  type DocumentScore,
  type FieldScore,
  type OverallScore,
  worstDocuments,
} from './score-documents.js'

/** What `tiqu eval` reports, as `--format json` prints it. */
export interface EvalReport {
  template: { id: string; version: string }
  engine: string
  /** The model of the records, when the engine has one. */
  model?: string | undefined
  dataset: string
  /** How values were made comparable, in words. */
  normalisation: readonly string[]
  /** How a value is counted, in words. */
  scoring: readonly string[]
  /** Documents (PDF pages) scored. */
  documents: number
  /** Of those, documents whose extraction failed (scored as all missed). */
  failed: number
  /** Documents or PDF pages without expected values: not scored. */
  unlabelled: string[]
  fields: FieldScore[]
  overall: OverallScore
  /** The documents with the most wrong values, worst first. */
  worst: DocumentScore[]
}

/** The scoring rules, in words, for the report's header. */
export const scoringRules: readonly string[] = [
  'a value is predicted when it is not null or empty; precision = correct ÷ predicted, recall = correct ÷ expected (non-empty), exact = documents where the field is right (or rightly empty) ÷ documents',
  'nested fields by dotted path (seat.car); array items compared in order, position by position, and scored together (items[].name); a field missing from the expected JSON counts as expected empty',
  'overall: micro-averaged over every value (F1 = 2PR ÷ (P + R)); exact = documents with every field right ÷ documents',
]

/** What the report is about, beside the scores. */
export interface EvalReportContext {
  template: { id: string; version: string }
  engine: string
  model?: string | undefined
  dataset: string
  failed: number
  unlabelled: string[]
  /** How many of the worst documents to list. */
  worst: number
}

/** Puts the scores and what they are about into one report. */
export function buildEvalReport(scores: DatasetScores, context: EvalReportContext): EvalReport {
  return {
    template: context.template,
    engine: context.engine,
    ...(context.model ? { model: context.model } : {}),
    dataset: context.dataset,
    normalisation: normalisationRules,
    scoring: scoringRules,
    documents: scores.documents,
    failed: context.failed,
    unlabelled: context.unlabelled,
    fields: scores.fields,
    overall: scores.overall,
    worst: worstDocuments(scores, context.worst),
  }
}
