/**
 * The non-standard, annotation-only keywords that the published schemas use (editor hints for VS Code's JSON service and
 * the Red Hat YAML language server, plus our own bilingual labels). Ajv runs in strict mode and must be told about them;
 * the engine (src/schema/index.ts) and the schema tests use this same list.
 */
export const SCHEMA_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'x-label-sv',
  'x-label-en',
  'x-title-en',
  'x-description-en',
] as const;

export type SchemaKeyword = (typeof SCHEMA_KEYWORDS)[number];
