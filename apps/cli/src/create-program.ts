import { createRequire } from 'node:module'
import { Command } from 'commander'
import { createEvalCommand } from './commands/eval-command.js'
import { createExtractCommand } from './commands/extract-command.js'
import { createTemplateCommand } from './commands/template-command.js'
import { createTemplatesCommand } from './commands/templates-command.js'
import type { Io } from './internal/io.js'

const { version } = createRequire(import.meta.url)('../package.json') as { version: string }

/** The `tiqu` program: its commands write to the given streams and record their exit code in `outcome`. */
export function createProgram(io: Io, outcome: { exitCode: number }): Command {
  const program = new Command('tiqu')
    .description(
      'Turn document images into validated JSON with Qwen-OCR (DASHSCOPE_API_KEY) or the embedded offline engine.\n' +
        'Results go to stdout, progress and logs to stderr. Exit code 0: every document succeeded; 1: some failed; 2: usage error.',
    )
    .version(version, '-v, --version')
    // Each command's options belong to it alone: `templates show <id> --json` is show's flag.
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`tiqu: ${text.replace(/^error: /, 'error: ')}`),
    })
  const commands = [
    createExtractCommand(io, outcome, 'extract'),
    createExtractCommand(io, outcome, 'ocr'),
    createTemplatesCommand(io),
    createTemplateCommand(io),
    createEvalCommand(io, outcome),
  ]
  for (const command of commands) program.addCommand(command)
  applyOutputSettings(program, program)
  return program
}

// Subcommands are built apart from the program, so they take its output and exit settings here.
function applyOutputSettings(command: Command, program: Command): void {
  for (const subcommand of command.commands) {
    subcommand
      .exitOverride()
      .configureOutput(program.configureOutput())
      .showHelpAfterError('(run with --help for usage)')
    applyOutputSettings(subcommand, program)
  }
}
