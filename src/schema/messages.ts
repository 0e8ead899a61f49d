/** Our own Swedish and English messages for the ajv keywords the schemas use (ajv's English is not enough). */
import type { Bilingual } from '../model';

export interface KeywordText {
  sv: string;
  en: string;
}

/** Templates per ajv keyword; placeholders: {property} {allowed} {type} {limit} {pattern} {value} {key} {expected} {suggestion}. */
export const KEYWORD_MESSAGES: Record<string, KeywordText> = {
  required: { sv: 'Obligatoriska nyckeln "{property}" saknas{key}.', en: 'The required key "{property}" is missing{key}.' },
  additionalProperties: {
    sv: 'Okänd nyckel "{property}"{key}.{suggestion}',
    en: 'Unknown key "{property}"{key}.{suggestion}',
  },
  enum: { sv: 'Ogiltigt värde {value}{key}.{suggestion} Tillåtna värden: {allowed}.', en: 'Invalid value {value}{key}.{suggestion} Allowed values: {allowed}.' },
  const: { sv: 'Värdet{key} ska vara {allowed}.', en: 'The value{key} must be {allowed}.' },
  type: { sv: 'Fel typ{key}: ska vara {type}, inte {actual}.', en: 'Wrong type{key}: expected {type}, not {actual}.' },
  pattern: { sv: 'Värdet {value}{key} har fel format ({expected}).{suggestion}', en: 'The value {value}{key} has the wrong format ({expected}).{suggestion}' },
  minimum: { sv: 'Värdet {value}{key} får inte vara mindre än {limit}.', en: 'The value {value}{key} must not be less than {limit}.' },
  maximum: { sv: 'Värdet {value}{key} får inte vara större än {limit}.', en: 'The value {value}{key} must not be greater than {limit}.' },
  exclusiveMinimum: { sv: 'Värdet {value}{key} ska vara större än {limit}.', en: 'The value {value}{key} must be greater than {limit}.' },
  minItems: { sv: 'Listan{key} ska ha minst {limit} element.', en: 'The list{key} must have at least {limit} items.' },
  maxItems: { sv: 'Listan{key} får ha högst {limit} element.', en: 'The list{key} must have at most {limit} items.' },
  uniqueItems: { sv: 'Listan{key} innehåller samma värde flera gånger.', en: 'The list{key} contains the same value more than once.' },
  minLength: { sv: 'Texten{key} får inte vara tom.', en: 'The text{key} must not be empty.' },
  maxLength: { sv: 'Texten{key} är för lång (högst {limit} tecken).', en: 'The text{key} is too long (at most {limit} characters).' },
  anyOf: { sv: 'Värdet{key} har fel form: ska vara {expected}.', en: 'The value{key} has the wrong form: expected {expected}.' },
  oneOf: { sv: 'Värdet{key} har fel form: ska vara {expected}.', en: 'The value{key} has the wrong form: expected {expected}.' },
  invalidDate: { sv: 'Ogiltigt datum {value}{key}: den dagen finns inte i kalendern (ÅÅÅÅ-MM-DD).', en: 'Invalid date {value}{key}: there is no such day in the calendar (YYYY-MM-DD).' },
  format: { sv: 'Värdet {value}{key} har fel format ({expected}).', en: 'The value {value}{key} has the wrong format ({expected}).' },
  fallback: { sv: 'Värdet{key} stämmer inte med schemat ({keyword}).', en: 'The value{key} does not match the schema ({keyword}).' },
};

export const TYPE_NAMES: Record<string, Bilingual> = {
  string: { sv: 'text', en: 'text' },
  integer: { sv: 'heltal', en: 'integer' },
  number: { sv: 'tal', en: 'number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  object: { sv: 'en mappning (nyckel: värde)', en: 'a mapping (key: value)' },
  array: { sv: 'en lista', en: 'a list' },
  null: { sv: 'tomt värde', en: 'empty value' },
};

/**
 * The schemas' date pattern: YYYY-MM-DD that is a day of the (proleptic Gregorian) calendar, leap years included,
 * so that 2026-02-30 and 2026-13-45 fail in every JSON Schema validator, not only ours. Year 0000 is a valid year
 * (ISO 8601, RFC 3339), as it is for --as-of.
 */
export const DATE_PATTERN = '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

/** Human descriptions of the patterns the schemas use. */
export const PATTERN_NAMES: Record<string, Bilingual> = {
  [DATE_PATTERN]: { sv: 'datum ÅÅÅÅ-MM-DD', en: 'date YYYY-MM-DD' },
  '^[A-Za-z0-9_.-]+$': { sv: 'id: bokstäver a–z, siffror, _ . -', en: 'id: letters a–z, digits, _ . -' },
  '^[a-z][a-z0-9_]*$': { sv: 'kod: små bokstäver a–z, siffror och _', en: 'code: lower-case letters a–z, digits and _' },
  "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$": { sv: 'ISO 8601-varaktighet, t.ex. P4M', en: 'ISO 8601 duration, e.g. P4M' },
};
