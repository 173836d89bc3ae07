import { describe, expect, it } from 'vitest'
import { describeTemplateName } from './describe-template-name.js'
import { fixtureLayout } from './fixture-layout.js'
import { scaffoldFiles } from './scaffold-files.js'

const names = describeTemplateName('waybill')
const values = { document_number: names.sampleNumber, issue_date: '2025-06-18', total_amount: 1284.5 }
const files = scaffoldFiles({
  names,
  packageName: '@acme/template-waybill',
  dependencies: {
    corePeer: '^0.1.0',
    core: '^0.1.0',
    engineLocal: '^0.1.0',
    testing: '^0.1.0',
    vitest: '^3.2.4',
  },
  values,
  layout: fixtureLayout(names.heading, values),
})

describe('scaffoldFiles', () => {
  it('declares the template in package.json, runnable without a build step', () => {
    const manifest = JSON.parse(files.get('package.json') ?? '')
    expect(manifest).toMatchObject({
      name: '@acme/template-waybill',
      type: 'module',
      tiqu: { template: './src/index.js' },
      files: ['src', 'fixtures'],
      peerDependencies: { '@tiqu/core': '^0.1.0' },
      devDependencies: { '@tiqu/testing': '^0.1.0', '@tiqu/engine-local': '^0.1.0', vitest: '^3.2.4' },
    })
    expect(manifest.keywords).toContain('tiqu-template')
    expect(files.get('src/index.js')).toContain("id: 'waybill'")
  })

  it('prints on the fixture exactly the values it expects', () => {
    const layout = JSON.parse(files.get('fixtures/waybill.layout.json') ?? '')
    const texts = layout.elements.map((element: { text?: string }) => element.text)
    expect(texts).toEqual(expect.arrayContaining(['WAYBILL', 'W-204518', '2025-06-18', '1,284.50']))
    expect(JSON.parse(files.get('fixtures/waybill.expected.json') ?? '')).toEqual(values)
  })

  it('documents every field in the README', () => {
    for (const field of Object.keys(values)) expect(files.get('README.md')).toContain(`\`${field}\``)
  })
})
