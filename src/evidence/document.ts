/**
 * Builds the evidence document (ir.ts) of an analysis and its access matrices: what a care provider shows IMY
 * (GDPR art. 5.2). Pure: texts and findings in, blocks out. Free text is reproduced as written (Swedish); labels,
 * headings and codes follow `lang`.
 */
import { positionAt } from '../engine';
import type { Bilingual, FileResult, Finding, Lang, Severity } from '../model';
import { parse } from '../yaml';
import type { ParsedDoc } from '../yaml';
import { codeLabel, own } from './labels';
import { buildModel, bool, idsOrAll, int, isRec, rec, str, strList } from '../domain/model';
import type { Ent, Model, Rec } from '../domain/model';
import { SENSITIVE_SPECIALTIES, matchedNeed } from '../domain/shared';
import { ruleMeta } from '../rules';
import { DATA_CATEGORY } from '../domain/labels';
import type { Block, Cell, EvidenceDoc, Inline, Span } from './ir';
import { levelText, riskMapData } from './riskmap';
import type { RiskMapData, RiskMapRisk, RiskPlacement } from './riskmap';
import { plural } from '../i18n';
import { COUNT, S, findingMark, findingsByEntry, gridSection, provenanceMeta, provenanceSection, signatureSection, versionsSection } from './sections';
import type { Provenance, SectionHost } from './sections';

export interface EvidenceInput {
  /** The analysis (its text and its findings). */
  analysis: FileResult;
  /** Access matrices kept in their own files that refer to the analysis (their entries and findings). */
  matrices?: FileResult[];
  /** The model, when the caller has one (else it is built from the texts). */
  model?: Model;
}

export interface EvidenceContext {
  lang: Lang;
  /** Evaluation date of the findings, YYYY-MM-DD. */
  asOf: string;
  /** Tool version. */
  version: string;
  /** What the report was made from (git commit, file checksums), computed by the caller; no section without it. */
  provenance?: Provenance;
}

export function toInput(x: EvidenceInput | FileResult): EvidenceInput {
  return 'analysis' in x ? x : { analysis: x };
}

// ---------------------------------------------------------------------------------------------------------------
// texts

const b = (sv: string, en: string): Bilingual => ({ sv, en });

export const T = {
  fallbackTitle: b('Behovs- och riskanalys', 'Needs-and-risk analysis'),
  reportKind: b('Redovisning av behovs- och riskanalys och behörighetstilldelning', 'Report of the needs-and-risk analysis and the assignment of access'),
  sourceFile: b('Analysfil', 'Analysis file'),
  matrixFiles: b('Behörighetsmatris i egen fil', 'Access matrix in its own file'),
  asOf: b('Bedömningsdag för fynden', 'Evaluation date of the findings'),
  tool: b('Framtagen med', 'Produced with'),
  footer: b(
    'Rapporten återger analysen som den är skriven. Fynden är verktygets kontroll mot IMY:s förväntningar och ersätter inte verksamhetens egen bedömning.',
    'The report reproduces the analysis as written. The findings are the tool\'s check against IMY\'s expectations and do not replace the organisation\'s own assessment.',
  ),
  missing: b('saknas', 'not stated'),
  yes: b('Ja', 'Yes'),
  no: b('Nej', 'No'),
  all: b('Alla', 'All'),
  none: b('Inga', 'None'),
  // summary
  summary: b('Sammanfattning', 'Summary'),
  summaryFindings: b('Öppna fynd', 'Open findings'),
  summaryCounts: b('Omfattning av analysen', 'Extent of the analysis'),
  nSystems: b('System', 'Systems'),
  nRoles: b('Personalkategorier', 'Staff categories'),
  nNeeds: b('Behov', 'Needs'),
  nRisks: b('Risker', 'Risks'),
  nSras: b('Särskilda riskbedömningar', 'Special risk assessments'),
  nEntries: b('Behörigheter i matrisen', 'Access matrix entries'),
  levelsBefore: b('Risknivåer före åtgärder', 'Risk levels before measures'),
  levelsAfter: b('Risknivåer efter åtgärder', 'Risk levels after measures'),
  notPlaced: b('ej bedömda', 'not assessed'),
  // sections
  sDocument: b('Dokument och fastställande', 'Document and approval'),
  sScope: b('Omfattning och system', 'Scope and systems'),
  sData: b('Kategorier av uppgifter', 'Categories of data'),
  sRegistered: b('Kategorier av registrerade', 'Categories of data subjects'),
  sRoles: b('Personalkategorier, arbetsuppgifter och behov', 'Staff categories, tasks and needs'),
  sRisks: b('Risker', 'Risks'),
  sRiskMap: b('Riskkarta', 'Risk map'),
  sRiskTable: b('Risktabell', 'Risk table'),
  sRiskDetails: b('Riskerna i detalj', 'The risks in detail'),
  sSras: b('Särskilda riskbedömningar', 'Special risk assessments'),
  sMatrix: b('Behörighetsmatris', 'Access matrix'),
  sGovernance: b('Styrning av behörigheter', 'Access governance'),
  sLogs: b('Loggar och loggkontroller', 'Logs and log controls'),
  sFindings: b('Öppna fynd', 'Open findings'),
  // document
  docId: b('Dokument-id', 'Document id'),
  title: b('Rubrik', 'Title'),
  version: b('Version', 'Version'),
  status: b('Status', 'Status'),
  provider: b('Vårdgivare (personuppgiftsansvarig)', 'Care provider (controller)'),
  orgNumber: b('Organisationsnummer', 'Organisation number'),
  providerKind: b('Typ av vårdgivare', 'Kind of provider'),
  preparedBy: b('Upprättad av', 'Prepared by'),
  approval: b('Fastställd', 'Approved'),
  approvedText: b('{date} av {by}', '{date} by {by}'),
  notApproved: b('Analysen är inte fastställd.', 'The analysis is not approved.'),
  previous: b('Tidigare fastställda versioner', 'Previously approved versions'),
  nextReview: b('Nästa översyn', 'Next review'),
  // scope
  scopeDesc: b('Beskrivning av omfattningen', 'Description of the scope'),
  careUnits: b('Vårdenheter och vårdprocesser', 'Care units and processes'),
  id: b('Id', 'Id'),
  name: b('Namn', 'Name'),
  specialty: b('Specialitet', 'Specialty'),
  sensitiveUnit: b('Särskilt integritetskänslig', 'Particularly privacy-sensitive'),
  systems: b('System: omfattning och skala', 'Systems: scope and scale'),
  system: b('System', 'System'),
  vendor: b('Leverantör', 'Vendor'),
  regimes: b('Regelverk för åtkomst', 'Access regimes'),
  regime: b('Regelverk', 'Regime'),
  sjfRole: b('Roll i sammanhållen vård- och omsorgsdokumentation', 'Role in coherent health and social care documentation'),
  patients: b('Registrerade patienter', 'Registered patients'),
  users: b('Användare med behörighet', 'Users with access'),
  accounts: b('Individuella konton', 'Individual accounts'),
  inUse: b('I drift sedan', 'In use since'),
  logging: b('Loggning per system', 'Logging per system'),
  logAction: b('Åtgärd', 'Action'),
  logUnit: b('Vårdenhet/-process', 'Care unit/process'),
  logTime: b('Tidpunkt', 'Time'),
  logUser: b('Användare', 'User'),
  logPatient: b('Patient', 'Patient'),
  logRetention: b('Lagring (år)', 'Retention (years)'),
  logHolder: b('Loggar förvaras hos', 'Logs kept by'),
  // categories
  label: b('Benämning', 'Label'),
  present: b('Förekommer', 'Present'),
  sensitivity: b('Känslighet', 'Sensitivity'),
  inSystems: b('I system', 'In systems'),
  descRationale: b('Beskrivning / motivering', 'Description / rationale'),
  estimated: b('Uppskattat antal', 'Estimated number'),
  allSystems: b('alla', 'all'),
  // roles
  staffCategory: b('Yrkeskategori', 'Staff category'),
  units: b('Vårdenheter', 'Care units'),
  headcount: b('Antal personer', 'Headcount'),
  crossUnit: b('Enhetsövergripande funktion', 'Cross-unit function'),
  individualOriented: b('Individorienterade arbetsuppgifter', 'Individual-oriented tasks'),
  externalOrg: b('Annan organisation', 'Other organisation'),
  tasks: b('Arbetsuppgifter', 'Tasks'),
  needs: b('Behov av åtkomst', 'Needs of access'),
  need: b('Behov', 'Need'),
  dataCategories: b('Uppgifter', 'Data'),
  patientScope: b('Patienter', 'Patients'),
  identifiability: b('Identifierbarhet', 'Identifiability'),
  when: b('När', 'When'),
  context: b('Sammanhang', 'Context'),
  noNeeds: b('Inga behov är beskrivna för personalkategorin.', 'No needs are described for the staff category.'),
  noTasks: b('Inga arbetsuppgifter är beskrivna.', 'No tasks are described.'),
  noRoles: b('Analysen beskriver inga personalkategorier.', 'The analysis describes no staff categories.'),
  // risks
  risk: b('Risk', 'Risk'),
  threat: b('Typ av hot', 'Threat'),
  probabilityShort: b('Sannolikhet', 'Probability'),
  severityShort: b('Konsekvens', 'Severity'),
  level: b('Risknivå', 'Risk level'),
  measures: b('Åtgärder', 'Measures'),
  residual: b('Restrisk', 'Residual risk'),
  statedLevel: b('angiven: {level}', 'stated: {level}'),
  scenario: b('Scenario', 'Scenario'),
  affects: b('Omfattar', 'Covers'),
  consequences: b('Negativa konsekvenser för de registrerade', 'Negative consequences for the data subjects'),
  scaleImpact: b('Omfattningens påverkan', 'Effect of the scale'),
  roles: b('Roller', 'Roles'),
  registeredCats: b('Kategorier av registrerade', 'Categories of data subjects'),
  measureKind: b('Typ', 'Kind'),
  description: b('Beskrivning', 'Description'),
  measureStatus: b('Status', 'Status'),
  due: b('Klart', 'Due'),
  owner: b('Ansvarig', 'Owner'),
  acceptedBy: b('Accepterad av', 'Accepted by'),
  rationale: b('Motivering', 'Rationale'),
  residualAssumed: b('ej angiven', 'not stated'),
  noRisks: b('Analysen beskriver inga risker.', 'The analysis describes no risks.'),
  noMeasures: b('Inga åtgärder.', 'No measures.'),
  mapIntro: b(
    'Varje risk placeras efter sannolikhet (lodrätt, 4 överst) och konsekvens för den registrerade (vågrätt) enligt den fasta 4×4-matrisen: Låg (1–3), Medel (4–6), Hög (8–9), Mycket hög (12–16). Den första kartan visar riskerna före åtgärder, den andra efter åtgärder (restrisk).',
    'Each risk is placed by probability (vertical, 4 at the top) and severity for the data subject (horizontal) in the fixed 4×4 matrix: Low (1–3), Medium (4–6), High (8–9), Very high (12–16). The first map shows the risks before measures, the second after measures (residual risk).',
  ),
  // SRAs
  assessment: b('Bedömning', 'Assessment'),
  linkedRisks: b('Kopplade risker', 'Linked risks'),
  noSras: b('Analysen innehåller inga särskilda riskbedömningar.', 'The analysis contains no special risk assessments.'),
  // matrix
  entry: b('Behörighet', 'Entry'),
  role: b('Roll', 'Role'),
  conditions: b('Villkor', 'Conditions'),
  operations: b('Funktioner', 'Operations'),
  timeLimit: b('Tidsgräns', 'Time limit'),
  justifiedBy: b('Grundas på behov', 'Rests on need'),
  risksConsidered: b('Beaktade risker', 'Risks considered'),
  validFrom: b('Gäller från', 'Valid from'),
  inFile: b('Fil', 'File'),
  implicitNeed: b('(ingen hänvisning; matchar {ids})', '(no reference; matches {ids})'),
  noMatrix: b('Det finns ingen behörighetsmatris.', 'There is no access matrix.'),
  unknownRef: b('finns inte i analysen', 'not in the analysis'),
  // governance
  instructions: b('Anvisning för tilldelning', 'Assignment instructions'),
  responsible: b('Ansvarig', 'Responsible'),
  review: b('Uppföljning av behörigheter', 'Review of access'),
  interval: b('Intervall', 'Interval'),
  lastPerformed: b('Senast genomförd', 'Last performed'),
  method: b('Metod', 'Method'),
  triggers: b('Händelser som utlöser översyn', 'Events that trigger a review'),
  noGovernance: b('Analysen beskriver inte hur behörigheter tilldelas och följs upp.', 'The analysis does not describe how access is assigned and reviewed.'),
  // logs
  logControl: b('Loggkontroll', 'Log control'),
  selection: b('Urval', 'Selection'),
  criteria: b('Kriterier för riktat urval', 'Criteria of targeted selection'),
  documented: b('Dokumenteras', 'Documented'),
  staffInformed: b('Personalen informerad', 'Staff informed'),
  guideline: b('Riktlinje för obehörig åtkomst', 'Guideline on unauthorised access'),
  onSuspicion: b('Kontroll vid misstanke', 'Check on suspicion'),
  noLogControls: b('Analysen beskriver inga loggkontroller.', 'The analysis describes no log controls.'),
  // findings
  rule: b('Regel', 'Rule'),
  severity: b('Allvarlighet', 'Severity'),
  message: b('Fynd', 'Finding'),
  location: b('Plats', 'Location'),
  legal: b('Rättsliga källor', 'Legal sources'),
  lineCol: b('rad {line}, kolumn {column}', 'line {line}, column {column}'),
  noFindings: b('Inga öppna fynd per {asOf}.', 'No open findings as of {asOf}.'),
  findingsIntro: b(
    'Kontroll mot regelkatalogen BRA001–BRA045 per {asOf}: {counts}. Rapporten tas fram även när det finns fynd; den är ett underlag, inte ett godkännande.',
    'Check against the rule catalogue BRA001–BRA045 as of {asOf}: {counts}. The report is produced even when there are findings; it is evidence, not an approval.',
  ),
  notAnalysis: b(
    'Filen kunde inte läsas som en behovs- och riskanalys (se fynden). Avsnitten nedan är därför tomma.',
    'The file could not be read as a needs-and-risk analysis (see the findings). The sections below are therefore empty.',
  ),
} satisfies Record<string, Bilingual>;

export const SEVERITY_TEXT: Record<Severity, Bilingual> = {
  error: b('Fel', 'Error'),
  warning: b('Varning', 'Warning'),
  info: b('Information', 'Info'),
};

function fill(tpl: string, args: Record<string, string | number>): string {
  return tpl.replace(/\{(\w+)\}/g, (w, k: string) => (args[k] === undefined ? w : String(args[k])));
}

// ---------------------------------------------------------------------------------------------------------------
// code labels from the schema (x-label-sv / x-label-en)

export { codeLabel, own } from './labels';

// ---------------------------------------------------------------------------------------------------------------
// builder

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

  document(): Block {
    const d = this.m.document;
    const cp = rec(d, 'care_provider');
    const prepared = Array.isArray(d?.prepared_by) ? d!.prepared_by.filter(isRec) : [];
    const approved = rec(d, 'approved');
    const prev = Array.isArray(d?.previous_approvals) ? d!.previous_approvals.filter(isRec) : [];
    const approvalCell: Cell = approved && (str(approved, 'date') || str(approved, 'by'))
      ? [
          this.t(T.approvedText, { date: str(approved, 'date') ?? this.t(T.missing), by: str(approved, 'by') ?? this.t(T.missing) }) +
            (str(approved, 'role') ? ` (${str(approved, 'role')})` : ''),
        ]
      : [{ t: this.t(T.notApproved), missing: true }];
    const rows: [string, Cell][] = [
      [this.t(T.docId), this.text(d, 'id')],
      [this.t(T.title), this.text(d, 'title')],
      [this.t(T.version), this.text(d, 'version')],
      [this.t(T.status), this.code('document_status', d, 'status')],
      [this.t(T.provider), this.text(cp, 'name')],
      [this.t(T.orgNumber), this.text(cp, 'org_number')],
      [this.t(T.providerKind), this.code('provider_kind', cp, 'kind')],
      [
        this.t(T.preparedBy),
        prepared.length
          ? { lines: prepared.map((p) => [`${str(p, 'name') ?? this.t(T.missing)} – ${codeLabel('preparer_function', str(p, 'function') ?? '', this.lang) || this.t(T.missing)}`]) }
          : this.miss(),
      ],
      [this.t(T.approval), approvalCell],
      [
        this.t(T.previous),
        prev.length
          ? { lines: prev.map((p) => [`${str(p, 'version') ?? '?'}: ${str(p, 'date') ?? this.t(T.missing)}${strList(p, 'systems')?.length ? ` (${strList(p, 'systems')!.join(', ')})` : ''}`]) }
          : this.t(T.none),
      ],
      [this.t(T.nextReview), this.text(d, 'next_review')],
    ];
    return { k: 'section', id: 'dokument', blocks: [{ k: 'h', level: 2, text: this.t(T.sDocument) }, { k: 'kv', rows }] };
  }

  summary(findings: { f: Finding }[]): Block {
    const counts = { error: 0, warning: 0, info: 0 };
    findings.forEach(({ f }) => counts[f.severity]++);
    const levelCounts = (phase: 'before' | 'after'): Inline[] => {
      const c: Record<string, number> = { low: 0, medium: 0, high: 0, very_high: 0 };
      let un = 0;
      for (const r of this.map.risks) {
        const pl = r[phase];
        if (pl) c[pl.level]++;
        else un++;
      }
      const parts: Inline[] = [];
      (['very_high', 'high', 'medium', 'low'] as const).forEach((l) => {
        if (parts.length) parts.push(', ');
        parts.push({ t: `${codeLabel('risk_level', l, this.lang)}: ${c[l]}`, level: l });
      });
      if (un) parts.push(`, ${this.t(T.notPlaced)}: ${un}`);
      return parts;
    };
    const rows: [string, Cell][] = [
      [this.t(T.summaryFindings), this.findingCounts(counts)],
      [this.t(T.nSystems), `${this.m.systems.length}`],
      [this.t(T.nRoles), `${this.m.roles.length}`],
      [this.t(T.nNeeds), `${this.m.needs.length}`],
      [this.t(T.nRisks), `${this.m.risks.length}`],
      [this.t(T.levelsBefore), this.m.risks.length ? levelCounts('before') : this.t(T.none)],
      [this.t(T.levelsAfter), this.m.risks.length ? levelCounts('after') : this.t(T.none)],
      [this.t(T.nSras), `${this.m.sras.length}`],
      [this.t(T.nEntries), `${this.m.entries.length}`],
    ];
    return { k: 'section', id: 'sammanfattning', blocks: [{ k: 'h', level: 2, text: this.t(T.summary) }, { k: 'kv', rows }] };
  }

  findingCounts(c: Record<Severity, number>): string {
    const parts = (['error', 'warning', 'info'] as Severity[]).map((s) => plural(c[s], COUNT[s], this.lang));
    return parts.join(', ');
  }

  scopeSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sScope) }];
    const desc = str(this.m.scope, 'description');
    blocks.push({ k: 'kv', rows: [[this.t(T.scopeDesc), desc ?? this.miss()]] });
    blocks.push({ k: 'h', level: 3, text: this.t(T.careUnits) });
    if (this.m.careUnits.length) {
      blocks.push({
        k: 'table',
        head: [this.t(T.id), this.t(T.name), this.t(T.specialty), this.t(T.sensitiveUnit)],
        rowHeader: true,
        rows: this.m.careUnits.map((u) => {
          const sp = str(u.v, 'specialty');
          const sensitive = bool(u.v, 'sensitive') ?? (sp !== undefined ? SENSITIVE_SPECIALTIES.has(sp) : undefined);
          return [{ t: u.id ?? '', code: true }, this.text(u.v, 'name'), this.code('specialty', u.v, 'specialty'), this.yesNo(sensitive)];
        }),
      });
    } else blocks.push({ k: 'p', parts: [this.miss()] });
    blocks.push({ k: 'h', level: 3, text: this.t(T.systems) });
    if (this.m.systems.length) {
      blocks.push({
        k: 'table',
        head: [this.t(T.id), this.t(T.name), this.t(T.vendor), this.t(T.regimes), this.t(T.sjfRole), this.t(T.patients), this.t(T.users), this.t(T.accounts), this.t(T.inUse)],
        rowHeader: true,
        rows: this.m.systems.map((s) => [
          { t: s.id ?? '', code: true },
          this.text(s.v, 'name'),
          this.text(s.v, 'vendor'),
          this.codes('regime', strList(s.v, 'regimes')),
          str(s.v, 'sjf_role') ? codeLabel('sjf_role', str(s.v, 'sjf_role')!, this.lang) : '–',
          this.num(int(s.v, 'patients_registered')),
          this.num(int(s.v, 'users_with_access')),
          this.yesNo(bool(s.v, 'individual_accounts')),
          str(s.v, 'in_use_since') ?? '–',
        ]),
      });
      blocks.push({ k: 'h', level: 3, text: this.t(T.logging) });
      blocks.push({
        k: 'table',
        head: [this.t(T.system), this.t(T.logAction), this.t(T.logUnit), this.t(T.logTime), this.t(T.logUser), this.t(T.logPatient), this.t(T.logRetention), this.t(T.logHolder)],
        rowHeader: true,
        rows: this.m.systems.map((s) => {
          const l = rec(s.v, 'logging');
          return [
            this.systemName(s.id),
            this.yesNo(bool(l, 'action')),
            this.yesNo(bool(l, 'care_unit_or_process')),
            this.yesNo(bool(l, 'timestamp')),
            this.yesNo(bool(l, 'user_identity')),
            this.yesNo(bool(l, 'patient_identity')),
            typeof l?.retention_years === 'number' ? this.num(l.retention_years as number) : this.miss(),
            str(l, 'log_holder') ?? '–',
          ];
        }),
      });
    } else blocks.push({ k: 'p', parts: [this.miss()] });
    return { k: 'section', id: 'omfattning', blocks };
  }

  dataSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sData) }];
    if (this.m.dataCategories.length === 0) blocks.push({ k: 'p', parts: [{ t: this.t(T.missing), missing: true }] });
    else
      blocks.push({
        k: 'table',
        head: [this.t(T.id), this.t(T.label), this.t(T.present), this.t(T.sensitivity), this.t(T.inSystems), this.t(T.descRationale)],
        rowHeader: true,
        rows: this.m.dataCategories.map((c) => {
          const systems = strList(c.v, 'systems');
          const absent = bool(c.v, 'present') === false;
          return [
            { t: c.id ?? '', code: true },
            str(c.v, 'label') ?? (c.id ? this.dataCatLabel(c.id) : this.miss()),
            this.yesNo(bool(c.v, 'present')),
            absent && !str(c.v, 'sensitivity') ? this.na() : this.code('sensitivity', c.v, 'sensitivity'),
            systems && systems.length ? systems.map((s) => this.systemName(s) as string).join(', ') : absent ? this.na() : this.t(T.allSystems),
            this.descRationale(c.v),
          ];
        }),
      });
    return { k: 'section', id: 'uppgifter', blocks };
  }

  descRationale(v: Rec): Cell {
    const lines: Inline[][] = [];
    const d = str(v, 'description');
    const r = str(v, 'rationale');
    if (d) lines.push([d]);
    if (r) lines.push([{ t: `${this.t(T.rationale)}:`, strong: true }, ' ', r]);
    return lines.length ? { lines } : '–';
  }

  registeredSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sRegistered) }];
    if (this.m.registeredCategories.length === 0) blocks.push({ k: 'p', parts: [{ t: this.t(T.missing), missing: true }] });
    else
      blocks.push({
        k: 'table',
        head: [this.t(T.id), this.t(T.label), this.t(T.present), this.t(T.estimated), this.t(T.descRationale)],
        rowHeader: true,
        rows: this.m.registeredCategories.map((c) => [
          { t: c.id ?? '', code: true },
          str(c.v, 'label') ?? c.id ?? this.miss(),
          this.yesNo(bool(c.v, 'present')),
          typeof c.v.estimated_count === 'number' ? this.num(c.v.estimated_count) : bool(c.v, 'present') === false ? this.na() : '–',
          this.descRationale(c.v),
        ]),
      });
    return { k: 'section', id: 'registrerade', blocks };
  }

  rolesSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sRoles) }];
    if (this.m.roles.length === 0) blocks.push({ k: 'p', parts: [{ t: this.t(T.noRoles), missing: true }] });
    for (const r of this.m.roles) {
      const label = str(r.v, 'label');
      blocks.push({ k: 'h', level: 3, text: label ? `${label} (${r.id ?? `#${r.index + 1}`})` : r.id ?? `#${r.index + 1}`, id: r.id ? `roll-${r.id}` : undefined });
      const rows: [string, Cell][] = [
        [this.t(T.staffCategory), this.code('staff_category', r.v, 'staff_category')],
        [this.t(T.units), this.unitNames(idsOrAll(r.v, 'units'))],
        [this.t(T.headcount), this.num(int(r.v, 'headcount'))],
      ];
      const cross = bool(r.v, 'cross_unit_function');
      if (cross !== undefined) rows.push([this.t(T.crossUnit), cross && str(r.v, 'cross_unit_rationale') ? `${this.t(T.yes)}: ${str(r.v, 'cross_unit_rationale')}` : this.yesNo(cross)]);
      const io = bool(r.v, 'individual_oriented');
      if (io !== undefined) rows.push([this.t(T.individualOriented), this.yesNo(io)]);
      if (str(r.v, 'external_organisation')) rows.push([this.t(T.externalOrg), str(r.v, 'external_organisation')!]);
      const tasks = strList(r.v, 'tasks') ?? [];
      rows.push([this.t(T.tasks), tasks.length ? { lines: tasks.map((x) => [`• ${x}`]) } : { t: this.t(T.noTasks), missing: true }]);
      blocks.push({ k: 'kv', rows });
      const needs = this.m.needs.filter((n) => n.role === r);
      if (needs.length === 0) blocks.push({ k: 'p', parts: [{ t: this.t(T.noNeeds), missing: true }] });
      else
        blocks.push({
          k: 'table',
          caption: `${this.t(T.needs)}: ${label ?? r.id ?? ''}`,
          head: [this.t(T.need), this.t(T.system), this.t(T.regime), this.t(T.dataCategories), this.t(T.patientScope), this.t(T.identifiability), this.t(T.when), this.t(T.context)],
          rowHeader: true,
          rows: needs.map((n) => [
            { t: n.id ?? `#${n.index + 1}`, code: true },
            this.systemName(str(n.v, 'system')),
            this.code('regime', n.v, 'regime'),
            this.dataCats(n.v),
            this.scope(n.v),
            codeLabel('identifiability', str(n.v, 'identifiability') ?? 'identified', this.lang),
            this.text(n.v, 'when'),
            this.text(n.v, 'context'),
          ]),
        });
    }
    return { k: 'section', id: 'roller', blocks, page: true };
  }

  measuresOf(r: Ent): Rec[] {
    return Array.isArray(r.v.measures) ? r.v.measures.filter(isRec) : [];
  }

  risksSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sRisks) }];
    if (this.m.risks.length === 0) {
      blocks.push({ k: 'p', parts: [{ t: this.t(T.noRisks), missing: true }] });
      return { k: 'section', id: 'risker', blocks, page: true };
    }
    blocks.push({ k: 'h', level: 3, text: this.t(T.sRiskMap), id: 'riskkarta' });
    blocks.push({ k: 'p', parts: [this.t(T.mapIntro)], cls: 'note' });
    blocks.push({ k: 'riskmap', data: this.map });
    blocks.push({ k: 'h', level: 3, text: this.t(T.sRiskTable) });
    blocks.push({
      k: 'table',
      cls: 'risktable',
      head: [this.t(T.id), this.t(T.risk), this.t(T.probabilityShort), this.t(T.severityShort), this.t(T.level), this.t(T.measures), this.t(T.residual)],
      rowHeader: true,
      rows: this.map.risks.map((mr) => {
        const r = this.m.risks[mr.index];
        const [p, s, lvl] = this.placementCells(mr.before);
        const stated = str(r.v, 'level');
        const levelCell: Cell =
          stated && mr.before && stated !== mr.before.level
            ? [lvl as Inline, ` (${this.t(T.statedLevel, { level: codeLabel('risk_level', stated, this.lang) })})`]
            : lvl;
        const ms = this.measuresOf(r);
        const measures: Cell = ms.length
          ? { lines: ms.map((x) => [`${str(x, 'id') ?? '–'}: ${codeLabel('measure_kind', str(x, 'kind') ?? '', this.lang) || this.t(T.missing)}${str(x, 'status') === 'planned' ? ` (${codeLabel('measure_status', 'planned', this.lang).toLowerCase()})` : ''}`]) }
          : { t: this.t(T.noMeasures), missing: true };
        let residual: Cell;
        if (mr.after && !mr.after.assumed) {
          residual = [{ t: `${mr.after.p}×${mr.after.s}: ${levelText(mr.after.level, mr.after.value, this.lang)}`, level: mr.after.level }];
          const acc = rec(r.v, 'residual');
          if (str(acc, 'accepted_by')) residual = { lines: [residual as Inline[], [`${this.t(T.acceptedBy)} ${str(acc, 'accepted_by')}${str(acc, 'accepted_date') ? `, ${str(acc, 'accepted_date')}` : ''}`]] };
        } else if (mr.after?.assumed) residual = { t: this.t(T.residualAssumed), muted: true };
        else residual = this.miss();
        return [{ t: mr.id, code: true }, str(r.v, 'title') ?? this.miss(), p, s, levelCell, measures, residual];
      }),
    });
    blocks.push({ k: 'h', level: 3, text: this.t(T.sRiskDetails) });
    for (const mr of this.map.risks) {
      const r = this.m.risks[mr.index];
      const title = str(r.v, 'title');
      blocks.push({ k: 'h', level: 4, text: title ? `${mr.id} – ${title}` : mr.id, id: `risk-${mr.id}` });
      const cons = Array.isArray(r.v.consequences) ? r.v.consequences.filter(isRec) : [];
      const residualRec = rec(r.v, 'residual');
      const rows: [string, Cell][] = [];
      if (str(r.v, 'description')) rows.push([this.t(T.scenario), str(r.v, 'description')!]);
      rows.push([this.t(T.threat), this.code('threat_type', r.v, 'threat_type')]);
      rows.push([
        this.t(T.affects),
        {
          lines: [
            [{ t: `${this.t(T.regimes)}:`, strong: true }, ' ', this.codes('regime', strList(r.v, 'regimes'))],
            [{ t: `${this.t(T.system)}:`, strong: true }, ' ', (strList(r.v, 'systems') ?? []).map((s) => this.systemName(s) as string).join(', ') || this.miss()],
            [{ t: `${this.t(T.dataCategories)}:`, strong: true }, ' ', this.dataCats(r.v)],
            [{ t: `${this.t(T.registeredCats)}:`, strong: true }, ' ', this.regCats(r.v)],
            ...(strList(r.v, 'roles')?.length ? [[{ t: `${this.t(T.roles)}:`, strong: true }, ' ', strList(r.v, 'roles')!.map((x) => this.roleName(x) as string).join(', ')] as Inline[]] : []),
          ],
        },
      ]);
      rows.push([
        this.t(T.consequences),
        cons.length ? { lines: cons.map((c) => [{ t: `${codeLabel('consequence_type', str(c, 'type') ?? '', this.lang) || '–'}:`, strong: true }, ' ', str(c, 'description') ?? this.miss()]) } : this.miss(),
      ]);
      rows.push([this.t(T.scaleImpact), this.text(r.v, 'scale_impact')]);
      rows.push([`${this.t(T.probabilityShort)} × ${this.t(T.severityShort)}`, mr.before ? [`${mr.before.p} × ${mr.before.s} = `, this.levelSpan(mr.before)] : this.miss()]);
      rows.push([
        this.t(T.residual),
        mr.after && !mr.after.assumed
          ? {
              lines: [
                [`${mr.after.p} × ${mr.after.s} = `, this.levelSpan(mr.after)],
                ...(str(residualRec, 'accepted_by') ? [[`${this.t(T.acceptedBy)}: ${str(residualRec, 'accepted_by')}${str(residualRec, 'accepted_date') ? ` (${str(residualRec, 'accepted_date')})` : ''}`]] : []),
                ...(str(residualRec, 'rationale') ? [[`${this.t(T.rationale)}: ${str(residualRec, 'rationale')}`]] : []),
              ],
            }
          : mr.after?.assumed
            ? { t: this.t(T.residualAssumed), muted: true }
            : this.miss(),
      ]);
      blocks.push({ k: 'kv', rows });
      const ms = this.measuresOf(r);
      if (ms.length)
        blocks.push({
          k: 'table',
          caption: `${this.t(T.measures)}: ${mr.id}`,
          head: [this.t(T.id), this.t(T.measureKind), this.t(T.description), this.t(T.measureStatus), this.t(T.owner)],
          rowHeader: true,
          rows: ms.map((x) => [
            { t: str(x, 'id') ?? '–', code: true },
            this.code('measure_kind', x, 'kind'),
            this.text(x, 'description'),
            str(x, 'status') ? `${codeLabel('measure_status', str(x, 'status')!, this.lang)}${str(x, 'due') ? ` (${this.t(T.due).toLowerCase()} ${str(x, 'due')})` : ''}` : this.miss(),
            str(x, 'owner') ?? '–',
          ]),
        });
      else blocks.push({ k: 'p', parts: [{ t: `${this.t(T.measures)}: ${this.t(T.noMeasures)}`, missing: true }] });
    }
    return { k: 'section', id: 'risker', blocks, page: true };
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

  srasSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sSras) }];
    if (this.m.sras.length === 0) blocks.push({ k: 'p', parts: [{ t: this.t(T.noSras), missing: true }] });
    for (const s of this.m.sras) {
      const title = str(s.v, 'title');
      blocks.push({ k: 'h', level: 3, text: title ? `${s.id ?? ''} – ${title}` : s.id ?? `#${s.index + 1}` });
      const risks = strList(s.v, 'risks') ?? [];
      const rows: [string, Cell][] = [];
      if (strList(s.v, 'registered_categories')?.length) rows.push([this.t(T.registeredCats), this.regCats(s.v)]);
      if (idsOrAll(s.v, 'data_categories') !== undefined) rows.push([this.t(T.sData), this.dataCats(s.v)]);
      if (strList(s.v, 'care_units')?.length) rows.push([this.t(T.units), this.unitNames(strList(s.v, 'care_units'))]);
      rows.push([this.t(T.assessment), this.text(s.v, 'assessment')]);
      rows.push([this.t(T.linkedRisks), risks.length ? { lines: risks.map((id) => this.riskRef(id)) } : this.miss()]);
      // ids of risk measures, and measures the assessment lists inline (objects as in risks[].measures)
      const ms = (Array.isArray(s.v.measures) ? s.v.measures : []).map((x) => (isRec(x) ? [str(x, 'id'), str(x, 'description') ?? str(x, 'kind')].filter(Boolean).join(': ') : typeof x === 'string' ? x.trim() : '')).filter(Boolean);
      if (ms.length) rows.push([this.t(T.measures), ms.join(', ')]);
      blocks.push({ k: 'kv', rows });
    }
    return { k: 'section', id: 'sarskilda', blocks };
  }

  matrixSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sMatrix) }];
    if (this.m.entries.length === 0) {
      blocks.push({ k: 'p', parts: [{ t: this.t(T.noMatrix), missing: true }] });
      return { k: 'section', id: 'matris', blocks, page: true };
    }
    const files = [...new Set(this.m.entries.map((e) => this.paths.get(e.doc) ?? ''))];
    const showFile = files.length > 1 || (files[0] !== undefined && files[0] !== this.paths.get(this.m.analysis));
    if (showFile) blocks.push({ k: 'p', parts: [`${this.t(T.matrixFiles)}: `, ...files.filter((f) => f !== this.paths.get(this.m.analysis)).flatMap((f, i) => [i ? ', ' : '', { t: f, code: true }])], cls: 'note' });
    if (this.entryFindings.size) blocks.push({ k: 'p', parts: [plural(this.entryFindings.size, COUNT.marked, this.lang)], cls: 'note' });
    blocks.push({
      k: 'table',
      cls: 'matrix',
      head: [this.t(T.entry), this.t(T.role), this.t(T.system), this.t(T.dataCategories), this.t(T.patientScope), this.t(T.conditions), this.t(T.justifiedBy), this.t(T.risksConsidered)],
      rowHeader: true,
      rows: this.m.entries.map((e) => {
        const lines: Inline[][] = [];
        const justified = strList(e.v, 'justified_by') ?? [];
        for (const id of justified) {
          const n = this.m.needById.get(id);
          if (!n) lines.push([{ t: id, code: true }, ' ', { t: `(${this.t(T.unknownRef)})`, missing: true }]);
          else {
            const ps = str(n.v, 'patient_scope');
            lines.push([{ t: id, code: true }, ps ? `: ${codeLabel('patient_scope', ps, this.lang)}` : '']);
          }
        }
        if (justified.length === 0) {
          const mn = matchedNeed(this.m, e);
          if (mn) lines.push([{ t: this.t(T.implicitNeed, { ids: mn.needs.map((n) => n.id ?? '?').join(', ') }), muted: true }]);
          else lines.push([this.miss()]);
        }
        const risks = strList(e.v, 'risks_considered') ?? [];
        const ops = strList(e.v, 'operations');
        const sysLines: Inline[][] = [[this.systemName(str(e.v, 'system'))], [{ t: this.plain(this.code('regime', e.v, 'regime')), muted: true }]];
        const scopeLines: Inline[][] = [[this.scope(e.v)]];
        if (str(e.v, 'identifiability') === 'pseudonymised') scopeLines.push([{ t: codeLabel('identifiability', 'pseudonymised', this.lang), muted: true }]);
        const condLines: Inline[][] = [];
        const conds = strList(e.v, 'conditions') ?? [];
        if (conds.length) condLines.push(...conds.map((c) => [codeLabel('condition', c, this.lang)] as Inline[]));
        else condLines.push([{ t: this.t(T.none), muted: true }]);
        if (str(e.v, 'time_limit')) condLines.push([`${this.t(T.timeLimit)}: ${str(e.v, 'time_limit')}`]);
        if (ops?.length) condLines.push([{ t: `${this.t(T.operations)}: ${ops.map((o) => codeLabel('operation', o, this.lang).toLowerCase()).join(', ')}`, muted: true }]);
        const idCell: Inline[][] = [[{ t: e.id ?? `#${e.index + 1}`, code: true }]];
        const vf = str(e.v, 'valid_from');
        idCell.push([{ t: `${this.t(T.validFrom).toLowerCase()}`, muted: true }], [vf ?? this.miss()]);
        if (files.length > 1) idCell.push([{ t: baseName(this.paths.get(e.doc) ?? ''), muted: true }]);
        const open = this.entryFindings.get(e);
        if (open) idCell.push(...findingMark(this, open));
        return [
          { lines: idCell },
          this.roleName(str(e.v, 'role')),
          { lines: sysLines },
          this.dataCats(e.v),
          { lines: scopeLines },
          { lines: condLines },
          { lines },
          risks.length ? { lines: risks.map((id) => this.riskRef(id)) } : this.miss(),
        ];
      }),
    });
    return { k: 'section', id: 'matris', blocks, page: true };
  }

  governanceSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sGovernance) }];
    const g = this.m.governance;
    if (!g) {
      blocks.push({ k: 'p', parts: [{ t: this.t(T.noGovernance), missing: true }] });
      return { k: 'section', id: 'styrning', blocks };
    }
    const ai = rec(g, 'assignment_instructions');
    const rv = rec(g, 'review');
    const interval = int(rv, 'interval_months');
    blocks.push({
      k: 'kv',
      rows: [
        [this.t(T.instructions), this.text(ai, 'document_ref')],
        [`${this.t(T.instructions)}: ${this.t(T.responsible).toLowerCase()}`, this.text(ai, 'responsible')],
        [`${this.t(T.review)}: ${this.t(T.interval).toLowerCase()}`, interval === undefined ? this.miss() : plural(interval, COUNT.months, this.lang)],
        [this.t(T.lastPerformed), this.text(rv, 'last_performed')],
        [`${this.t(T.review)}: ${this.t(T.responsible).toLowerCase()}`, this.text(rv, 'responsible')],
        [this.t(T.method), this.text(rv, 'method')],
        [this.t(T.triggers), this.codes('review_trigger', strList(rv, 'triggers'))],
      ],
    });
    return { k: 'section', id: 'styrning', blocks };
  }

  logsSection(): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sLogs) }];
    if (this.m.logControls.length === 0) blocks.push({ k: 'p', parts: [{ t: this.t(T.noLogControls), missing: true }] });
    for (const l of this.m.logControls) {
      const crit = strList(l.v, 'targeted_criteria') ?? [];
      const days = int(l.v, 'interval_days');
      const id = l.id ?? `#${l.index + 1}`;
      blocks.push({ k: 'h', level: 3, text: `${this.t(T.logControl)} ${id}: ${this.plain(this.systemName(str(l.v, 'system')))}` });
      blocks.push({
        k: 'kv',
        rows: [
          [this.t(T.interval), days === undefined ? this.miss() : plural(days, COUNT.days, this.lang)],
          [this.t(T.selection), this.codes('log_selection', strList(l.v, 'selection'))],
          [this.t(T.criteria), crit.length ? { lines: crit.map((c) => [`• ${c}`]) } : '–'],
          [this.t(T.documented), this.yesNo(bool(l.v, 'documented'))],
          [this.t(T.responsible), this.text(l.v, 'responsible')],
          [this.t(T.staffInformed), this.yesNo(bool(l.v, 'staff_informed'))],
          [this.t(T.guideline), this.text(l.v, 'unauthorised_access_guideline')],
          [this.t(T.onSuspicion), this.yesNo(bool(l.v, 'on_suspicion'))],
        ],
      });
    }
    return { k: 'section', id: 'loggar', blocks };
  }

  findingsSection(findings: { f: Finding; path: string; text: string }[], asOf: string, fileCount: number): Block {
    const blocks: Block[] = [{ k: 'h', level: 2, text: this.t(T.sFindings) }];
    const counts = { error: 0, warning: 0, info: 0 };
    findings.forEach(({ f }) => counts[f.severity]++);
    if (findings.length === 0) {
      blocks.push({ k: 'p', parts: [this.t(T.noFindings, { asOf })] });
      return { k: 'section', id: 'fynd', blocks, page: true };
    }
    blocks.push({ k: 'p', parts: [this.t(T.findingsIntro, { asOf, counts: this.findingCounts(counts) })], cls: 'note' });
    const manyFiles = fileCount > 1;
    blocks.push({
      k: 'table',
      cls: 'findings',
      head: [this.t(T.rule), this.t(T.severity), this.t(T.message), this.t(T.location), this.t(T.legal)],
      rowHeader: true,
      rows: findings.map(({ f, path, text }) => {
        const meta = ruleMeta(f.rule);
        const pos = positionAt(text, f.span.start);
        const idCell: Inline[][] = [[{ t: f.rule, code: true, strong: true }]];
        if (meta) idCell.push([{ t: meta.title[this.lang], muted: true }]);
        return [
          { lines: idCell },
          { t: SEVERITY_TEXT[f.severity][this.lang], strong: f.severity === 'error' },
          f.message[this.lang],
          { lines: [[{ t: manyFiles ? `${baseName(path)}:${pos.line}:${pos.column}` : this.t(T.lineCol, { line: pos.line, column: pos.column }), code: manyFiles }], [{ t: f.location, code: true, muted: true }]] },
          meta && meta.legal.length ? { lines: meta.legal.map((l) => [`${l.act}, ${l.ref}${l.source ? ` (${l.source})` : ''}`]) } : '–',
        ];
      }),
    });
    return { k: 'section', id: 'fynd', blocks, page: true };
  }
}

function baseName(p: string): string {
  return p.replace(/\\/g, '/').split('/').pop() ?? p;
}


const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The evidence document of an analysis and its matrices. */
export function buildEvidence(input: EvidenceInput | FileResult, ctx: EvidenceContext): EvidenceDoc {
  const inp = toInput(input);
  const lang = ctx.lang;
  const paths = new Map<ParsedDoc, string>();
  let model = inp.model;
  if (!model) {
    const a = parse(inp.analysis.text);
    paths.set(a, inp.analysis.path);
    const ms = (inp.matrices ?? []).map((r) => {
      const p = parse(r.text);
      paths.set(p, r.path);
      return p;
    });
    model = buildModel(a, ms.filter((p) => p.syntaxFindings.length === 0));
  } else {
    paths.set(model.analysis, inp.analysis.path);
    const byText = new Map((inp.matrices ?? []).map((r) => [r.text, r.path]));
    for (const md of model.matrixDocs) if (!paths.has(md.doc)) paths.set(md.doc, byText.get(md.doc.text) ?? inp.analysis.path);
  }
  const bld = new Builder(model, lang, paths);
  const files = [inp.analysis, ...(inp.matrices ?? [])];
  const findings = files
    .flatMap((r, fi) => r.findings.map((f, i) => ({ f, path: r.path, text: r.text, fi, i })))
    .sort((x, y) => SEVERITY_RANK[x.f.severity] - SEVERITY_RANK[y.f.severity] || x.fi - y.fi || x.i - y.i);

  const d = model.document;
  const title = str(d, 'title') ?? bld.t(T.fallbackTitle);
  const cp = rec(d, 'care_provider');
  const subtitleParts = [str(cp, 'name'), str(d, 'id'), str(d, 'version') ? `${bld.t(T.version).toLowerCase()} ${str(d, 'version')}` : undefined, str(d, 'status') ? codeLabel('document_status', str(d, 'status')!, lang) : undefined].filter(Boolean);
  const meta: [string, string][] = [[bld.t(T.sourceFile), inp.analysis.path]];
  for (const m of inp.matrices ?? []) meta.push([bld.t(T.matrixFiles), m.path]);
  meta.push([bld.t(T.asOf), ctx.asOf]);
  meta.push([bld.t(T.tool), `bra ${ctx.version}`]);
  if (ctx.provenance) meta.push(provenanceMeta(bld, ctx.provenance));
  bld.entryFindings = findingsByEntry(model.entries, (e) => paths.get(e.doc) ?? inp.analysis.path, findings);

  const sections: Block[] = [];
  const usable = isRec(model.root) && Object.keys(model.root).length > 0;
  if (!usable) sections.push({ k: 'p', parts: [{ t: bld.t(T.notAnalysis), missing: true }] });
  sections.push(
    bld.summary(findings),
    ...(ctx.provenance ? [provenanceSection(bld, ctx.provenance)] : []),
    bld.document(),
    versionsSection(bld),
    bld.scopeSection(),
    bld.dataSection(),
    bld.registeredSection(),
    bld.rolesSection(),
    bld.risksSection(),
    bld.srasSection(),
    gridSection(bld),
    bld.matrixSection(),
    bld.governanceSection(),
    bld.logsSection(),
    bld.findingsSection(findings, ctx.asOf, files.length),
    signatureSection(bld, ctx.provenance !== undefined && ctx.provenance.files.length > 0),
  );
  return {
    lang,
    title,
    subtitle: [bld.t(T.reportKind), subtitleParts.join(' · ')].filter(Boolean).join(' — '),
    meta,
    sections,
    footer: bld.t(T.footer),
  };
}
