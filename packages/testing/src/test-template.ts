import { resolve } from 'node:path'
import type { Engine, Template } from '@tiqu/core'
import { checkExampleImages, checkExampleValues } from './internal/check-examples.js'
import { checkInvalidData, describeCatcher } from './internal/check-invalid-data.js'
import { checkPrompt } from './internal/check-prompt.js'
import { checkIdentity, checkRegistration } from './internal/check-registration.js'
import { checkSchemaFields } from './internal/check-schema-fields.js'
import { loadLocalEngine } from './internal/load-local-engine.js'
import { vitest } from './internal/load-vitest.js'
import { describeReading, readExamplesLocally } from './internal/read-examples-locally.js'

/** Data a template must reject, and where. */
export interface InvalidData {
  /** Shown in the test's name, e.g. 'train number with five digits'. */
  name: string
  /** A whole result object (start from a valid example's `expected` and break one value). */
  data: { [field: string]: unknown }
  /** JSON pointer where an `error` issue must be, e.g. `/train_number`; `''` for the whole object. */
  path: string
  /**
   * Which check must catch it: the JSON Schema, or the template's `validate`. Set it to prove that
   * `validate` does the work rather than a schema that happens to refuse the value too.
   * @default undefined (either may)
   */
  by?: 'schema' | 'validate'
}

/** Options of {@link testTemplate}. */
export interface TestTemplateOptions {
  /** The template package's root folder, where `examples[].image` paths resolve. @default process.cwd() */
  root?: string
  /** Data the template must reject: each must produce an `error` issue at `path` (JSON pointer). @default [] */
  invalid?: InvalidData[]
  /**
   * With the embedded engine (real ONNX, @tiqu/engine-local, loaded lazily), the share of fixture
   * values its local rules must read exactly (each value of a list on its own); 0 skips the reading.
   * Only fields that have a local rule count: a field without one is left to the `qwen` engine (the
   * report names such fields).
   * @default 0.9
   */
  localFieldAccuracy?: number
  /** How many `examples` the template must ship. @default 5 */
  minExamples?: number
  /**
   * The engine that reads the fixtures for `localFieldAccuracy`; it is not closed afterwards.
   * @default createLocalEngine() from @tiqu/engine-local, created for the check and closed after it
   */
  engine?: Engine
  /** Time allowed to read all fixtures with the engine, in milliseconds. @default 600_000 */
  localTimeoutMs?: number
}

/**
 * Registers the conformance suite every tiqu template runs, as vitest `describe`/`it` blocks: call it
 * at the top level of the template's test file. Each check is its own test, and a failing one says
 * what to change. The suite needs no fonts and no network; it reads the fixtures with the embedded
 * engine when `@tiqu/engine-local` is installed and the template has `local` rules.
 *
 * @example
 * ```ts
 * import { fileURLToPath } from 'node:url'
 * import { testTemplate } from '@tiqu/testing'
 * import template from './index.js'
 *
 * testTemplate(template, { root: fileURLToPath(new URL('..', import.meta.url)) })
 * ```
 */
export function testTemplate(template: Template, options: TestTemplateOptions = {}): void {
  if (!vitest) {
    throw new Error(
      'testTemplate registers vitest tests: call it at the top level of a test file that vitest runs (e.g. src/index.test.ts).',
    )
  }
  const { describe, it } = vitest
  const root = resolve(options.root ?? process.cwd())
  const minExamples = options.minExamples ?? 5
  const threshold = options.localFieldAccuracy ?? 0.9
  const id = typeof template?.id === 'string' ? template.id : String(template?.id)

  describe(`template '${id}' conformance (@tiqu/testing)`, () => {
    it('is accepted by the registry: its schema compiles and its local rules are valid', () => {
      fail(checkRegistration(template, root))
    })

    it("has a kebab-case id and its package.json's version", () => {
      fail(checkIdentity(template, root))
    })

    it('names every schema field in snake_case and describes it', () => {
      fail(checkSchemaFields(template.schema ?? {}))
    })

    const promptCheck = template?.parseAnswer
      ? 'has a prompt (its answer is read by parseAnswer, not by keys)'
      : 'names every top-level schema field in its prompt'
    it(promptCheck, () => {
      fail(checkPrompt(template))
    })

    it(`ships at least ${minExamples} examples, each image present under the package root`, () => {
      fail(checkExampleImages(template, root, minExamples))
    })

    it("accepts every example's expected values (schema and validate give no error)", () => {
      fail(checkExampleValues(template))
    })

    for (const entry of options.invalid ?? []) {
      const by = entry.by === undefined ? '' : ` by ${entry.by === 'schema' ? 'the schema' : 'validate'}`
      it(`rejects ${entry.name}: an error at ${entry.path || "'' (the whole object)"}${by}`, async (context) => {
        const verdict = checkInvalidData(template, entry.data, entry.path)
        const catcher = describeCatcher(verdict)
        if (catcher) await context.annotate(`caught by ${catcher}`)
        const found = verdict.issues.map(
          (issue) => `${issue.severity} at ${issue.path || "''"}: ${issue.message}`,
        )
        if (!catcher) {
          fail([
            `'${entry.name}' was not rejected at ${entry.path || "''"}: neither the schema nor validate gave an error there.`,
            found.length > 0
              ? `Issues found instead:\n  ${found.join('\n  ')}`
              : 'No issues were found at all.',
            'Make the schema or `validate` return { path, severity: "error" } for it, or correct the entry\'s `path`.',
          ])
        }
        if (entry.by === 'validate' && !verdict.validate) {
          fail([
            `'${entry.name}' is caught by the schema, but \`validate\` gives no error at ${entry.path}; add the check to validate, or drop \`by: 'validate'\`.`,
          ])
        }
        if (entry.by === 'schema' && !verdict.schema) {
          fail([
            `'${entry.name}' is caught by validate, but the schema gives no error at ${entry.path}; tighten the schema, or drop \`by: 'schema'\`.`,
          ])
        }
      })
    }

    if (template?.local !== undefined && threshold > 0) {
      it(
        `reads at least ${Math.round(threshold * 100)}% of the fixtures' fields with the embedded engine's local rules`,
        async (context) => {
          if ((template.examples ?? []).length === 0) fail(['There are no examples to read.'])
          const engine = options.engine ?? (await loadLocalEngine())
          if (!engine) {
            context.skip(
              '@tiqu/engine-local is not installed, so the local rules were not tried on the fixtures. ' +
                'Add it as a dev dependency (`pnpm add -D @tiqu/engine-local`), or pass localFieldAccuracy: 0.',
            )
            return
          }
          try {
            const reading = await readExamplesLocally(template, root, engine)
            const unruled =
              reading.unruled.length > 0
                ? `; no local rule, so not compared: ${reading.unruled.join(', ')}`
                : ''
            await context.annotate(`read ${reading.correct} of ${reading.total} values exactly${unruled}`)
            if (reading.total === 0 || reading.correct / reading.total < threshold) {
              fail([describeReading(reading, threshold)])
            }
          } finally {
            if (options.engine === undefined) await engine.close?.()
          }
        },
        options.localTimeoutMs ?? 600_000,
      )
    }
  })
}

/** Fails the running test with the problems, one a line; does nothing when there are none. */
function fail(problems: string[]): void {
  if (problems.length === 0) return
  throw new Error(problems.join('\n'))
}
