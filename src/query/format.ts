/** The answer of src/query as text (CLI), JSON (`--format json`) and Markdown (the extension's read-only document). */
import type { Bilingual, Lang } from '../model';
import { bi } from '../i18n';
import type { Answer } from './index';

export const KIND: Record<string, Bilingual> = {
  role: bi('roll', 'role'),
  need: bi('behov', 'need'),
  risk: bi('risk', 'risk'),
  entry: bi('behörighet', 'entry'),
};

/** The answer as text: the question, the verdict, the reasons and the chain (one line per link). */
export function formatText(a: Answer, lang: Lang): string {
  const lines = [a.asked[lang], a.verdict[lang], ...a.reasons.map((r) => `  ${r[lang]}`)];
  if (a.chain.length) {
    lines.push('', lang === 'sv' ? 'Kedja (behov → risk → behörighet):' : 'Chain (need → risk → access entry):');
    const kw = Math.max(...a.chain.map((l) => KIND[l.kind][lang].length));
    const iw = Math.max(...a.chain.map((l) => l.id.length));
    for (const l of a.chain) lines.push(`  ${KIND[l.kind][lang].padEnd(kw)}  ${l.id.padEnd(iw)}  ${l.path}:${l.line}  ${l.text[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatJson(a: Answer, lang: Lang, asOf: string): string {
  return `${JSON.stringify({
    asOf,
    question: a.question,
    answer: a.allowed ? 'allow' : 'deny',
    allowedBy: a.allowedBy,
    conditions: a.conditions,
    message: `${a.asked[lang]} ${a.verdict[lang]}`,
    reasons: a.reasons.map((r) => r[lang]),
    chain: a.chain.map((l) => ({ kind: l.kind, id: l.id, path: l.path, line: l.line, column: l.column, text: l.text[lang], ...(l.covers === undefined ? {} : { covers: l.covers }) })),
  }, null, 2)}\n`;
}

/** The answer as Markdown: question, verdict, reasons and the chain as a table. */
export function formatMarkdown(a: Answer, lang: Lang): string {
  const sv = lang === 'sv';
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [
    `# ${sv ? 'Vem får se vad?' : 'Who can see what?'}`,
    '',
    `**${sv ? 'Fråga' : 'Question'}:** ${a.asked[lang]}`,
    '',
    `**${sv ? 'Svar' : 'Answer'}:** ${a.allowed ? '✅' : '⛔'} ${a.verdict[lang]}`,
    '',
    ...a.reasons.map((r) => `- ${r[lang]}`),
  ];
  if (a.chain.length) {
    lines.push('', `## ${sv ? 'Kedja: behov → risk → behörighet' : 'Chain: need → risk → access entry'}`, '');
    lines.push(sv ? '| | id | fil | |' : '| | id | file | |', '|---|---|---|---|');
    for (const l of a.chain) lines.push(`| ${KIND[l.kind][lang]} | ${cell(l.id)} | ${cell(`${l.path}:${l.line}`)} | ${cell(l.text[lang])} |`);
  }
  return `${lines.join('\n')}\n`;
}
