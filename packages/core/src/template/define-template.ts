import type { Template, TemplateDefinition } from './types.js'

/**
 * Declares a template: the default export of a template package.
 * Returns data; the registry checks it (schema compiles, contract version supported) when it is added.
 */
export function defineTemplate<TData = { [field: string]: unknown }>(
  definition: TemplateDefinition<TData>,
): Template<TData> {
  return { ...definition, specificationVersion: 'v1' }
}
