import { definePackageTests } from '@tiqu/tooling/vitest'

export default definePackageTests('qwen-fake-server')
