// @ts-check
import { defineProject } from 'vitest/config'

/**
 * The vitest project every package uses; the root config runs one project per package.
 * @param {string} name the project's name, shown beside each test.
 * @param {import('vitest/config').UserProjectConfigExport extends infer T ? any : never} [overrides]
 */
export function definePackageTests(name, overrides = {}) {
  return defineProject({
    ...overrides,
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      ...(overrides.test ?? {}),
    },
  })
}
