import type { TemplateNames } from './describe-template-name.js'
import { type FixtureLayout, type FixtureValues, formatAmount } from './fixture-layout.js'

/** What the new package depends on, as version specifiers. */
export interface ScaffoldDependencies {
  /** The peer range of @tiqu/core, e.g. `^0.1.0`, or `workspace:^` inside the tiqu workspace. */
  corePeer: string
  core: string
  engineLocal: string
  testing: string
  vitest: string
}

/** What a new template package is made of. */
export interface ScaffoldOptions {
  names: TemplateNames
  /** npm package name. */
  packageName: string
  dependencies: ScaffoldDependencies
  values: FixtureValues
  layout: FixtureLayout
}

/**
 * The text files of a new template package, by path: package.json with the `tiqu` field, the template
 * (plain ESM JavaScript with JSDoc types, so that it is found and loaded with no build step), its test
 * running the @tiqu/testing conformance suite, the fixture's expected values and layout, and a README.
 * The fixture image itself is rendered apart ({@link renderFixture}).
 */
export function scaffoldFiles(options: ScaffoldOptions): Map<string, string> {
  const { names, packageName, dependencies, values, layout } = options
  const fixture = `fixtures/${names.id}`
  const files = new Map<string, string>()
  files.set(
    'package.json',
    json({
      name: packageName,
      version: '0.1.0',
      description: `tiqu template for ${names.title.toLowerCase()} documents: document number, issue date, total amount.`,
      keywords: ['tiqu-template', 'ocr', 'qwen-ocr', names.id],
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=20.19' },
      exports: { '.': './src/index.js', './package.json': './package.json' },
      files: ['src', 'fixtures'],
      tiqu: { template: './src/index.js' },
      scripts: { test: 'vitest run' },
      peerDependencies: { '@tiqu/core': dependencies.corePeer },
      devDependencies: {
        '@tiqu/core': dependencies.core,
        '@tiqu/engine-local': dependencies.engineLocal,
        '@tiqu/testing': dependencies.testing,
        vitest: dependencies.vitest,
      },
    }),
  )
  files.set('src/index.js', templateSource(names))
  files.set('test/template.test.js', testSource())
  files.set('vitest.config.js', vitestConfigSource())
  files.set(`${fixture}.expected.json`, json(values))
  // Points as [x, y] on one line, as formatters print short arrays.
  files.set(`${fixture}.layout.json`, json(layout).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]'))
  files.set('README.md', readme(names, packageName, values))
  files.set('.gitignore', 'node_modules/\n')
  return files
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

function templateSource(names: TemplateNames): string {
  return `// @ts-check
import { createRequire } from 'node:module'
import { defineTemplate } from '@tiqu/core'

// Read with require, not an import attribute: Node 20 warns that JSON modules are experimental.
const require = createRequire(import.meta.url)
/** @type {{ version: string }} */
const packageJson = require('../package.json')
/** @type {{ document_number: string, issue_date: string, total_amount: number }} */
const sample = require('../fixtures/${names.id}.expected.json')

/** @type {import('@tiqu/core').JsonSchema} */
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    document_number: {
      type: ['string', 'null'],
      description: "The document's number as printed after 'Number', e.g. ${names.sampleNumber}.",
    },
    issue_date: {
      type: ['string', 'null'],
      pattern: '^\\\\d{4}-\\\\d{2}-\\\\d{2}$',
      description: 'The date the document was issued, as YYYY-MM-DD, e.g. 2025-06-18.',
    },
    total_amount: {
      type: ['number', 'null'],
      minimum: 0,
      description: 'The total amount, a number without currency sign or thousands separators, e.g. 1284.5.',
    },
  },
  required: ['document_number', 'issue_date', 'total_amount'],
  additionalProperties: false,
}

const prompt = \`Read this ${names.title.toLowerCase()} and answer with JSON only, with exactly these keys:
{'document_number': 'xxx', 'issue_date': 'YYYY-MM-DD', 'total_amount': 0.00}
document_number: the number printed after "Number". issue_date: the date, written as YYYY-MM-DD.
total_amount: the total as a number, without currency sign or thousands separators.
Use null for a value that is not on the document, and write ? for a character you cannot read.\`

/**
 * Checks beyond the schema: the issue date must be a day of the calendar (the schema's pattern lets
 * 2025-02-30 through).
 * @param {{ issue_date?: string | null }} data
 * @returns {import('@tiqu/core').Issue[]}
 */
function validate(data) {
  const date = data.issue_date
  if (typeof date !== 'string' || !/^\\d{4}-\\d{2}-\\d{2}$/.test(date)) return []
  const [year, month, day] = date.split('-').map(Number)
  const parsed = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1))
  const real =
    parsed.getUTCFullYear() === year && parsed.getUTCMonth() + 1 === month && parsed.getUTCDate() === day
  return real
    ? []
    : [{ path: '/issue_date', message: \`\${date} is not a day of the calendar.\`, severity: 'error' }]
}

/**
 * How the embedded engine fills the fields from the lines it reads: each value follows its label
 * on the same line, or lies to its right on the same row. Data only, interpreted by @tiqu/engine-local.
 * @type {import('@tiqu/core').LocalRules}
 */
const local = {
  fields: {
    document_number: {
      label: '^\\\\s*(?:Number|No\\\\.?)\\\\s*[:：]?',
      pattern: '^\\\\s*([A-Z0-9]{1,4}\\\\s*-\\\\s*\\\\d{4,8})\\\\s*$',
      transforms: ['halfwidth', 'remove-spaces'],
    },
    issue_date: {
      label: '^\\\\s*Date\\\\s*[:：]?',
      pattern: '(\\\\d{4}\\\\s*-\\\\s*\\\\d{2}\\\\s*-\\\\s*\\\\d{2})',
      transforms: ['halfwidth', 'remove-spaces'],
    },
    total_amount: {
      label: '^\\\\s*Total\\\\s*[:：]?',
      pattern: '(\\\\d{1,3}(?:,\\\\d{3})*\\\\.\\\\d{2}|\\\\d+\\\\.\\\\d{2})',
      transforms: ['halfwidth', 'remove-spaces'],
    },
  },
}

/** ${names.title}: document number, issue date and total amount. */
export default defineTemplate({
  id: '${names.id}',
  version: packageJson.version,
  title: '${names.title}',
  description: 'Reads a ${names.title.toLowerCase()}: its document number, issue date and total amount.',
  prompt,
  schema,
  validate,
  local,
  examples: [{ image: 'fixtures/${names.id}.jpg', expected: { ...sample } }],
})
`
}

function testSource(): string {
  return `import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const sample = template.examples?.[0]?.expected ?? {}

// The conformance suite every tiqu template runs: registry checks, schema, prompt, examples, the
// invalid data below, and a reading of the fixture with the embedded engine.
testTemplate(template, {
  root,
  // One fixture for now; add more as you render them (see the README).
  minExamples: 1,
  // The fixture is rendered with exact values, so the local rules must read every field of it.
  localFieldAccuracy: 1,
  invalid: [
    {
      name: 'a date that is not in the calendar',
      data: { ...sample, issue_date: '2025-02-30' },
      path: '/issue_date',
      by: 'validate',
    },
  ],
})
`
}

function vitestConfigSource(): string {
  return `import { defineConfig } from 'vitest/config'

// The embedded engine loads its ONNX models for the fixture test: allow it more than vitest's 5 s.
export default defineConfig({ test: { testTimeout: 120_000 } })
`
}

function readme(names: TemplateNames, packageName: string, values: FixtureValues): string {
  return `# ${packageName}

A [tiqu](https://www.npmjs.com/package/@tiqu/cli) template: **${names.title}** (\`${names.id}\`).
It turns an image of a ${names.title.toLowerCase()} into validated JSON, with Qwen-OCR or tiqu's embedded offline engine.

## Fields

| field | type | description |
|---|---|---|
| \`document_number\` | string | the number printed after "Number", e.g. \`${values.document_number}\` |
| \`issue_date\` | string | the issue date as YYYY-MM-DD; \`validate\` checks it is a real day |
| \`total_amount\` | number | the total, without currency sign or thousands separators, e.g. \`${values.total_amount}\` |

Change them in \`src/index.js\`: the \`schema\`, the \`prompt\` (it must name every field), \`validate\`,
and the \`local\` rules the embedded engine fills the fields with (patterns and labels, see
\`LocalFieldRule\` in @tiqu/core).

## Use

\`package.json\` declares the template in its \`tiqu\` field, so installing the package is all it takes:

\`\`\`sh
npm install ${packageName}
tiqu templates                                   # lists ${names.id}
tiqu extract scan.jpg -t ${names.id}
\`\`\`

Or list this folder in a \`tiqu.config.json\` beside where you run tiqu:
\`{ "templates": ["./${names.id}"] }\` (\`tiqu template init\` adds it for you).

## Test

\`\`\`sh
npm install
npm test
\`\`\`

\`test/template.test.js\` runs the conformance suite of \`@tiqu/testing\`: the registry accepts the
template, every field is snake_case and described and named in the prompt, the fixture's expected values
pass the schema and \`validate\`, a date that is not in the calendar is rejected, and the embedded engine
reads every field of \`fixtures/${names.id}.jpg\` (\`localFieldAccuracy: 1\`).

## Fixtures

\`fixtures/${names.id}.jpg\` was rendered by \`tiqu template init\` with exactly the values of
\`fixtures/${names.id}.expected.json\`. Its page is \`fixtures/${names.id}.layout.json\`, in the layout format of
\`renderDocument\` from @tiqu/testing. To render more (other values, a slant, blur, a photo), change the
layout's text and render it:

\`\`\`js
import { readFileSync, writeFileSync } from 'node:fs'
import { renderDocument } from '@tiqu/testing'

const layout = JSON.parse(readFileSync('fixtures/${names.id}.layout.json', 'utf8'))
const number = layout.elements.find((element) => element.text === '${values.document_number}')
number.text = '${values.document_number.replace(/\d$/, '9')}'
writeFileSync('fixtures/${names.id}-2.jpg', await renderDocument(layout, { rotation: 2, seed: 2 }))
writeFileSync('fixtures/${names.id}-2.expected.json', JSON.stringify({ ...JSON.parse(readFileSync('fixtures/${names.id}.expected.json', 'utf8')), document_number: number.text }, null, 2))
\`\`\`

(\`renderDocument\` draws with the Noto CJK fonts: \`apt-get install fonts-noto-cjk\` on Debian.) Then add
each to \`examples\` in \`src/index.js\`, and raise \`minExamples\` in the test.

## Measure

\`tiqu eval\` scores the template on labelled documents (each \`name.jpg\` with \`name.expected.json\` beside
it), field by field, with either engine:

\`\`\`sh
tiqu eval . fixtures --engine local
\`\`\`

The fixture prints the total as \`${formatAmount(values.total_amount)}\`; the template gives the number \`${values.total_amount}\`.
`
}
