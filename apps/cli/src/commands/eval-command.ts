import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ExtractResult } from '@tiqu/core'
import { parseModelOptions } from '@tiqu/core'
import { Command, InvalidArgumentError, Option } from 'commander'
import { createContext, describeEngine } from '../internal/create-context.js'
import { buildEvalReport } from '../internal/eval/build-eval-report.js'
import { collectDataset, expectedFor } from '../internal/eval/collect-dataset.js'
import { formatEvalReport } from '../internal/eval/format-eval-report.js'
import { loadTemplateArgument } from '../internal/eval/load-template-argument.js'
import { type LabelledDocument, scoreDocuments } from '../internal/eval/score-documents.js'
import { type Io, log } from '../internal/io.js'
import {
  addModelFlags,
  type ModelFlags,
  positiveNumber,
  toModelOptions,
  wholeNumber,
} from '../internal/model-flags.js'
import { applySchemaFile } from '../internal/read-schema.js'
import { runBatch } from '../internal/run-batch.js'

interface EvalFlags extends ModelFlags {
  schema?: string
  engine?: string
  baseUrl?: string
  timeout?: number
  maxRetries?: number
  concurrency: number
  format?: 'text' | 'json'
  out?: string
  worst: number
  minF1?: number
}

const description = [
  'score a template and engine on labelled documents: per-field precision, recall and exact match, overall field F1, and the worst documents',
  'Each image or PDF in <dataset-dir> (searched recursively) is labelled by <name>.expected.json beside it (scans/a.jpg + scans/a.expected.json), holding the data it should yield; for a PDF, an array of one object per page. Documents without one are listed and skipped. Every document is read as `tiqu extract` would, with the same engine choice and flags.',
  'Values are compared after normalisation: Unicode NFKC (full-width → half-width), whitespace removed, currency signs (¥ ￥ $ € £ RMB CNY USD EUR 元) and thousands separators stripped and amounts compared as numbers (553.0 = 553.00; digits alone, like an ID, stay text), dates as Y-M-D (2025年06月18日 = 2025-06-18 = 2025/6/18). A value counts as predicted when it is not null or empty: precision = correct ÷ predicted, recall = correct ÷ expected non-empty, exact = documents where the field is right (or rightly empty) ÷ documents; overall F1 is micro-averaged over every value. Nested fields go by dotted path (seat.car); arrays are compared item by item in order and scored together (items[].name).',
  'Exit code 0 when the run completed (a document that failed to extract is scored as all missed), 1 when it could not run or every document failed, 1 also when overall F1 is below --min-f1, 2 for usage errors.',
].join('\n\n')

/** `tiqu eval <template> <dataset-dir>`: field-level accuracy of a template and engine on labelled documents. */
export function createEvalCommand(io: Io, outcome: { exitCode: number }): Command {
  const command = new Command('eval')
    .summary('field-level accuracy of a template and engine on labelled documents (<name>.expected.json)')
    .description(description)
    .argument(
      '<template>',
      'template id[@range] (see `tiqu templates`), or the path of a template package folder',
    )
    .argument('<dataset-dir>', 'folder of documents, each with <name>.expected.json beside it')
    .addOption(
      new Option(
        '--engine <name>',
        'qwen or local; default: qwen when DASHSCOPE_API_KEY is set, else local',
      ).choices(['qwen', 'local']),
    )
    .option('--base-url <url>', 'OpenAI-compatible base URL for the qwen engine (or TIQU_BASE_URL)')
    .addOption(
      new Option('--timeout <seconds>', 'qwen engine: seconds to wait for an answer')
        .default(120)
        .argParser(positiveNumber('--timeout')),
    )
    .addOption(
      new Option(
        '--max-retries <n>',
        'qwen engine: retries of a rate limit, server error or dropped connection',
      )
        .default(2)
        .argParser(wholeNumber('--max-retries', 0)),
    )
    .addOption(
      new Option('-c, --concurrency <n>', 'documents read at once')
        .default(4)
        .argParser(wholeNumber('--concurrency', 1)),
    )
    .addOption(
      new Option(
        '--format <format>',
        'text (a table) or json (the report for machines); default: json for an --out file ending in .json, else text',
      ).choices(['text', 'json']),
    )
    .option('-o, --out <file>', 'write the report to this file instead of stdout')
    .option(
      '--schema <file.json>',
      'a JSON Schema of the fields to read, for a template that takes one (kie), as `tiqu extract --schema`',
    )
    .addOption(
      new Option('--worst <n>', 'how many of the worst documents to list, with their wrong values')
        .default(5)
        .argParser(wholeNumber('--worst', 0)),
    )
    .addOption(
      new Option(
        '--min-f1 <x>',
        'exit with code 1 when overall field F1 is below x (0 to 1), for CI',
      ).argParser(f1Threshold),
    )
  addModelFlags(command)
  command.action(async (templateArgument: string, datasetDirectory: string, flags: EvalFlags) => {
    outcome.exitCode = await runEval(io, templateArgument, datasetDirectory, flags)
  })
  return command
}

async function runEval(
  io: Io,
  templateArgument: string,
  datasetDirectory: string,
  flags: EvalFlags,
): Promise<number> {
  const modelOptions = toModelOptions(flags)
  parseModelOptions(modelOptions, modelOptions.model ?? 'qwen-vl-ocr-2025-11-20')
  const context = await createContext(io, flags)
  try {
    const template = await applySchemaFile(
      await loadTemplateArgument(context.registry, templateArgument, io.cwd),
      flags.schema,
      io.cwd,
    )
    const dataset = await collectDataset(datasetDirectory, io.cwd)
    log(io, describeEngine(context, flags, io.env))
    for (const source of dataset.unlabelled) log(io, `skipped ${source}: no expected JSON beside it`)
    const engine = await context.engine()
    const records: ExtractResult[] = []
    const documentOf = new Map(dataset.documents.map((document) => [document.input.source, document]))
    const { summary, interrupted } = await runBatch(io, {
      inputs: dataset.documents.map((document) => document.input),
      engine,
      template,
      modelOptions,
      concurrency: flags.concurrency,
      // Records are kept for scoring, not printed: the report is the output.
      writer: {
        write: async (result) => {
          records.push(result)
        },
        close: async () => {},
      },
    })
    if (interrupted) return 130
    const labelled: LabelledDocument[] = []
    const unlabelled = [...dataset.unlabelled]
    for (const record of records) {
      const document = documentOf.get(record.source.replace(/#page=\d+$/, ''))
      const expected = document ? expectedFor(document, record.source) : undefined
      if (!expected) {
        unlabelled.push(record.source)
        continue
      }
      labelled.push({
        source: record.source,
        expected,
        got: record.data,
        ...(record.error ? { error: { code: record.error.code, message: record.error.message } } : {}),
      })
    }
    // The batch writes in order of finishing; the report lists documents in the dataset's order.
    labelled.sort((a, b) => a.source.localeCompare(b.source, 'en', { numeric: true }))
    const failed = labelled.filter((document) => document.error).length
    const report = buildEvalReport(scoreDocuments(labelled), {
      template: { id: template.id, version: template.version },
      engine: context.engineId,
      model: records.find((record) => record.model)?.model,
      dataset: datasetDirectory,
      failed,
      unlabelled,
      worst: flags.worst,
    })
    const format =
      flags.format ?? (flags.out && path.extname(flags.out).toLowerCase() === '.json' ? 'json' : 'text')
    const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report)
    if (flags.out) {
      await writeFile(path.resolve(io.cwd, flags.out), text)
      log(io, `report written to ${flags.out}`)
    } else io.stdout.write(text)
    log(
      io,
      `overall field F1 ${report.overall.f1.toFixed(3)} on ${report.documents} document${report.documents === 1 ? '' : 's'} (${summary.failed} failed to extract)`,
    )
    if (labelled.length > 0 && failed === labelled.length) {
      log(io, 'every document failed to extract: the scores measure nothing. See the errors in the report.')
      return 1
    }
    if (flags.minF1 !== undefined && report.overall.f1 < flags.minF1) {
      log(io, `overall field F1 ${report.overall.f1.toFixed(3)} is below --min-f1 ${flags.minF1}`)
      return 1
    }
    return 0
  } finally {
    await context.registry.close()
  }
}

function f1Threshold(value: string): number {
  const parsed = Number(value)
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
    throw new InvalidArgumentError(`--min-f1 expects a number from 0 to 1, got '${value}'.`)
  }
  return parsed
}
