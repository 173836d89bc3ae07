/** What a new template is called, in the forms its files need. */
export interface TemplateNames {
  /** The template id, kebab-case: `purchase-order`. */
  id: string
  /** For listings: `Purchase order`. */
  title: string
  /** Printed at the top of the fixture: `PURCHASE ORDER`. */
  heading: string
  /** The sample's document number, prefixed with the name's initials: `PO-204518`. */
  sampleNumber: string
}

const kebabCase = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/** Whether a name can be a template id: lowercase words of letters and digits joined by '-'. */
export function isTemplateId(name: string): boolean {
  return kebabCase.test(name)
}

/** The forms of a kebab-case template id. */
export function describeTemplateName(id: string): TemplateNames {
  const words = id.split('-')
  const title = words.join(' ')
  const initials = words
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
    .slice(0, 3)
  return {
    id,
    title: title.charAt(0).toUpperCase() + title.slice(1),
    heading: title.toUpperCase(),
    sampleNumber: `${/^[A-Z]/.test(initials) ? initials : 'N'}-204518`,
  }
}
