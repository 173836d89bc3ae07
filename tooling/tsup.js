// @ts-check
import { defineConfig } from 'tsup'

/**
 * The one build preset every published package uses: ESM for Node 20, with type declarations.
 * @param {import('tsup').Options} [overrides] what a package needs beyond the preset (extra entries, a banner).
 */
export function definePackageBuild(overrides = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    ...overrides,
  })
}
