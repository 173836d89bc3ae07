import { definePackageTests } from './vitest.js'

export default definePackageTests('tooling', { test: { include: ['test/**/*.test.js'] } })
