/** Editor-agnostic language features (no vscode): hover, completion, outline, code lens, id navigation. */
export { complete, yamlSnippet } from './completion';
export type { CompletionEntry, CompleteOptions } from './completion';
export { hover, ruleMarkdown, legalText } from './hover';
export type { HoverInfo, HoverOptions } from './hover';
export { documentSymbols } from './symbols';
export type { SymbolNode, SymbolKind } from './symbols';
export { codeLenses } from './lens';
export type { LensInfo } from './lens';
export { idAt, places, definitions, references, rename } from './navigation';
export type { NavDoc, Place } from './navigation';
export { occurrences, occurrenceAt, idIndex, referenceAt, definitionAt, TARGET_NAME } from './refs';
export type { Occurrence, Target, IdInfo } from './refs';
export { schemaAt, titleOf, descriptionOf, enumValuesOf } from './schema-nav';
