import { describe, expect, it } from 'vitest'
import { workspacePatterns } from './find-workspace.js'

describe('workspacePatterns', () => {
  it('reads the packages list of a pnpm-workspace.yaml, quoted or bare, with comments', () => {
    const manifest = [
      'packages:',
      '  - tooling',
      "  - 'packages/*'",
      '  - "templates/**" # every template',
      "  - '!**/test/**'",
      '',
      'ignoredBuiltDependencies:',
      '  - esbuild',
    ].join('\n')
    expect(workspacePatterns(manifest)).toEqual(['tooling', 'packages/*', 'templates/**', '!**/test/**'])
  })
})
