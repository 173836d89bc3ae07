import { definePackageTests } from '@tiqu/tooling/vitest'

export default definePackageTests('key-values')
