/** The README rule index, generated from the registry (scripts/rule-index.js writes it; a meta-test compares). */
import { RULES } from './index';

export function ruleIndexMarkdown(): string {
  const rows = RULES.map((r) => `| [${r.id}](docs/rules/${r.meta.doc}) | ${r.severity} | ${r.title.sv} / ${r.title.en} | ${r.legal.map((l) => `${l.ref} ${l.act}`).join('; ')} | ${r.fixable ? 'ja/yes' : '–'} |`);
  return ['| id | severity | titel / title | rättsliga källor / legal sources | quick-fix |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}
