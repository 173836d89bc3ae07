import { definePackageBuild } from '@tiqu/tooling/tsup'

export default definePackageBuild()
