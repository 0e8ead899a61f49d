/**
 * The evidence document builder: the analysis model, the language and the inline helpers (labels, names, missing
 * values) that every section of the report uses. The sections are functions of it (analysis-, risk-, matrix- and
 * finding-sections.ts, sections.ts).
 */
import type { Bilingual, Finding, Lang, Severity } from '../model';
import type { ParsedDoc } from '../yaml';
import { codeLabel, own } from './labels';
import { idsOrAll, isRec, str, strList } from '../domain/model';
import type { Ent, Model, Rec } from '../domain/model';
import { DATA_CATEGORY } from '../domain/labels';
import type { Cell, Inline, Span } from './ir';
import { levelText, riskMapData } from './riskmap';
import type { RiskMapData, RiskMapRisk, RiskPlacement } from './riskmap';
import { plural } from '../i18n';
import { COUNT, S } from './sections';
import type { SectionHost } from './sections';
import { T, fill } from './texts';

export class Builder implements SectionHost {
  readonly m: Model;
  /** Open findings of each access matrix entry (its row is marked). */
  entryFindings = new Map<Ent, Finding[]>();
  readonly lang: Lang;
  readonly paths: Map<ParsedDoc, string>;
  readonly map: RiskMapData;
  readonly riskMap: Map<string, RiskMapRisk>;

  constructor(m: Model, lang: Lang, paths: Map<ParsedDoc, string>) {
    this.m = m;
    this.lang = lang;
    this.paths = paths;
    this.map = riskMapData(m);
    this.riskMap = new Map(this.map.risks.map((r) => [r.id, r]));
  }

  t(x: Bilingual, args?: Record<string, string | number>): string {
    return args ? fill(x[this.lang], args) : x[this.lang];
  }

  miss(): Span {
    return { t: this.t(T.missing), missing: true };
  }

  /** The text of an inline (a missing value: the "missing" text). */
  plain(x: Inline): string {
    return typeof x === 'string' ? x : x.t;
  }

  text(v: Rec | undefined, key: string): Inline {
    return str(v, key) ?? this.miss();
  }

  yesNo(v: boolean | undefined): Inline {
    return v === undefined ? this.miss() : this.t(v ? T.yes : T.no);
  }

  num(n: number | undefined): Inline {
    return n === undefined ? this.miss() : new Intl.NumberFormat(this.lang === 'sv' ? 'sv-SE' : 'en-GB').format(n);
  }

  /** A list of codes as their labels. */
  codes(def: string, list: string[] | undefined): Inline {
    if (list === undefined || list.length === 0) return this.miss();
    return list.map((c) => codeLabel(def, c, this.lang)).join(', ');
  }

  code(def: string, v: Rec | undefined, key: string): Inline {
    const c = str(v, key);
    return c === undefined ? this.miss() : codeLabel(def, c, this.lang);
  }

  /** Labels of data categories: the document's own label, else the recommended one, else the id. */
  dataCats(v: Rec, key = 'data_categories'): Inline {
    const cats = idsOrAll(v, key);
    if (cats === undefined || (Array.isArray(cats) && cats.length === 0)) return this.miss();
    if (cats === 'all') return `${this.t(T.all)}`;
    return cats.map((id) => this.dataCatLabel(id)).join(', ');
  }

  dataCatLabel(id: string): string {
    const e = this.m.dataCategoryById.get(id);
    return str(e?.v, 'label') ?? own(DATA_CATEGORY, id)?.[this.lang] ?? id;
  }

  regCats(v: Rec, key = 'registered_categories'): Inline {
    const cats = strList(v, key);
    if (cats === undefined || cats.length === 0) return this.miss();
    return cats.map((id) => str(this.m.registeredById.get(id)?.v, 'label') ?? id).join(', ');
  }

  unitNames(ids: string[] | 'all' | undefined): Inline {
    if (ids === undefined || (Array.isArray(ids) && ids.length === 0)) return this.miss();
    if (ids === 'all') return this.t(T.all);
    return ids.map((id) => str(this.m.unitById.get(id)?.v, 'name') ?? id).join(', ');
  }

  systemName(id: string | undefined): Inline {
    if (id === undefined) return this.miss();
    const s = this.m.systemById.get(id);
    return str(s?.v, 'name') ?? id;
  }

  roleName(id: string | undefined): Inline {
    if (id === undefined) return this.miss();
    return str(this.m.roleById.get(id)?.v, 'label') ?? id;
  }

  /** Patient scope with the units of `listed_units`. */
  scope(v: Rec): Inline {
    const ps = str(v, 'patient_scope');
    if (ps === undefined) return this.miss();
    const label = codeLabel('patient_scope', ps, this.lang);
    const units = strList(v, 'units');
    return units && units.length ? `${label}: ${(this.unitNames(units) as string)}` : label;
  }

  placementCells(pl: RiskPlacement | undefined): Cell[] {
    if (!pl) return [this.miss(), this.miss(), this.miss()];
    return [
      `${pl.p}`,
      `${pl.s}`,
      { t: levelText(pl.level, pl.value, this.lang), level: pl.level },
    ];
  }

  levelSpan(pl: RiskPlacement | undefined, suffix = ''): Inline {
    if (!pl) return this.miss();
    return { t: `${levelText(pl.level, pl.value, this.lang)}${suffix}`, level: pl.level };
  }

  /** For a category the analysis marks absent (`present: false`): not a gap. */
  na(): Span {
    return { t: this.t(S.notApplicable), muted: true };
  }

  // -------------------------------------------------------------------------------------------------------------

  findingCounts(c: Record<Severity, number>): string {
    const parts = (['error', 'warning', 'info'] as Severity[]).map((s) => plural(c[s], COUNT[s], this.lang));
    return parts.join(', ');
  }

  descRationale(v: Rec): Cell {
    const lines: Inline[][] = [];
    const d = str(v, 'description');
    const r = str(v, 'rationale');
    if (d) lines.push([d]);
    if (r) lines.push([{ t: `${this.t(T.rationale)}:`, strong: true }, ' ', r]);
    return lines.length ? { lines } : '–';
  }

  measuresOf(r: Ent): Rec[] {
    return Array.isArray(r.v.measures) ? r.v.measures.filter(isRec) : [];
  }

  /** `R01 (Hög → Medel)` */
  riskRef(id: string): Inline[] {
    const mr = this.riskMap.get(id);
    if (!mr) return [{ t: id, code: true }, ' ', { t: `(${this.t(T.unknownRef)})`, missing: true }];
    const out: Inline[] = [{ t: id, code: true }];
    if (mr.before) {
      out.push(' ', { t: codeLabel('risk_level', mr.before.level, this.lang), level: mr.before.level });
      if (mr.after && !mr.after.assumed) out.push(' → ', { t: codeLabel('risk_level', mr.after.level, this.lang), level: mr.after.level });
    }
    return out;
  }
}

/** The file name of a path (the report shows it when there are several files). */
export function baseName(p: string): string {
  return p.replace(/\\/g, '/').split('/').pop() ?? p;
}
