import { definePackageBuild } from '@tiqu/tooling/tsup'

export default definePackageBuild({ entry: ['src/index.ts', 'src/bin.ts'] })
