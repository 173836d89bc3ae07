import { availableParallelism } from 'node:os'
import { InvalidOptionError } from '@tiqu/core'
import type { LocalEngineOptions } from '../local-engine-options.js'

/** {@link LocalEngineOptions} with every default filled in and every value checked. */
export interface ResolvedOptions {
  maxSideLength: number
  recognitionBatchSize: number
  intraOpNumThreads: number
  workers: number
  pixelThreshold: number
  boxThreshold: number
  unclipRatio: number
  minLineScore: number
  detectOrientation: boolean
  models: NonNullable<LocalEngineOptions['models']>
}

/** Fills in defaults and refuses values the pipeline cannot work with, naming the option. */
export function resolveOptions(options: LocalEngineOptions = {}): ResolvedOptions {
  const workers = options.workers ?? 1
  requireInteger('workers', workers, 1)
  const resolved: ResolvedOptions = {
    maxSideLength: options.maxSideLength ?? 960,
    recognitionBatchSize: options.recognitionBatchSize ?? 2,
    // Workers share the cores; more threads than cores make each run wait for a descheduled thread.
    intraOpNumThreads: options.intraOpNumThreads ?? Math.max(1, Math.floor(availableParallelism() / workers)),
    workers,
    pixelThreshold: options.pixelThreshold ?? 0.3,
    boxThreshold: options.boxThreshold ?? 0.6,
    unclipRatio: options.unclipRatio ?? 1.5,
    minLineScore: options.minLineScore ?? 0.5,
    detectOrientation: options.detectOrientation ?? true,
    models: { ...options.models },
  }
  requireInteger('maxSideLength', resolved.maxSideLength, 32)
  requireInteger('recognitionBatchSize', resolved.recognitionBatchSize, 1)
  requireInteger('intraOpNumThreads', resolved.intraOpNumThreads, 1)
  requireFraction('pixelThreshold', resolved.pixelThreshold)
  requireFraction('boxThreshold', resolved.boxThreshold)
  requireFraction('minLineScore', resolved.minLineScore)
  if (!(Number.isFinite(resolved.unclipRatio) && resolved.unclipRatio >= 0)) {
    throw new InvalidOptionError(
      `Option 'unclipRatio' must be a number of at least 0, got ${String(resolved.unclipRatio)}.`,
    )
  }
  return resolved
}

function requireInteger(name: string, value: number, minimum: number): void {
  if (!(Number.isInteger(value) && value >= minimum)) {
    throw new InvalidOptionError(
      `Option '${name}' of the local engine must be an integer of at least ${minimum}, got ${String(value)}.`,
    )
  }
}

function requireFraction(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
    throw new InvalidOptionError(
      `Option '${name}' of the local engine must be a number from 0 to 1, got ${String(value)}.`,
    )
  }
}
