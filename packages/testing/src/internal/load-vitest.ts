/**
 * vitest, when this process is a vitest run. Importing 'vitest' anywhere else throws, and
 * `renderDocument` must work in a plain Node script that renders fixtures; so the test API is
 * loaded only where vitest has set `VITEST` in the environment.
 */
export const vitest: typeof import('vitest') | undefined = process.env.VITEST
  ? await import('vitest')
  : undefined
