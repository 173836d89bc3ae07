export { createLocalEngine } from './create-local-engine.js'
export type { LocalEngineOptions } from './local-engine-options.js'
export { fillFromRules, type RuleEvidence, readFields } from './rules/fill-from-rules.js'
export { linesToText } from './text/lines-to-text.js'
