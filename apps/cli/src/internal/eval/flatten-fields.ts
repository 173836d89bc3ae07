/** One leaf of an object: where it is, and its value. */
export interface FieldLeaf {
  /** Where, with item positions: `seat.car`, `items[1].name`. */
  path: string
  /** The field it counts for, item positions dropped: `seat.car`, `items[].name`. */
  field: string
  value: unknown
}

/**
 * The leaves of an extracted (or expected) object, in order: top-level scalars by name, nested objects
 * by dotted path, and array items by position, so that line items are compared item by item in order
 * (`items[0].name` with `items[0].name`) and scored together as `items[].name`. Empty arrays and
 * objects have no leaves; anything but an object at the top has none either.
 */
export function flattenFields(data: unknown): FieldLeaf[] {
  const leaves: FieldLeaf[] = []
  if (!isObject(data)) return leaves
  const visit = (value: unknown, path: string, field: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`, `${field}[]`)
      })
    } else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`, `${field}.${key}`)
    } else leaves.push({ path, field, value })
  }
  for (const [key, value] of Object.entries(data)) visit(value, key, key)
  return leaves
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
