/** The sections of the report on findings: the summary at the top and the open findings with their legal basis. */
import { positionAt } from '../engine';
import type { Finding } from '../model';
import { codeLabel } from './labels';
import { ruleMeta } from '../rules';
import type { Block, Cell, Inline } from './ir';
import { SEVERITY_TEXT, T } from './texts';
import type { Builder } from './builder';
import { baseName } from './builder';

export function summary(h: Builder, findings: { f: Finding }[]): Block {
  const counts = { error: 0, warning: 0, info: 0 };
  findings.forEach(({ f }) => counts[f.severity]++);
  const levelCounts = (phase: 'before' | 'after'): Inline[] => {
    const c: Record<string, number> = { low: 0, medium: 0, high: 0, very_high: 0 };
    let un = 0;
    for (const r of h.map.risks) {
      const pl = r[phase];
      if (pl) c[pl.level]++;
      else un++;
    }
    const parts: Inline[] = [];
    (['very_high', 'high', 'medium', 'low'] as const).forEach((l) => {
      if (parts.length) parts.push(', ');
      parts.push({ t: `${codeLabel('risk_level', l, h.lang)}: ${c[l]}`, level: l });
    });
    if (un) parts.push(`, ${h.t(T.notPlaced)}: ${un}`);
    return parts;
  };
  const rows: [string, Cell][] = [
    [h.t(T.summaryFindings), h.findingCounts(counts)],
    [h.t(T.nSystems), `${h.m.systems.length}`],
    [h.t(T.nRoles), `${h.m.roles.length}`],
    [h.t(T.nNeeds), `${h.m.needs.length}`],
    [h.t(T.nRisks), `${h.m.risks.length}`],
    [h.t(T.levelsBefore), h.m.risks.length ? levelCounts('before') : h.t(T.none)],
    [h.t(T.levelsAfter), h.m.risks.length ? levelCounts('after') : h.t(T.none)],
    [h.t(T.nSras), `${h.m.sras.length}`],
    [h.t(T.nEntries), `${h.m.entries.length}`],
  ];
  return { k: 'section', id: 'sammanfattning', blocks: [{ k: 'h', level: 2, text: h.t(T.summary) }, { k: 'kv', rows }] };
}


export function findingsSection(h: Builder, findings: { f: Finding; path: string; text: string }[], asOf: string, fileCount: number): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sFindings) }];
  const counts = { error: 0, warning: 0, info: 0 };
  findings.forEach(({ f }) => counts[f.severity]++);
  if (findings.length === 0) {
    blocks.push({ k: 'p', parts: [h.t(T.noFindings, { asOf })] });
    return { k: 'section', id: 'fynd', blocks, page: true };
  }
  blocks.push({ k: 'p', parts: [h.t(T.findingsIntro, { asOf, counts: h.findingCounts(counts) })], cls: 'note' });
  const manyFiles = fileCount > 1;
  blocks.push({
    k: 'table',
    cls: 'findings',
    head: [h.t(T.rule), h.t(T.severity), h.t(T.message), h.t(T.location), h.t(T.legal)],
    rowHeader: true,
    rows: findings.map(({ f, path, text }) => {
      const meta = ruleMeta(f.rule);
      const pos = positionAt(text, f.span.start);
      const idCell: Inline[][] = [[{ t: f.rule, code: true, strong: true }]];
      if (meta) idCell.push([{ t: meta.title[h.lang], muted: true }]);
      return [
        { lines: idCell },
        { t: SEVERITY_TEXT[f.severity][h.lang], strong: f.severity === 'error' },
        f.message[h.lang],
        { lines: [[{ t: manyFiles ? `${baseName(path)}:${pos.line}:${pos.column}` : h.t(T.lineCol, { line: pos.line, column: pos.column }), code: manyFiles }], [{ t: f.location, code: true, muted: true }]] },
        meta && meta.legal.length ? { lines: meta.legal.map((l) => [`${l.act}, ${l.ref}${l.source ? ` (${l.source})` : ''}`]) } : '–',
      ];
    }),
  });
  return { k: 'section', id: 'fynd', blocks, page: true };
}
