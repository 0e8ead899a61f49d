/** The one place that derives a rule's documentation link from its id. */
export const DOCS_BASE_URL = 'https://github.com/behorighet/behorighet/blob/main/docs/rules/';

/** Documentation URL of a rule doc file name (`BRA018-….md`, `schema.md`). */
export function docsUrlOf(docFile: string): string {
  return DOCS_BASE_URL + docFile;
}
