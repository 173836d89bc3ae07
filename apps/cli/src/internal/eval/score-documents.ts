import { flattenFields } from './flatten-fields.js'
import { normalizeValue } from './normalize-value.js'

/** One labelled document after extraction: what it should hold and what was read. */
export interface LabelledDocument {
  source: string
  expected: unknown
  /** The record's `data`; null when nothing could be parsed or the extraction failed. */
  got: unknown
  /** The record's error, when the extraction failed (every expected field then counts as missed). */
  error?: { code: string; message: string } | undefined
}

/** How one field did over the dataset. */
export interface FieldScore {
  /** `invoice_number`, `seat.car`, `items[].name`. */
  field: string
  /** Values the engine gave (not null or empty). */
  predicted: number
  /** Values the labels hold (not null or empty). */
  support: number
  /** Predicted values equal to the label after normalisation. */
  correct: number
  /** correct ÷ predicted; null when nothing was predicted. */
  precision: number | null
  /** correct ÷ support; null when the labels hold no value. */
  recall: number | null
  /** Documents where the field is right, or rightly empty, in every item ÷ documents. */
  exact: number
}

/** A value read differently from its label. */
export interface WrongField {
  /** Where, with item positions: `items[1].name`. */
  path: string
  expected: unknown
  got: unknown
}

/** How one document did. */
export interface DocumentScore {
  source: string
  error?: { code: string; message: string } | undefined
  /** Values compared (labelled or predicted). */
  compared: number
  wrong: WrongField[]
}

/** Micro-averaged over every value of every field. */
export interface OverallScore {
  predicted: number
  support: number
  correct: number
  precision: number | null
  recall: number | null
  /** The harmonic mean of precision and recall; 0 when either is 0 or unknown. */
  f1: number
  /** Documents with every field right ÷ documents. */
  exact: number
}

/** Scores of a labelled dataset. */
export interface DatasetScores {
  documents: number
  fields: FieldScore[]
  overall: OverallScore
  /** Every document, in the order given. */
  perDocument: DocumentScore[]
}

interface Tally {
  predicted: number
  support: number
  correct: number
  wrongDocuments: number
}

/**
 * Scores extracted values against labels, value by value after {@link normalizeValue}. A value counts
 * as predicted when it is not empty; it is correct when the label holds the same value. Fields are
 * listed in the order they first appear (labels first), so that they follow the template's schema.
 */
export function scoreDocuments(documents: readonly LabelledDocument[]): DatasetScores {
  const tallies = new Map<string, Tally>()
  const tallyOf = (field: string) => {
    let tally = tallies.get(field)
    if (!tally) {
      tally = { predicted: 0, support: 0, correct: 0, wrongDocuments: 0 }
      tallies.set(field, tally)
    }
    return tally
  }
  const perDocument: DocumentScore[] = []
  for (const document of documents) {
    const pairs = new Map<string, { field: string; expected: unknown; got: unknown }>()
    for (const leaf of flattenFields(document.expected)) {
      tallyOf(leaf.field)
      pairs.set(leaf.path, { field: leaf.field, expected: leaf.value, got: undefined })
    }
    for (const leaf of flattenFields(document.got)) {
      tallyOf(leaf.field)
      const pair = pairs.get(leaf.path)
      if (pair) pair.got = leaf.value
      else pairs.set(leaf.path, { field: leaf.field, expected: undefined, got: leaf.value })
    }
    const wrong: WrongField[] = []
    const wrongFields = new Set<string>()
    for (const [path, pair] of pairs) {
      const tally = tallyOf(pair.field)
      const expected = normalizeValue(pair.expected)
      const got = normalizeValue(pair.got)
      if (got !== undefined) tally.predicted += 1
      if (expected !== undefined) tally.support += 1
      if (got !== undefined && got === expected) tally.correct += 1
      if (got !== expected) {
        wrong.push({ path, expected: pair.expected ?? null, got: pair.got ?? null })
        wrongFields.add(pair.field)
      }
    }
    for (const field of wrongFields) tallyOf(field).wrongDocuments += 1
    perDocument.push({ source: document.source, error: document.error, compared: pairs.size, wrong })
  }
  const count = documents.length
  const fields = [...tallies].map(([field, tally]) => ({
    field,
    predicted: tally.predicted,
    support: tally.support,
    correct: tally.correct,
    precision: ratio(tally.correct, tally.predicted),
    recall: ratio(tally.correct, tally.support),
    exact: count === 0 ? 0 : (count - tally.wrongDocuments) / count,
  }))
  const sum = (key: 'predicted' | 'support' | 'correct') =>
    fields.reduce((total, field) => total + field[key], 0)
  const predicted = sum('predicted')
  const support = sum('support')
  const correct = sum('correct')
  const precision = ratio(correct, predicted)
  const recall = ratio(correct, support)
  const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : 0
  const exactDocuments = perDocument.filter((document) => document.wrong.length === 0).length
  return {
    documents: count,
    fields,
    overall: {
      predicted,
      support,
      correct,
      precision,
      recall,
      f1,
      exact: count === 0 ? 0 : exactDocuments / count,
    },
    perDocument,
  }
}

/**
 * The documents with the most wrong values, worst first (ties by source), leaving out those with none.
 */
export function worstDocuments(scores: DatasetScores, count: number): DocumentScore[] {
  return scores.perDocument
    .filter((document) => document.wrong.length > 0)
    .sort((a, b) => b.wrong.length - a.wrong.length || a.source.localeCompare(b.source))
    .slice(0, count)
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}
