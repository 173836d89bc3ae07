import type { Issue } from '@tiqu/core'

/** Only a warning is possible: any text is valid, but none at all usually means a blank or wrong image. */
export function validate(data: { [field: string]: unknown }): Issue[] {
  if (typeof data.text !== 'string' || data.text.trim() !== '') return []
  return [
    {
      path: '/text',
      message:
        'No text was read. Check that the image shows a document and is in focus; a page turned on its side is turned back automatically.',
      severity: 'warning',
    },
  ]
}
