/** The sections of the report on the analysis itself: document and approval, scope and systems, data categories, registered categories, roles and needs. */
import { codeLabel } from './labels';
import { bool, idsOrAll, int, isRec, rec, str, strList } from '../domain/model';
import { SENSITIVE_SPECIALTIES } from '../domain/shared';
import type { Block, Cell } from './ir';
import { T } from './texts';
import type { Builder } from './builder';

export function document(h: Builder): Block {
  const d = h.m.document;
  const cp = rec(d, 'care_provider');
  const prepared = Array.isArray(d?.prepared_by) ? d!.prepared_by.filter(isRec) : [];
  const approved = rec(d, 'approved');
  const prev = Array.isArray(d?.previous_approvals) ? d!.previous_approvals.filter(isRec) : [];
  const approvalCell: Cell = approved && (str(approved, 'date') || str(approved, 'by'))
    ? [
        h.t(T.approvedText, { date: str(approved, 'date') ?? h.t(T.missing), by: str(approved, 'by') ?? h.t(T.missing) }) +
          (str(approved, 'role') ? ` (${str(approved, 'role')})` : ''),
      ]
    : [{ t: h.t(T.notApproved), missing: true }];
  const rows: [string, Cell][] = [
    [h.t(T.docId), h.text(d, 'id')],
    [h.t(T.title), h.text(d, 'title')],
    [h.t(T.version), h.text(d, 'version')],
    [h.t(T.status), h.code('document_status', d, 'status')],
    [h.t(T.provider), h.text(cp, 'name')],
    [h.t(T.orgNumber), h.text(cp, 'org_number')],
    [h.t(T.providerKind), h.code('provider_kind', cp, 'kind')],
    [
      h.t(T.preparedBy),
      prepared.length
        ? { lines: prepared.map((p) => [`${str(p, 'name') ?? h.t(T.missing)} – ${codeLabel('preparer_function', str(p, 'function') ?? '', h.lang) || h.t(T.missing)}`]) }
        : h.miss(),
    ],
    [h.t(T.approval), approvalCell],
    [
      h.t(T.previous),
      prev.length
        ? { lines: prev.map((p) => [`${str(p, 'version') ?? '?'}: ${str(p, 'date') ?? h.t(T.missing)}${strList(p, 'systems')?.length ? ` (${strList(p, 'systems')!.join(', ')})` : ''}`]) }
        : h.t(T.none),
    ],
    [h.t(T.nextReview), h.text(d, 'next_review')],
  ];
  return { k: 'section', id: 'dokument', blocks: [{ k: 'h', level: 2, text: h.t(T.sDocument) }, { k: 'kv', rows }] };
}


export function scopeSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sScope) }];
  const desc = str(h.m.scope, 'description');
  blocks.push({ k: 'kv', rows: [[h.t(T.scopeDesc), desc ?? h.miss()]] });
  blocks.push({ k: 'h', level: 3, text: h.t(T.careUnits) });
  if (h.m.careUnits.length) {
    blocks.push({
      k: 'table',
      head: [h.t(T.id), h.t(T.name), h.t(T.specialty), h.t(T.sensitiveUnit)],
      rowHeader: true,
      rows: h.m.careUnits.map((u) => {
        const sp = str(u.v, 'specialty');
        const sensitive = bool(u.v, 'sensitive') ?? (sp !== undefined ? SENSITIVE_SPECIALTIES.has(sp) : undefined);
        return [{ t: u.id ?? '', code: true }, h.text(u.v, 'name'), h.code('specialty', u.v, 'specialty'), h.yesNo(sensitive)];
      }),
    });
  } else blocks.push({ k: 'p', parts: [h.miss()] });
  blocks.push({ k: 'h', level: 3, text: h.t(T.systems) });
  if (h.m.systems.length) {
    blocks.push({
      k: 'table',
      head: [h.t(T.id), h.t(T.name), h.t(T.vendor), h.t(T.regimes), h.t(T.sjfRole), h.t(T.patients), h.t(T.users), h.t(T.accounts), h.t(T.inUse)],
      rowHeader: true,
      rows: h.m.systems.map((s) => [
        { t: s.id ?? '', code: true },
        h.text(s.v, 'name'),
        h.text(s.v, 'vendor'),
        h.codes('regime', strList(s.v, 'regimes')),
        str(s.v, 'sjf_role') ? codeLabel('sjf_role', str(s.v, 'sjf_role')!, h.lang) : '–',
        h.num(int(s.v, 'patients_registered')),
        h.num(int(s.v, 'users_with_access')),
        h.yesNo(bool(s.v, 'individual_accounts')),
        str(s.v, 'in_use_since') ?? '–',
      ]),
    });
    blocks.push({ k: 'h', level: 3, text: h.t(T.logging) });
    blocks.push({
      k: 'table',
      head: [h.t(T.system), h.t(T.logAction), h.t(T.logUnit), h.t(T.logTime), h.t(T.logUser), h.t(T.logPatient), h.t(T.logRetention), h.t(T.logHolder)],
      rowHeader: true,
      rows: h.m.systems.map((s) => {
        const l = rec(s.v, 'logging');
        return [
          h.systemName(s.id),
          h.yesNo(bool(l, 'action')),
          h.yesNo(bool(l, 'care_unit_or_process')),
          h.yesNo(bool(l, 'timestamp')),
          h.yesNo(bool(l, 'user_identity')),
          h.yesNo(bool(l, 'patient_identity')),
          typeof l?.retention_years === 'number' ? h.num(l.retention_years as number) : h.miss(),
          str(l, 'log_holder') ?? '–',
        ];
      }),
    });
  } else blocks.push({ k: 'p', parts: [h.miss()] });
  return { k: 'section', id: 'omfattning', blocks };
}


export function dataSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sData) }];
  if (h.m.dataCategories.length === 0) blocks.push({ k: 'p', parts: [{ t: h.t(T.missing), missing: true }] });
  else
    blocks.push({
      k: 'table',
      head: [h.t(T.id), h.t(T.label), h.t(T.present), h.t(T.sensitivity), h.t(T.inSystems), h.t(T.descRationale)],
      rowHeader: true,
      rows: h.m.dataCategories.map((c) => {
        const systems = strList(c.v, 'systems');
        const absent = bool(c.v, 'present') === false;
        return [
          { t: c.id ?? '', code: true },
          str(c.v, 'label') ?? (c.id ? h.dataCatLabel(c.id) : h.miss()),
          h.yesNo(bool(c.v, 'present')),
          absent && !str(c.v, 'sensitivity') ? h.na() : h.code('sensitivity', c.v, 'sensitivity'),
          systems && systems.length ? systems.map((s) => h.systemName(s) as string).join(', ') : absent ? h.na() : h.t(T.allSystems),
          h.descRationale(c.v),
        ];
      }),
    });
  return { k: 'section', id: 'uppgifter', blocks };
}


export function registeredSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sRegistered) }];
  if (h.m.registeredCategories.length === 0) blocks.push({ k: 'p', parts: [{ t: h.t(T.missing), missing: true }] });
  else
    blocks.push({
      k: 'table',
      head: [h.t(T.id), h.t(T.label), h.t(T.present), h.t(T.estimated), h.t(T.descRationale)],
      rowHeader: true,
      rows: h.m.registeredCategories.map((c) => [
        { t: c.id ?? '', code: true },
        str(c.v, 'label') ?? c.id ?? h.miss(),
        h.yesNo(bool(c.v, 'present')),
        typeof c.v.estimated_count === 'number' ? h.num(c.v.estimated_count) : bool(c.v, 'present') === false ? h.na() : '–',
        h.descRationale(c.v),
      ]),
    });
  return { k: 'section', id: 'registrerade', blocks };
}


export function rolesSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sRoles) }];
  if (h.m.roles.length === 0) blocks.push({ k: 'p', parts: [{ t: h.t(T.noRoles), missing: true }] });
  for (const r of h.m.roles) {
    const label = str(r.v, 'label');
    blocks.push({ k: 'h', level: 3, text: label ? `${label} (${r.id ?? `#${r.index + 1}`})` : r.id ?? `#${r.index + 1}`, id: r.id ? `roll-${r.id}` : undefined });
    const rows: [string, Cell][] = [
      [h.t(T.staffCategory), h.code('staff_category', r.v, 'staff_category')],
      [h.t(T.units), h.unitNames(idsOrAll(r.v, 'units'))],
      [h.t(T.headcount), h.num(int(r.v, 'headcount'))],
    ];
    const cross = bool(r.v, 'cross_unit_function');
    if (cross !== undefined) rows.push([h.t(T.crossUnit), cross && str(r.v, 'cross_unit_rationale') ? `${h.t(T.yes)}: ${str(r.v, 'cross_unit_rationale')}` : h.yesNo(cross)]);
    const io = bool(r.v, 'individual_oriented');
    if (io !== undefined) rows.push([h.t(T.individualOriented), h.yesNo(io)]);
    if (str(r.v, 'external_organisation')) rows.push([h.t(T.externalOrg), str(r.v, 'external_organisation')!]);
    const tasks = strList(r.v, 'tasks') ?? [];
    rows.push([h.t(T.tasks), tasks.length ? { lines: tasks.map((x) => [`• ${x}`]) } : { t: h.t(T.noTasks), missing: true }]);
    blocks.push({ k: 'kv', rows });
    const needs = h.m.needs.filter((n) => n.role === r);
    if (needs.length === 0) blocks.push({ k: 'p', parts: [{ t: h.t(T.noNeeds), missing: true }] });
    else
      blocks.push({
        k: 'table',
        caption: `${h.t(T.needs)}: ${label ?? r.id ?? ''}`,
        head: [h.t(T.need), h.t(T.system), h.t(T.regime), h.t(T.dataCategories), h.t(T.patientScope), h.t(T.identifiability), h.t(T.when), h.t(T.context)],
        rowHeader: true,
        rows: needs.map((n) => [
          { t: n.id ?? `#${n.index + 1}`, code: true },
          h.systemName(str(n.v, 'system')),
          h.code('regime', n.v, 'regime'),
          h.dataCats(n.v),
          h.scope(n.v),
          codeLabel('identifiability', str(n.v, 'identifiability') ?? 'identified', h.lang),
          h.text(n.v, 'when'),
          h.text(n.v, 'context'),
        ]),
      });
  }
  return { k: 'section', id: 'roller', blocks, page: true };
}
