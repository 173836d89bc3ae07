/** A text element of the fixture's page: the format of `renderDocument` in @tiqu/testing. */
export interface FixtureText {
  kind: 'text'
  text: string
  /** Left edge, in pixels. */
  x: number
  /** Top of the text, in pixels. */
  y: number
  /** Font size in pixels. */
  size: number
  weight?: 'normal' | 'bold'
  color?: string
}

/** A rule or box of the fixture's page. */
export type FixtureShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; stroke?: string; lineWidth?: number }
  | { kind: 'line'; from: [number, number]; to: [number, number]; color?: string; width?: number }

/** The page drawn for a new template's fixture, in the layout format of `renderDocument` (@tiqu/testing). */
export interface FixtureLayout {
  width: number
  height: number
  background: string
  elements: Array<FixtureText | FixtureShape>
}

/** The values printed on the fixture, which a perfect reading yields. */
export interface FixtureValues {
  document_number: string
  issue_date: string
  total_amount: number
}

/**
 * The sample page of a new template: its name as a heading, then one labelled value a row (Number,
 * Date, Total), in Latin letters and digits that the embedded engine reads without CJK fonts.
 * `headingSize` lets the caller shrink a long heading to fit the page.
 */
export function fixtureLayout(heading: string, values: FixtureValues, headingSize = 64): FixtureLayout {
  const ink = '#1d2a38'
  const label = '#4a5a6a'
  const rows: Array<[string, string]> = [
    ['Number:', values.document_number],
    ['Date:', values.issue_date],
    ['Total:', formatAmount(values.total_amount)],
  ]
  return {
    width: 1000,
    height: 620,
    background: '#fbfaf6',
    elements: [
      { kind: 'rect', x: 30, y: 30, width: 940, height: 560, stroke: '#3a4a5a', lineWidth: 3 },
      { kind: 'text', text: heading, x: 80, y: 80, size: headingSize, weight: 'bold', color: ink },
      { kind: 'line', from: [80, 171], to: [920, 171], color: ink, width: 3 },
      ...rows.flatMap(([name, value], index): FixtureText[] => [
        { kind: 'text', text: name, x: 80, y: 222 + index * 100, size: 40, color: label },
        {
          kind: 'text',
          text: value,
          x: 330,
          y: 222 + index * 100,
          size: 40,
          weight: 'bold',
          color: '#111111',
        },
      ]),
      {
        kind: 'text',
        text: 'Rendered by tiqu template init: a sample with known values.',
        x: 80,
        y: 522,
        size: 24,
        color: '#6a7a8a',
      },
    ],
  }
}

/** An amount as a document prints it: thousands separated, two decimals (1284.5 → 1,284.50). */
export function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}
