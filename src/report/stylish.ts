/**
 * Human-readable output, shaped like eslint's "stylish": a file header, one aligned row per finding, a summary.
 *
 *   samples/x.bra.yaml
 *     12:5  error    Risken "R1" saknar sannolikhet.  BRA018
 *       ↳ samples/x.matrix.bra.yaml:4:7  Behörigheten tilldelas här.
 *
 *   ✖ 1 fel, 0 varningar, 0 information
 *
 * Contract: the severity token stays `error|warning|info` in both languages (only messages and the summary are
 * translated), so that VS Code's built-in `$eslint-stylish` problem matcher, and any matcher written for it, reads
 * this output in a devcontainer task. Positions are 1-based; columns count UTF-16 code units.
 *
 * Text from the files (messages quote YAML values) and file names are escaped for a terminal (src/i18n/escape.ts):
 * control characters (ESC of ANSI/OSC sequences, BEL, lone CR) and bidi overrides are printed as visible escapes
 * (`\x1B`, `\u202E`), and a line break in a file name as `\n`, so no value can move the cursor, recolour, set the
 * title or clipboard, or forge an output line.
 *
 * Each finding row links its rule's documentation page (issue #12): with colour (a TTY), the rule id is an OSC 8
 * hyperlink (the visible text stays the id); without colour (NO_COLOR, a pipe, a CI log), the page's address follows
 * the id, two spaces apart, with no escape sequence. The `$bra` problem matcher (package.json) reads both.
 */
import type { FileResult, Lang, Severity } from '../model';
import { terminalLine, terminalPath } from '../i18n/escape';
import { docsUrl } from '../rules';
import { countFindings, positions } from './types';
import type { Counts, Formatter } from './types';

const ESC = '\u001b[';
const paint = (on: boolean, code: string, s: string, off = '39') => (on ? `${ESC}${code}m${s}${ESC}${off}m` : s);
const MAX_MESSAGE_PAD = 80;
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

/** An OSC 8 hyperlink (terminals that do not know it show the text). The URL is ours, never text from a file. */
const link = (url: string, text: string) => `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;

/** The rule id with its doc page: a hyperlink with colour, the address after it without. */
function ruleWithDoc(rule: string, color: boolean): string {
  const url = docsUrl(rule);
  return color ? paint(true, '2', link(url, rule), '22') : `${rule}  ${url}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 fel, 2 varningar, 1 information" / "3 errors, 2 warnings, 1 info". */
export function summaryText(c: Counts, lang: Lang): string {
  return lang === 'sv'
    ? `${plural(c.error, 'fel', 'fel')}, ${plural(c.warning, 'varning', 'varningar')}, ${plural(c.info, 'information', 'information')}`
    : `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${plural(c.info, 'info', 'info')}`;
}

function noProblems(files: number, lang: Lang): string {
  return lang === 'sv'
    ? `✔ ${plural(files, 'fil kontrollerad', 'filer kontrollerade')}, inga problem`
    : `✔ ${plural(files, 'file checked', 'files checked')}, no problems`;
}

export const stylish: Formatter = (results: FileResult[], ctx) => {
  const color = ctx.color === true;
  const pos = positions(results, ctx);
  const out: string[] = [];
  for (const file of results) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((f) => {
      const r = pos.region(file.text, f.span);
      return {
        f,
        where: `${r.start.line}:${r.start.column}`,
        message: terminalLine(f.message[ctx.lang]),
        related: (f.related ?? []).map((rel) => {
          const rr = pos.relatedRegion(file, rel.path, rel.span);
          const path = terminalPath(rel.path ?? file.path);
          return `${rr ? `${path}:${rr.start.line}:${rr.start.column}` : path}  ${terminalLine(rel.message[ctx.lang])}`;
        }),
      };
    });
    const wWhere = Math.max(...rows.map((r) => r.where.length));
    const wSev = Math.max(...rows.map((r) => r.f.severity.length));
    // rule ids line up while messages are short; a long message is not padded (a wide terminal of spaces helps nobody)
    const wMsg = Math.min(MAX_MESSAGE_PAD, Math.max(...rows.map((r) => r.message.length)));
    out.push(paint(color, '4', terminalPath(file.path), '24'));
    for (const r of rows) {
      const where = paint(color, '2', r.where.padEnd(wWhere), '22');
      const sev = paint(color, SEVERITY_COLOR[r.f.severity], r.f.severity.padEnd(wSev));
      out.push(`  ${where}  ${sev}  ${r.message.padEnd(wMsg)}  ${ruleWithDoc(r.f.rule, color)}`.trimEnd());
      for (const rel of r.related) out.push(`    ${paint(color, '2', `↳ ${rel}`, '22')}`);
    }
    out.push('');
  }
  const c = countFindings(results);
  const total = c.error + c.warning + c.info;
  if (total === 0) return `${paint(color, '32', noProblems(results.length, ctx.lang))}\n`;
  const tone = c.error > 0 ? SEVERITY_COLOR.error : c.warning > 0 ? SEVERITY_COLOR.warning : SEVERITY_COLOR.info;
  out.push(paint(color, `1;${tone}`, `✖ ${summaryText(c, ctx.lang)}`, '0'));
  return `${out.join('\n')}\n`;
};
