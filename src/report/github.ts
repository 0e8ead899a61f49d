/**
 * GitHub Actions workflow commands, one annotation per finding:
 *   ::error file=samples/x.bra.yaml,line=12,col=5,endLine=12,endColumn=14,title=BRA018::message
 * error → `::error`, warning → `::warning`, info → `::notice`. Escaping as @actions/core's `command.ts`:
 * in the message `%`, `\r`, `\n`; in property values also `:` and `,`. Related information is appended to the
 * message as extra lines (an annotation has no related locations). Before that, control characters (ESC of ANSI/OSC
 * sequences, BEL …) and bidi overrides become visible escapes (`\x1B`, `\u202E`; src/i18n/escape.ts), so the log
 * shows them instead of interpreting them.
 */
import type { Severity } from '../model';
import { visibleControls } from '../i18n/escape';
import { positions } from './types';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return visibleControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, ctx) => {
  const pos = positions(results, ctx);
  const lines: string[] = [];
  for (const file of results) {
    for (const f of file.findings) {
      const r = pos.region(file.text, f.span);
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${r.start.line}`,
        `col=${r.start.column}`,
        `endLine=${r.end.line}`,
        `endColumn=${r.end.column}`,
        `title=${escapeProperty(f.rule)}`,
      ];
      let message = f.message[ctx.lang];
      for (const rel of f.related ?? []) {
        const rr = pos.relatedRegion(file, rel.path, rel.span);
        const path = rel.path ?? file.path;
        message += `\n↳ ${rr ? `${path}:${rr.start.line}:${rr.start.column}` : path} ${rel.message[ctx.lang]}`;
      }
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
