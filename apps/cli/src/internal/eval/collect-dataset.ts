import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { collectInputs, type Input } from '../collect-inputs.js'
import { UsageError } from '../usage-error.js'

/** A document of the dataset with its labels. */
export interface DatasetDocument {
  input: Extract<Input, { kind: 'path' }>
  /** `<name>.expected.json`, as given relative to the working directory. */
  expectedSource: string
  /** The expected `data`; for a PDF an array holds one object per page. */
  expected: { [field: string]: unknown } | Array<{ [field: string]: unknown }>
}

/** What a dataset folder holds. */
export interface Dataset {
  documents: DatasetDocument[]
  /** Documents without `<name>.expected.json` beside them: listed, not read. */
  unlabelled: string[]
}

/** The labels' file of a document: `scans/a.jpg` → `scans/a.expected.json`. */
export function expectedPathOf(documentPath: string): string {
  const { dir, name } = path.parse(documentPath)
  return path.join(dir, `${name}.expected.json`)
}

/**
 * Finds the documents in a folder (recursively, as `tiqu extract` does) and reads the expected JSON
 * beside each. A label file that is not JSON, or not an object (an array of objects for a PDF), is a
 * usage error naming it, before anything is read; so is a folder where nothing is labelled.
 */
export async function collectDataset(directory: string, cwd: string): Promise<Dataset> {
  const absolute = path.resolve(cwd, directory)
  const info = await stat(absolute).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new UsageError(
      `'${directory}' is not a folder. Give a folder of documents, each with its <name>.expected.json beside it.`,
    )
  }
  const { inputs } = await collectInputs([directory], cwd)
  const dataset: Dataset = { documents: [], unlabelled: [] }
  for (const input of inputs) {
    if (input.kind !== 'path') continue
    const expectedPath = expectedPathOf(input.path)
    const expectedSource = expectedPathOf(input.source)
    let text: string
    try {
      text = await readFile(expectedPath, 'utf8')
    } catch {
      dataset.unlabelled.push(input.source)
      continue
    }
    let expected: unknown
    try {
      expected = JSON.parse(text)
    } catch (error) {
      throw new UsageError(
        `${expectedSource} is not valid JSON (${(error as Error).message}). Fix it, or remove it.`,
      )
    }
    const isPdf = path.extname(input.path).toLowerCase() === '.pdf'
    if (!(isObject(expected) || (isPdf && Array.isArray(expected) && expected.every(isObject)))) {
      throw new UsageError(
        `${expectedSource} must hold one JSON object, the data the document should yield${isPdf ? ' (or, for a PDF, an array of one object per page)' : ''}.`,
      )
    }
    dataset.documents.push({ input, expectedSource, expected })
  }
  if (dataset.documents.length === 0) {
    throw new UsageError(
      inputs.length === 0
        ? `Folder '${directory}' holds no images or PDFs.`
        : `No document in '${directory}' has its expected JSON beside it: label scan.jpg with scan.expected.json, holding the data it should yield.`,
    )
  }
  return dataset
}

/**
 * The labels of one record: its document's expected object, or for a PDF page (`scan.pdf#page=2`) the
 * page's object of the array (an object alone labels page 1). Undefined when the page has none.
 */
export function expectedFor(
  document: DatasetDocument,
  source: string,
): { [field: string]: unknown } | undefined {
  const page = /#page=(\d+)$/.exec(source)
  const number = page ? Number(page[1]) : 1
  if (Array.isArray(document.expected)) return document.expected[number - 1]
  return number === 1 ? document.expected : undefined
}

function isObject(value: unknown): value is { [field: string]: unknown } {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
