import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type PriceTable, parsePriceTable, TiquError } from '@tiqu/core'
import { UsageError } from './usage-error.js'

/** Reads `--prices <file.json>`: a price table over the built-in list prices, checked before any request. */
export async function readPrices(file: string, cwd: string): Promise<PriceTable> {
  let text: string
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read the price table '${file}': ${(error as Error).message}.`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`The price table '${file}' is not JSON: ${(error as Error).message}.`)
  }
  try {
    return parsePriceTable(value, file)
  } catch (error) {
    if (TiquError.isInstance(error)) throw new UsageError(error.message)
    throw error
  }
}
