/** The sections of the report on access: the access matrix with needs and risks considered, governance and log controls. */
import { codeLabel } from './labels';
import { bool, int, rec, str, strList } from '../domain/model';
import { matchedNeed } from '../domain/shared';
import type { Block, Inline } from './ir';
import { plural } from '../i18n';
import { COUNT, findingMark } from './sections';
import { T } from './texts';
import type { Builder } from './builder';
import { baseName } from './builder';

export function matrixSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sMatrix) }];
  if (h.m.entries.length === 0) {
    blocks.push({ k: 'p', parts: [{ t: h.t(T.noMatrix), missing: true }] });
    return { k: 'section', id: 'matris', blocks, page: true };
  }
  const files = [...new Set(h.m.entries.map((e) => h.paths.get(e.doc) ?? ''))];
  const showFile = files.length > 1 || (files[0] !== undefined && files[0] !== h.paths.get(h.m.analysis));
  if (showFile) blocks.push({ k: 'p', parts: [`${h.t(T.matrixFiles)}: `, ...files.filter((f) => f !== h.paths.get(h.m.analysis)).flatMap((f, i) => [i ? ', ' : '', { t: f, code: true }])], cls: 'note' });
  if (h.entryFindings.size) blocks.push({ k: 'p', parts: [plural(h.entryFindings.size, COUNT.marked, h.lang)], cls: 'note' });
  blocks.push({
    k: 'table',
    cls: 'matrix',
    head: [h.t(T.entry), h.t(T.role), h.t(T.system), h.t(T.dataCategories), h.t(T.patientScope), h.t(T.conditions), h.t(T.justifiedBy), h.t(T.risksConsidered)],
    rowHeader: true,
    rows: h.m.entries.map((e) => {
      const lines: Inline[][] = [];
      const justified = strList(e.v, 'justified_by') ?? [];
      for (const id of justified) {
        const n = h.m.needById.get(id);
        if (!n) lines.push([{ t: id, code: true }, ' ', { t: `(${h.t(T.unknownRef)})`, missing: true }]);
        else {
          const ps = str(n.v, 'patient_scope');
          lines.push([{ t: id, code: true }, ps ? `: ${codeLabel('patient_scope', ps, h.lang)}` : '']);
        }
      }
      if (justified.length === 0) {
        const mn = matchedNeed(h.m, e);
        if (mn) lines.push([{ t: h.t(T.implicitNeed, { ids: mn.needs.map((n) => n.id ?? '?').join(', ') }), muted: true }]);
        else lines.push([h.miss()]);
      }
      const risks = strList(e.v, 'risks_considered') ?? [];
      const ops = strList(e.v, 'operations');
      const sysLines: Inline[][] = [[h.systemName(str(e.v, 'system'))], [{ t: h.plain(h.code('regime', e.v, 'regime')), muted: true }]];
      const scopeLines: Inline[][] = [[h.scope(e.v)]];
      if (str(e.v, 'identifiability') === 'pseudonymised') scopeLines.push([{ t: codeLabel('identifiability', 'pseudonymised', h.lang), muted: true }]);
      const condLines: Inline[][] = [];
      const conds = strList(e.v, 'conditions') ?? [];
      if (conds.length) condLines.push(...conds.map((c) => [codeLabel('condition', c, h.lang)] as Inline[]));
      else condLines.push([{ t: h.t(T.none), muted: true }]);
      if (str(e.v, 'time_limit')) condLines.push([`${h.t(T.timeLimit)}: ${str(e.v, 'time_limit')}`]);
      if (ops?.length) condLines.push([{ t: `${h.t(T.operations)}: ${ops.map((o) => codeLabel('operation', o, h.lang).toLowerCase()).join(', ')}`, muted: true }]);
      const idCell: Inline[][] = [[{ t: e.id ?? `#${e.index + 1}`, code: true }]];
      const vf = str(e.v, 'valid_from');
      idCell.push([{ t: `${h.t(T.validFrom).toLowerCase()}`, muted: true }], [vf ?? h.miss()]);
      if (files.length > 1) idCell.push([{ t: baseName(h.paths.get(e.doc) ?? ''), muted: true }]);
      const open = h.entryFindings.get(e);
      if (open) idCell.push(...findingMark(h, open));
      return [
        { lines: idCell },
        h.roleName(str(e.v, 'role')),
        { lines: sysLines },
        h.dataCats(e.v),
        { lines: scopeLines },
        { lines: condLines },
        { lines },
        risks.length ? { lines: risks.map((id) => h.riskRef(id)) } : h.miss(),
      ];
    }),
  });
  return { k: 'section', id: 'matris', blocks, page: true };
}


export function governanceSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sGovernance) }];
  const g = h.m.governance;
  if (!g) {
    blocks.push({ k: 'p', parts: [{ t: h.t(T.noGovernance), missing: true }] });
    return { k: 'section', id: 'styrning', blocks };
  }
  const ai = rec(g, 'assignment_instructions');
  const rv = rec(g, 'review');
  const interval = int(rv, 'interval_months');
  blocks.push({
    k: 'kv',
    rows: [
      [h.t(T.instructions), h.text(ai, 'document_ref')],
      [`${h.t(T.instructions)}: ${h.t(T.responsible).toLowerCase()}`, h.text(ai, 'responsible')],
      [`${h.t(T.review)}: ${h.t(T.interval).toLowerCase()}`, interval === undefined ? h.miss() : plural(interval, COUNT.months, h.lang)],
      [h.t(T.lastPerformed), h.text(rv, 'last_performed')],
      [`${h.t(T.review)}: ${h.t(T.responsible).toLowerCase()}`, h.text(rv, 'responsible')],
      [h.t(T.method), h.text(rv, 'method')],
      [h.t(T.triggers), h.codes('review_trigger', strList(rv, 'triggers'))],
    ],
  });
  return { k: 'section', id: 'styrning', blocks };
}


export function logsSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sLogs) }];
  if (h.m.logControls.length === 0) blocks.push({ k: 'p', parts: [{ t: h.t(T.noLogControls), missing: true }] });
  for (const l of h.m.logControls) {
    const crit = strList(l.v, 'targeted_criteria') ?? [];
    const days = int(l.v, 'interval_days');
    const id = l.id ?? `#${l.index + 1}`;
    blocks.push({ k: 'h', level: 3, text: `${h.t(T.logControl)} ${id}: ${h.plain(h.systemName(str(l.v, 'system')))}` });
    blocks.push({
      k: 'kv',
      rows: [
        [h.t(T.interval), days === undefined ? h.miss() : plural(days, COUNT.days, h.lang)],
        [h.t(T.selection), h.codes('log_selection', strList(l.v, 'selection'))],
        [h.t(T.criteria), crit.length ? { lines: crit.map((c) => [`• ${c}`]) } : '–'],
        [h.t(T.documented), h.yesNo(bool(l.v, 'documented'))],
        [h.t(T.responsible), h.text(l.v, 'responsible')],
        [h.t(T.staffInformed), h.yesNo(bool(l.v, 'staff_informed'))],
        [h.t(T.guideline), h.text(l.v, 'unauthorised_access_guideline')],
        [h.t(T.onSuspicion), h.yesNo(bool(l.v, 'on_suspicion'))],
      ],
    });
  }
  return { k: 'section', id: 'loggar', blocks };
}
