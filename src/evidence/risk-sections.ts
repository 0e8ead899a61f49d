/** The sections of the report on risks: the risk table with the risk map before and after measures, special risk assessments. */
import { codeLabel } from './labels';
import { idsOrAll, isRec, rec, str, strList } from '../domain/model';
import type { Block, Cell, Inline } from './ir';
import { levelText } from './riskmap';
import { T } from './texts';
import type { Builder } from './builder';

export function risksSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sRisks) }];
  if (h.m.risks.length === 0) {
    blocks.push({ k: 'p', parts: [{ t: h.t(T.noRisks), missing: true }] });
    return { k: 'section', id: 'risker', blocks, page: true };
  }
  blocks.push({ k: 'h', level: 3, text: h.t(T.sRiskMap), id: 'riskkarta' });
  blocks.push({ k: 'p', parts: [h.t(T.mapIntro)], cls: 'note' });
  blocks.push({ k: 'riskmap', data: h.map });
  blocks.push({ k: 'h', level: 3, text: h.t(T.sRiskTable) });
  blocks.push({
    k: 'table',
    cls: 'risktable',
    head: [h.t(T.id), h.t(T.risk), h.t(T.probabilityShort), h.t(T.severityShort), h.t(T.level), h.t(T.measures), h.t(T.residual)],
    rowHeader: true,
    rows: h.map.risks.map((mr) => {
      const r = h.m.risks[mr.index];
      const [p, s, lvl] = h.placementCells(mr.before);
      const stated = str(r.v, 'level');
      const levelCell: Cell =
        stated && mr.before && stated !== mr.before.level
          ? [lvl as Inline, ` (${h.t(T.statedLevel, { level: codeLabel('risk_level', stated, h.lang) })})`]
          : lvl;
      const ms = h.measuresOf(r);
      const measures: Cell = ms.length
        ? { lines: ms.map((x) => [`${str(x, 'id') ?? '–'}: ${codeLabel('measure_kind', str(x, 'kind') ?? '', h.lang) || h.t(T.missing)}${str(x, 'status') === 'planned' ? ` (${codeLabel('measure_status', 'planned', h.lang).toLowerCase()})` : ''}`]) }
        : { t: h.t(T.noMeasures), missing: true };
      let residual: Cell;
      if (mr.after && !mr.after.assumed) {
        residual = [{ t: `${mr.after.p}×${mr.after.s}: ${levelText(mr.after.level, mr.after.value, h.lang)}`, level: mr.after.level }];
        const acc = rec(r.v, 'residual');
        if (str(acc, 'accepted_by')) residual = { lines: [residual as Inline[], [`${h.t(T.acceptedBy)} ${str(acc, 'accepted_by')}${str(acc, 'accepted_date') ? `, ${str(acc, 'accepted_date')}` : ''}`]] };
      } else if (mr.after?.assumed) residual = { t: h.t(T.residualAssumed), muted: true };
      else residual = h.miss();
      return [{ t: mr.id, code: true }, str(r.v, 'title') ?? h.miss(), p, s, levelCell, measures, residual];
    }),
  });
  blocks.push({ k: 'h', level: 3, text: h.t(T.sRiskDetails) });
  for (const mr of h.map.risks) {
    const r = h.m.risks[mr.index];
    const title = str(r.v, 'title');
    blocks.push({ k: 'h', level: 4, text: title ? `${mr.id} – ${title}` : mr.id, id: `risk-${mr.id}` });
    const cons = Array.isArray(r.v.consequences) ? r.v.consequences.filter(isRec) : [];
    const residualRec = rec(r.v, 'residual');
    const rows: [string, Cell][] = [];
    if (str(r.v, 'description')) rows.push([h.t(T.scenario), str(r.v, 'description')!]);
    rows.push([h.t(T.threat), h.code('threat_type', r.v, 'threat_type')]);
    rows.push([
      h.t(T.affects),
      {
        lines: [
          [{ t: `${h.t(T.regimes)}:`, strong: true }, ' ', h.codes('regime', strList(r.v, 'regimes'))],
          [{ t: `${h.t(T.system)}:`, strong: true }, ' ', (strList(r.v, 'systems') ?? []).map((s) => h.systemName(s) as string).join(', ') || h.miss()],
          [{ t: `${h.t(T.dataCategories)}:`, strong: true }, ' ', h.dataCats(r.v)],
          [{ t: `${h.t(T.registeredCats)}:`, strong: true }, ' ', h.regCats(r.v)],
          ...(strList(r.v, 'roles')?.length ? [[{ t: `${h.t(T.roles)}:`, strong: true }, ' ', strList(r.v, 'roles')!.map((x) => h.roleName(x) as string).join(', ')] as Inline[]] : []),
        ],
      },
    ]);
    rows.push([
      h.t(T.consequences),
      cons.length ? { lines: cons.map((c) => [{ t: `${codeLabel('consequence_type', str(c, 'type') ?? '', h.lang) || '–'}:`, strong: true }, ' ', str(c, 'description') ?? h.miss()]) } : h.miss(),
    ]);
    rows.push([h.t(T.scaleImpact), h.text(r.v, 'scale_impact')]);
    rows.push([`${h.t(T.probabilityShort)} × ${h.t(T.severityShort)}`, mr.before ? [`${mr.before.p} × ${mr.before.s} = `, h.levelSpan(mr.before)] : h.miss()]);
    rows.push([
      h.t(T.residual),
      mr.after && !mr.after.assumed
        ? {
            lines: [
              [`${mr.after.p} × ${mr.after.s} = `, h.levelSpan(mr.after)],
              ...(str(residualRec, 'accepted_by') ? [[`${h.t(T.acceptedBy)}: ${str(residualRec, 'accepted_by')}${str(residualRec, 'accepted_date') ? ` (${str(residualRec, 'accepted_date')})` : ''}`]] : []),
              ...(str(residualRec, 'rationale') ? [[`${h.t(T.rationale)}: ${str(residualRec, 'rationale')}`]] : []),
            ],
          }
        : mr.after?.assumed
          ? { t: h.t(T.residualAssumed), muted: true }
          : h.miss(),
    ]);
    blocks.push({ k: 'kv', rows });
    const ms = h.measuresOf(r);
    if (ms.length)
      blocks.push({
        k: 'table',
        caption: `${h.t(T.measures)}: ${mr.id}`,
        head: [h.t(T.id), h.t(T.measureKind), h.t(T.description), h.t(T.measureStatus), h.t(T.owner)],
        rowHeader: true,
        rows: ms.map((x) => [
          { t: str(x, 'id') ?? '–', code: true },
          h.code('measure_kind', x, 'kind'),
          h.text(x, 'description'),
          str(x, 'status') ? `${codeLabel('measure_status', str(x, 'status')!, h.lang)}${str(x, 'due') ? ` (${h.t(T.due).toLowerCase()} ${str(x, 'due')})` : ''}` : h.miss(),
          str(x, 'owner') ?? '–',
        ]),
      });
    else blocks.push({ k: 'p', parts: [{ t: `${h.t(T.measures)}: ${h.t(T.noMeasures)}`, missing: true }] });
  }
  return { k: 'section', id: 'risker', blocks, page: true };
}


export function srasSection(h: Builder): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: h.t(T.sSras) }];
  if (h.m.sras.length === 0) blocks.push({ k: 'p', parts: [{ t: h.t(T.noSras), missing: true }] });
  for (const s of h.m.sras) {
    const title = str(s.v, 'title');
    blocks.push({ k: 'h', level: 3, text: title ? `${s.id ?? ''} – ${title}` : s.id ?? `#${s.index + 1}` });
    const risks = strList(s.v, 'risks') ?? [];
    const rows: [string, Cell][] = [];
    if (strList(s.v, 'registered_categories')?.length) rows.push([h.t(T.registeredCats), h.regCats(s.v)]);
    if (idsOrAll(s.v, 'data_categories') !== undefined) rows.push([h.t(T.sData), h.dataCats(s.v)]);
    if (strList(s.v, 'care_units')?.length) rows.push([h.t(T.units), h.unitNames(strList(s.v, 'care_units'))]);
    rows.push([h.t(T.assessment), h.text(s.v, 'assessment')]);
    rows.push([h.t(T.linkedRisks), risks.length ? { lines: risks.map((id) => h.riskRef(id)) } : h.miss()]);
    // ids of risk measures, and measures the assessment lists inline (objects as in risks[].measures)
    const ms = (Array.isArray(s.v.measures) ? s.v.measures : []).map((x) => (isRec(x) ? [str(x, 'id'), str(x, 'description') ?? str(x, 'kind')].filter(Boolean).join(': ') : typeof x === 'string' ? x.trim() : '')).filter(Boolean);
    if (ms.length) rows.push([h.t(T.measures), ms.join(', ')]);
    blocks.push({ k: 'kv', rows });
  }
  return { k: 'section', id: 'sarskilda', blocks };
}
