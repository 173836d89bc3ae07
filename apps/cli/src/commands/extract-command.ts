import type { ExtractResult, ModelOptions, Template } from '@tiqu/core'
import { extractStream, parseModelOptions } from '@tiqu/core'
import { Command, Option } from 'commander'
import pLimit from 'p-limit'
import { collectInputs, type Input } from '../internal/collect-inputs.js'
import { type CliContext, createContext, describeEngine } from '../internal/create-context.js'
import { type Io, log } from '../internal/io.js'
import {
  addModelFlags,
  type ModelFlags,
  positiveNumber,
  toModelOptions,
  wholeNumber,
} from '../internal/model-flags.js'
import { readStdin } from '../internal/read-stdin.js'
import { UsageError } from '../internal/usage-error.js'
import { type OutputFormat, openResultWriter } from '../internal/write-results.js'

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
  concurrency: number
}

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
      .argument('<inputs...>', 'image files, folders of images, http(s) URLs, or - for stdin')
      .option(
        '-t, --template <id[@range]>',
        'the template to fill, e.g. train-ticket or train-ticket@^1 (see `tiqu templates`)',
      )
      .option('--prompt <text>', 'a prompt of your own instead of a template (qwen engine only)')
  } else {
    command
      .description(
        "print the plain text of document images (the model's default OCR prompt, or the embedded engine's lines)",
      )
      .argument('<inputs...>', 'image files, folders of images, http(s) URLs, or - for stdin')
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
      new Option('--format <format>', 'json (one document; an array for several) or jsonl').choices([
        'json',
        'jsonl',
      ]),
    )
    .option(
      '-o, --out <file|dir/>',
      'write results to this file, or one JSON file per document into this folder',
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

  const context = await createContext(io, flags)
  const template = flags.template ? context.registry.getTemplate(flags.template) : undefined
  const inputs = await collectInputs(inputArguments, io.cwd)
  if (inputs.length === 0) throw new UsageError(`No images found in ${inputArguments.join(', ')}.`)
  log(io, describeEngine(context, flags, io.env))

  const format = flags.format ?? (inputs.length === 1 ? 'json' : 'jsonl')
  const writer =
    mode === 'ocr' && !flags.format && !flags.out
      ? undefined
      : await openResultWriter({
          stdout: io.stdout,
          out: flags.out,
          cwd: io.cwd,
          format,
          count: inputs.length,
        })
  const limit = pLimit(flags.stream ? 1 : flags.concurrency)
  let failed = 0
  let done = 0
  try {
    await Promise.all(
      inputs.map((input) =>
        limit(async () => {
          const result = await extractOne(io, context, input, template, modelOptions, flags)
          done++
          if (result.error) failed++
          if (inputs.length > 1) log(io, `[${done}/${inputs.length}] ${result.source} ${summarize(result)}`)
          else if (result.error) log(io, `error: ${result.error.message}`)
          if (writer) await writer.write(result)
          else writeText(io, result, inputs.length > 1)
        }),
      ),
    )
  } finally {
    await writer?.close()
    await context.registry.close()
  }
  if (inputs.length > 1 && failed > 0)
    log(io, `${failed} of ${inputs.length} documents failed; each has its record with "error".`)
  return failed > 0 ? 1 : 0
}

async function extractOne(
  io: Io,
  context: CliContext,
  input: Input,
  template: Template | undefined,
  options: ModelOptions,
  flags: ExtractFlags,
): Promise<ExtractResult> {
  const engine = await context.engine()
  const image =
    input.kind === 'stdin' ? await readStdin(io.stdin) : input.kind === 'url' ? input.url : input.path
  const stream = extractStream({
    input: image,
    source: input.source,
    engine,
    ...(template ? { template } : {}),
    ...(flags.prompt ? { prompt: flags.prompt } : {}),
    options,
    stream: flags.stream ?? false,
  })
  if (flags.stream) {
    for await (const part of stream) {
      if (part.type === 'text-delta') io.stderr.write(part.textDelta)
    }
    io.stderr.write('\n')
  }
  return stream.result
}

function writeText(io: Io, result: ExtractResult, withHeader: boolean): void {
  if (withHeader) io.stdout.write(`==> ${result.source} <==\n`)
  if (!result.error) io.stdout.write(`${result.text}\n`)
}

function summarize(result: ExtractResult): string {
  if (result.error) return `failed: ${result.error.message}`
  const seconds = (result.timing.total_ms / 1000).toFixed(1)
  if (result.template === undefined) return `ok (${seconds}s)`
  return `${result.valid ? 'valid' : `${result.issues.length} issue(s)`} (${seconds}s)`
}
