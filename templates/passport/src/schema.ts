import type { JsonSchema } from '@tiqu/core'

/** What the template extracts from a passport's data page. Every value is a string as printed, or null. */
export interface Passport {
  surname: string | null
  given_names: string | null
  nationality: string | null
  date_of_birth: string | null
  sex: string | null
  passport_number: string | null
  date_of_expiry: string | null
  issuing_country: string | null
  mrz_line_1: string | null
  mrz_line_2: string | null
}

const printed = (description: string) => ({ type: ['string', 'null'], description })

const properties: { [field in keyof Passport]: JsonSchema } = {
  surname: printed("Holder's surname as printed in the visual zone (Surname / Nom), e.g. 'ERIKSSON'."),
  given_names: printed(
    "Holder's given names as printed in the visual zone (Given names / Prénoms), separated by spaces, e.g. 'ANNA MARIA'.",
  ),
  nationality: printed(
    "Holder's nationality as the ICAO 9303 code of the MRZ (line 2, positions 11–13) without fillers, e.g. 'GBR', 'UTO', 'D' for Germany.",
  ),
  date_of_birth: printed(
    "Date of birth as printed in the visual zone ('DD MMM YYYY', English month abbreviation) with the spaces left out, e.g. '12AUG1974'.",
  ),
  sex: printed("Sex: 'M', 'F', or 'X' for unspecified (the MRZ's '<')."),
  passport_number: printed("Passport number as printed (Passport No.), e.g. 'L898902C3'."),
  date_of_expiry: printed(
    "Date of expiry as printed in the visual zone with the spaces left out, e.g. '15APR2034'.",
  ),
  issuing_country: printed(
    "Issuing State as the ICAO 9303 code printed beside the type (Code) and in MRZ line 1, without fillers, e.g. 'UTO'.",
  ),
  mrz_line_1: printed(
    "First line of the machine-readable zone: 44 characters of A–Z, 0–9 and '<', no spaces, e.g. 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<'.",
  ),
  mrz_line_2: printed(
    "Second line of the machine-readable zone: 44 characters of A–Z, 0–9 and '<', no spaces, e.g. 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'.",
  ),
}

/** JSON Schema (draft 2020-12) of {@link Passport}: all ten fields required (null when absent), nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Passport data page',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema
