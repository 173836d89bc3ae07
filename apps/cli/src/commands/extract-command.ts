import type { ModelOptions } from '@tiqu/core'
import { parseModelOptions } from '@tiqu/core'
import { Command, Option } from 'commander'
import { collectInputs } from '../internal/collect-inputs.js'
import { createContext, describeEngine } from '../internal/create-context.js'
import { describeBatch } from '../internal/describe-batch.js'
import { type Io, log } from '../internal/io.js'
import {
  addModelFlags,
  type ModelFlags,
  positiveNumber,
  toModelOptions,
  wholeNumber,
} from '../internal/model-flags.js'
import { readPrices } from '../internal/read-prices.js'
import { applySchemaFile } from '../internal/read-schema.js'
import { readStdin } from '../internal/read-stdin.js'
import { resumeInputs } from '../internal/resume-inputs.js'
import { type BatchOutcome, runBatch } from '../internal/run-batch.js'
import { UsageError } from '../internal/usage-error.js'
import { chooseFormat, isOutFolder, type OutputFormat, openResultWriter } from '../internal/write-results.js'

interface ExtractFlags extends ModelFlags {
  template?: string
  engine?: string
  baseUrl?: string
  timeout?: number
  maxRetries?: number
  prompt?: string
  stream?: boolean
  format?: OutputFormat
  out?: string
  resume?: boolean
  boxes?: boolean
  concurrency: number
  prices?: string
  schema?: string
}

const inputsHelp =
  "image files, folders (recursive), quoted globs ('scans/**/*.jpg'), http(s) URLs, @list.txt (one path or URL a line), or - for stdin"

/** `tiqu extract` and `tiqu ocr`: read documents into records. */
export function createExtractCommand(
  io: Io,
  outcome: { exitCode: number },
  mode: 'extract' | 'ocr',
): Command {
  const command = new Command(mode)
  if (mode === 'extract') {
    command
      .description("extract a template's fields from document images as validated JSON")
      .argument('<inputs...>', inputsHelp)
      .option(
        '-t, --template <id[@range]>',
        'the template to fill, e.g. train-ticket or train-ticket@^1 (see `tiqu templates`)',
      )
      .option('--prompt <text>', 'a prompt of your own instead of a template (qwen engine only)')
      .option(
        '--schema <file.json>',
        'a JSON Schema of the fields to read, for a template that takes one (kie): the prompt carries it and the result is validated against it',
      )
      .option(
        '--boxes',
        'qwen engine: also read the page with the embedded engine and give each field the box of the text it came from (evidence.box); with the local engine it changes nothing, its fields have boxes already',
      )
  } else {
    command
      .description(
        "print the plain text of document images (the model's default OCR prompt, or the embedded engine's lines)",
      )
      .argument('<inputs...>', inputsHelp)
  }
  command
    .addOption(
      new Option(
        '--engine <name>',
        'qwen or local; default: qwen when DASHSCOPE_API_KEY is set, else local',
      ).choices(['qwen', 'local']),
    )
    .option('--base-url <url>', 'OpenAI-compatible base URL for the qwen engine (or TIQU_BASE_URL)')
    .addOption(
      new Option(
        '--timeout <seconds>',
        'qwen engine: seconds to wait for an answer, or between two chunks of a stream',
      )
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
    .option('--stream', 'stream the answer: text on stderr as it arrives, the result at the end')
    .addOption(
      new Option(
        '--format <format>',
        'json (one document; an array for several), jsonl (a line per document, written as each finishes) or csv (data fields as columns); default: from the --out extension, else json for one document, jsonl for several',
      ).choices(['json', 'jsonl', 'csv']),
    )
    .option(
      '-o, --out <file|dir/>',
      'write results to this file, or one JSON file per document into this folder',
    )
    .option(
      '--resume',
      'with --out FILE.jsonl: skip documents that already have a successful record there, read the rest (failed ones again) and append them',
    )
    .option(
      '--prices <file.json>',
      'prices per million tokens by model, over the built-in list prices, for the cost estimate: {"qwen-vl-ocr": {"input": 0.3, "output": 0.5, "currency": "CNY"}}',
    )
    .addOption(
      new Option('-c, --concurrency <n>', 'documents read at once')
        .default(4)
        .argParser(wholeNumber('--concurrency', 1)),
    )
  addModelFlags(command)
  command.action(async (inputs: string[], flags: ExtractFlags) => {
    outcome.exitCode = await runExtract(io, mode, inputs, flags)
  })
  return command
}

async function runExtract(
  io: Io,
  mode: 'extract' | 'ocr',
  inputArguments: string[],
  flags: ExtractFlags,
): Promise<number> {
  if (mode === 'extract' && !flags.template && !flags.prompt) {
    throw new UsageError(
      'Name a template with -t, e.g. `tiqu extract ticket.jpg -t train-ticket` (`tiqu templates` lists them), or use `tiqu ocr` for plain text.',
    )
  }
  if (flags.template && flags.prompt) throw new UsageError('Use either -t/--template or --prompt, not both.')
  // Checked before anything loads or any request is made, whichever engine runs.
  const modelOptions: ModelOptions = toModelOptions(flags)
  parseModelOptions(modelOptions, modelOptions.model ?? 'qwen-vl-ocr-2025-11-20')

  const prices = flags.prices ? await readPrices(flags.prices, io.cwd) : undefined
  const context = await createContext(io, flags)
  const template = await applySchemaFile(
    flags.template ? context.registry.getTemplate(flags.template) : undefined,
    flags.schema,
    io.cwd,
  )
  const collected = await collectInputs(inputArguments, io.cwd)
  if (collected.inputs.length === 0) {
    throw new UsageError(
      collected.empty.length > 0
        ? `${collected.empty.join(' ')} Nothing to read.`
        : `No images found in ${inputArguments.join(', ')}.`,
    )
  }
  const format = chooseFormat({
    format: flags.format,
    out: flags.out,
    several: collected.inputs.length > 1 || flags.resume === true,
  })
  const resumed = flags.resume
    ? await resumeInputs(io, { out: flags.out, format, inputs: collected.inputs })
    : undefined
  log(io, describeEngine(context, flags, io.env))
  for (const message of collected.empty) log(io, `warning: ${message}`)
  const inputs = resumed?.inputs ?? collected.inputs
  const done = resumed?.done ?? new Set<string>()
  if (inputs.length === 0) {
    await context.registry.close()
    return 0
  }
  const skipped = collected.inputs.length - inputs.length
  let outcome: BatchOutcome
  try {
    const stdin = inputs.some((input) => input.kind === 'stdin') ? await readStdin(io.stdin) : undefined
    const engine = await context.engine()
    // The local engine places its fields itself; only the qwen engine needs a second reading.
    const layoutEngine = flags.boxes && context.engineId === 'qwen' ? await context.layoutEngine() : undefined
    if (layoutEngine) log(io, 'boxes: each page is also read with the embedded engine, for its layout')
    const writer =
      mode === 'ocr' && !flags.format && !flags.out
        ? undefined
        : await openResultWriter({
            stdout: io.stdout,
            out: flags.out,
            cwd: io.cwd,
            format,
            count: inputs.length,
            append: flags.resume === true,
            schema: template?.schema,
          })
    try {
      outcome = await runBatch(io, {
        inputs,
        stdin,
        engine,
        template,
        prompt: flags.prompt,
        layoutEngine,
        modelOptions,
        stream: flags.stream === true,
        concurrency: flags.concurrency,
        prices,
        // A PDF's pages are known only once it is opened: those already done are skipped one by one.
        ...(done.size > 0 ? { skip: (source: string) => done.has(source) } : {}),
        writer,
      })
    } finally {
      await writer?.close()
    }
  } finally {
    await context.registry.close()
  }
  if (inputs.length + skipped > 1 || flags.resume) {
    const { summary, interrupted } = outcome
    log(
      io,
      describeBatch(summary, { retries: context.retries(), skipped: skipped + summary.skipped, interrupted }),
    )
    if (summary.failed > 0 || interrupted) {
      const resumable = flags.out && format === 'jsonl' && !(await isOutFolder(flags.out, io.cwd))
      log(
        io,
        resumable
          ? 'Failed documents have their record with "error"; run the same command with --resume to read them again.'
          : 'Failed documents have their record with "error".',
      )
    }
  }
  if (outcome.interrupted) return 130
  return outcome.summary.failed > 0 ? 1 : 0
}
