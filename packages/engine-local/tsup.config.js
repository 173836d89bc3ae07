import { definePackageBuild } from '@tiqu/tooling/tsup'

export default definePackageBuild({
  // The worker pool starts `dist/page-worker.js` by a path relative to the built module.
  entry: { index: 'src/index.ts', 'page-worker': 'src/internal/page-worker.ts' },
  dts: { entry: { index: 'src/index.ts' } },
})
