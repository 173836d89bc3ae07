export { createLocalEngine } from './create-local-engine.js'
export type { LocalEngineOptions } from './local-engine-options.js'
export { fillFromRules } from './rules/fill-from-rules.js'
export { linesToText } from './text/lines-to-text.js'
