/**
 * The parts of the evidence report that make it stand as evidence: where it came from (git commit, SHA-256 of each
 * file: computed by the CLI or the extension and passed in, the renderers stay pure), the version history and a
 * signature block for the printed copy, the "vem når vad" grid of roles × systems, and the marks on access matrix
 * rows that have open findings.
 */
import type { Bilingual, Finding, Lang, Severity } from '../model';
import { plural } from '../i18n';
import type { PluralForms } from '../i18n';
import { isRec, rec, str, strList } from '../domain/model';
import type { Ent, Model, Rec } from '../domain/model';
import type { Block, Cell, Inline, Span } from './ir';
import { codeLabel } from './labels';

/** What a section needs of the document builder (document.ts's Builder implements it; no import back). */
export interface SectionHost {
  readonly m: Model;
  readonly lang: Lang;
  t(x: Bilingual, args?: Record<string, string | number>): string;
  miss(): Span;
  dataCats(v: Rec, key?: string): Inline;
  systemName(id: string | undefined): Inline;
  roleName(id: string | undefined): Inline;
  scope(v: Rec): Inline;
}

const b = (sv: string, en: string): Bilingual => ({ sv, en });

/** How an input file stands to the commit: unchanged, changed since, never committed, or edited and not saved. */
export type FileState = 'clean' | 'modified' | 'untracked' | 'unsaved';

/** Why a report has no commit. */
export type NoGit = 'no-git' | 'not-a-repository' | 'no-commits' | 'untrusted' | 'failed';

/**
 * What the report was made from, computed by the caller (the CLI or the extension): the commit HEAD names in the
 * repository of the analysis (or why there is none) and the SHA-256 of each input file's bytes.
 */
export interface Provenance {
  /** HEAD of the repository the analysis is in (40 or 64 hex digits). */
  commit?: string;
  /** Why there is no commit (when `commit` is undefined). */
  noGit?: NoGit;
  /** git's own words when `noGit` is `failed`. */
  detail?: string;
  /** Every input file, in the order read: the path shown in the report, the SHA-256 (hex) of its bytes, its git state. */
  files: { path: string; sha256: string; state?: FileState }[];
  /** When the report was made (ISO 8601, UTC). */
  generatedAt?: string;
}

export const S = {
  // provenance
  sProvenance: b('Underlag och spårbarhet', 'Provenance'),
  provenanceIntro: b(
    'Rapporten är framtagen ur filerna nedan. Kontrollsumman SHA-256 är räknad på varje fils innehåll byte för byte: en fil med samma kontrollsumma är samma fil.',
    'The report was produced from the files below. The SHA-256 checksum is computed over the bytes of each file: a file with the same checksum is the same file.',
  ),
  commit: b('Git-commit', 'Git commit'),
  noCommit: b('ingen: {reason}', 'none: {reason}'),
  workTree: b('Arbetskopia', 'Working tree'),
  clean: b('Filerna är oförändrade sedan denna commit.', 'The files are unchanged since this commit.'),
  dirtyMeta: b('med ändringar som inte är incheckade', 'with uncommitted changes'),
  generated: b('Framtagen', 'Generated'),
  files: b('Filer', 'Files'),
  file: b('Fil', 'File'),
  sha256: b('SHA-256', 'SHA-256'),
  gitState: b('I git', 'In git'),
  // version history
  sVersions: b('Versionshistorik', 'Version history'),
  version: b('Version', 'Version'),
  approvedOn: b('Fastställd', 'Approved'),
  approvedBy: b('Fastställd av', 'Approved by'),
  covers: b('Omfattar system', 'Systems covered'),
  allSystems: b('alla', 'all'),
  thisVersion: b('{version} (denna version)', '{version} (this version)'),
  notApprovedYet: b('ej fastställd ({status})', 'not approved ({status})'),
  noPrevious: b(
    'Analysen anger inga tidigare fastställda versioner.',
    'The analysis states no previously approved versions.',
  ),
  // signatures
  sSignatures: b('Underskrifter', 'Signatures'),
  signIntro: b(
    'För den utskrivna rapporten. Underskriften avser analysen i den version som anges ovan.',
    'For the printed report. The signature refers to the analysis in the version stated above.',
  ),
  signIntroHashes: b(
    'För den utskrivna rapporten. Underskriften avser analysen i den version och med de kontrollsummor som anges ovan.',
    'For the printed report. The signature refers to the analysis in the version and with the checksums stated above.',
  ),
  capacity: b('Uppgift', 'Capacity'),
  name: b('Namn', 'Name'),
  position: b('Befattning eller funktion', 'Position or function'),
  date: b('Datum', 'Date'),
  signature: b('Underskrift', 'Signature'),
  signApprover: b('Fastställd av', 'Approved by'),
  signPreparer: b('Upprättad av', 'Prepared by'),
  // grid
  sGrid: b('Vem når vad: roller × system', 'Who reaches what: roles × systems'),
  gridIntro: b(
    'Varje cell visar behörigheterna i matrisen för rollen i systemet: vilka patienter och vilka kategorier av uppgifter. – betyder ingen behörighet.',
    'Each cell shows the access matrix entries of the role in the system: which patients and which categories of data. – means no access.',
  ),
  role: b('Roll', 'Role'),
  noEntries: b('Det finns ingen behörighetsmatris.', 'There is no access matrix.'),
  // marks
  severity: {
    error: b('fel', 'error'),
    warning: b('varning', 'warning'),
    info: b('information', 'info'),
  } as Record<Severity, Bilingual>,
  // not applicable
  notApplicable: b('ej tillämplig', 'not applicable'),
} satisfies Record<string, Bilingual | Record<string, Bilingual>>;

export const NO_GIT: Record<NoGit, Bilingual> = {
  'no-git': b('git finns inte på datorn', 'git is not installed'),
  'not-a-repository': b('filerna ligger inte i ett git-arkiv', 'the files are not in a git repository'),
  'no-commits': b('git-arkivet har ingen commit ännu', 'the git repository has no commit yet'),
  untrusted: b('git körs inte i en arbetsyta som inte är betrodd', 'git is not run in an untrusted workspace'),
  failed: b('git kunde inte läsas', 'git could not be read'),
};

export const FILE_STATE: Record<FileState, Bilingual> = {
  clean: b('oförändrad sedan commit', 'unchanged since the commit'),
  modified: b('ändrad efter commit', 'changed since the commit'),
  untracked: b('inte incheckad', 'not committed'),
  unsaved: b('osparade ändringar i redigeraren', 'unsaved changes in the editor'),
};

/** Counted phrases of the report. */
export const COUNT = {
  error: { sv: ['1 fel', '{n} fel'], en: ['1 error', '{n} errors'] },
  warning: { sv: ['1 varning', '{n} varningar'], en: ['1 warning', '{n} warnings'] },
  info: { sv: ['1 information', '{n} information'], en: ['1 info', '{n} info'] },
  months: { sv: ['1 månad', '{n} månader'], en: ['1 month', '{n} months'] },
  days: { sv: ['1 dag', '{n} dagar'], en: ['1 day', '{n} days'] },
  dirty: {
    sv: ['Obs! 1 fil är ändrad eller inte incheckad: rapporten visar arbetskopian, inte denna commit.', 'Obs! {n} filer är ändrade eller inte incheckade: rapporten visar arbetskopian, inte denna commit.'],
    en: ['Note: 1 file is changed or not committed: the report shows the working tree, not this commit.', 'Note: {n} files are changed or not committed: the report shows the working tree, not this commit.'],
  },
  marked: {
    sv: ['1 behörighet har öppna fynd och är markerad i tabellen.', '{n} behörigheter har öppna fynd och är markerade i tabellen.'],
    en: ['1 access entry has open findings and is marked in the table.', '{n} access entries have open findings and are marked in the table.'],
  },
  openFindings: { sv: ['Öppet fynd', 'Öppna fynd'], en: ['Open finding', 'Open findings'] },
} satisfies Record<string, PluralForms>;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// ---------------------------------------------------------------------------------------------------------------
// provenance

/** The line under the title: the commit (and whether the files differ from it), or why there is none. */
export function provenanceMeta(bld: SectionHost, p: Provenance): [string, string] {
  if (!p.commit) return [bld.t(S.commit), bld.t(S.noCommit, { reason: noGitText(bld, p) })];
  const dirty = p.files.some((f) => f.state !== undefined && f.state !== 'clean');
  return [bld.t(S.commit), dirty ? `${p.commit} (${bld.t(S.dirtyMeta)})` : p.commit];
}

function noGitText(bld: SectionHost, p: Provenance): string {
  const reason = bld.t(NO_GIT[p.noGit ?? 'failed']);
  return p.noGit === 'failed' && p.detail ? `${reason}: ${p.detail}` : reason;
}

/** "Underlag och spårbarhet": commit, working tree state, generation time and the files with their checksums. */
export function provenanceSection(bld: SectionHost, p: Provenance): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: bld.t(S.sProvenance) }, { k: 'p', parts: [bld.t(S.provenanceIntro)], cls: 'note' }];
  const rows: [string, Cell][] = [];
  if (p.commit) {
    rows.push([bld.t(S.commit), { t: p.commit, code: true }]);
    const changed = p.files.filter((f) => f.state !== undefined && f.state !== 'clean').length;
    rows.push([bld.t(S.workTree), changed ? { t: plural(changed, COUNT.dirty, bld.lang), strong: true } : bld.t(S.clean)]);
  } else rows.push([bld.t(S.commit), { t: bld.t(S.noCommit, { reason: noGitText(bld, p) }), strong: true }]);
  if (p.generatedAt) rows.push([bld.t(S.generated), p.generatedAt]);
  blocks.push({ k: 'kv', rows });
  blocks.push({
    k: 'table',
    cls: 'files',
    caption: bld.t(S.files),
    head: [bld.t(S.file), bld.t(S.sha256), bld.t(S.gitState)],
    rowHeader: true,
    rows: p.files.map((f) => [{ t: f.path, code: true }, { t: f.sha256, code: true }, f.state ? bld.t(FILE_STATE[f.state]) : '–']),
  });
  return { k: 'section', id: 'ursprung', blocks };
}

// ---------------------------------------------------------------------------------------------------------------
// version history and signatures

/** The approved versions as the document states them (previous_approvals, oldest first), then this version. */
export function versionsSection(bld: SectionHost): Block {
  const d = bld.m.document;
  const prev = Array.isArray(d?.previous_approvals) ? d!.previous_approvals.filter(isRec) : [];
  const sorted = prev.map((p, i) => ({ p, i })).sort((x, y) => (str(x.p, 'date') ?? '').localeCompare(str(y.p, 'date') ?? '') || x.i - y.i);
  const systems = (p: Record<string, unknown>): Inline => {
    const list = strList(p, 'systems');
    return list?.length ? list.map((s) => bld.systemName(s) as string).join(', ') : bld.t(S.allSystems);
  };
  const rows: Cell[][] = sorted.map(({ p }) => [str(p, 'version') ?? '–', str(p, 'date') ?? bld.miss(), '–', systems(p)]);
  const approved = rec(d, 'approved');
  const status = str(d, 'status');
  const isApproved = status === 'approved' || status === 'superseded';
  const by = str(approved, 'by');
  rows.push([
    { t: bld.t(S.thisVersion, { version: str(d, 'version') ?? '–' }), strong: true },
    isApproved ? str(approved, 'date') ?? bld.miss() : { t: bld.t(S.notApprovedYet, { status: status ? codeLabel('document_status', status, bld.lang) : '–' }), muted: true },
    isApproved ? (by ? `${by}${str(approved, 'role') ? ` (${str(approved, 'role')})` : ''}` : bld.miss()) : '–',
    bld.t(S.allSystems),
  ]);
  const blocks: Block[] = [
    { k: 'h', level: 2, text: bld.t(S.sVersions) },
    { k: 'table', cls: 'versions', head: [bld.t(S.version), bld.t(S.approvedOn), bld.t(S.approvedBy), bld.t(S.covers)], rowHeader: true, rows },
  ];
  if (prev.length === 0) blocks.push({ k: 'p', parts: [{ t: bld.t(S.noPrevious), muted: true }], cls: 'note' });
  return { k: 'section', id: 'versioner', blocks };
}

/** Lines to sign on paper: the approver, then everyone who prepared the analysis (blank rows when none is named). */
export function signatureSection(bld: SectionHost, withHashes: boolean): Block {
  const d = bld.m.document;
  const approved = rec(d, 'approved');
  const prepared = Array.isArray(d?.prepared_by) ? d!.prepared_by.filter(isRec) : [];
  const rows: Cell[][] = [[bld.t(S.signApprover), str(approved, 'by') ?? '', str(approved, 'role') ?? '', '', '']];
  for (const p of prepared) {
    const fn = str(p, 'function');
    rows.push([bld.t(S.signPreparer), str(p, 'name') ?? '', fn ? codeLabel('preparer_function', fn, bld.lang) : '', '', '']);
  }
  if (prepared.length === 0) rows.push([bld.t(S.signPreparer), '', '', '', '']);
  return {
    k: 'section',
    id: 'underskrifter',
    blocks: [
      { k: 'h', level: 2, text: bld.t(S.sSignatures) },
      { k: 'p', parts: [bld.t(withHashes ? S.signIntroHashes : S.signIntro)], cls: 'note' },
      { k: 'table', cls: 'signatures', head: [bld.t(S.capacity), bld.t(S.name), bld.t(S.position), bld.t(S.date), bld.t(S.signature)], rowHeader: true, rows },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// who reaches what

/** Roles × systems: in each cell one line per access entry, "patients · categories"; "–" where the role has none. */
export function gridSection(bld: SectionHost): Block {
  const blocks: Block[] = [{ k: 'h', level: 2, text: bld.t(S.sGrid) }];
  const entries = bld.m.entries;
  if (entries.length === 0) {
    blocks.push({ k: 'p', parts: [{ t: bld.t(S.noEntries), muted: true }] });
    return { k: 'section', id: 'vem-nar-vad', blocks };
  }
  const roleIds = uniq([...bld.m.roles.map((r) => r.id), ...entries.map((e) => str(e.v, 'role'))]);
  const systemIds = uniq([...bld.m.systems.map((s) => s.id), ...entries.map((e) => str(e.v, 'system'))]);
  const cell = new Map<string, Ent[]>();
  for (const e of entries) {
    const key = `${str(e.v, 'role')}\0${str(e.v, 'system')}`;
    const list = cell.get(key);
    if (list) list.push(e);
    else cell.set(key, [e]);
  }
  blocks.push({ k: 'p', parts: [bld.t(S.gridIntro)], cls: 'note' });
  blocks.push({
    k: 'table',
    cls: 'grid',
    head: [bld.t(S.role), ...systemIds.map((s) => bld.systemName(s) as string)],
    rowHeader: true,
    rows: roleIds.map((role) => [
      bld.roleName(role),
      ...systemIds.map((system): Cell => {
        const here = cell.get(`${role}\0${system}`);
        return here ? { lines: here.map((e) => [bld.scope(e.v), ' · ', bld.dataCats(e.v)]) } : '–';
      }),
    ]),
  });
  return { k: 'section', id: 'vem-nar-vad', blocks };
}

function uniq(xs: (string | undefined)[]): string[] {
  return [...new Set(xs.filter((x): x is string => x !== undefined))];
}

// ---------------------------------------------------------------------------------------------------------------
// open findings on matrix rows

/** The open findings of each access entry: those whose location is the entry (or inside it) in the entry's file. */
export function findingsByEntry(entries: Ent[], pathOf: (e: Ent) => string, findings: { f: Finding; path: string }[]): Map<Ent, Finding[]> {
  // by file and entry location (`$.access_matrix[AM-1]`, the part of a finding's location up to the first `]`)
  const byLoc = new Map<string, Finding[]>();
  for (const { f, path } of findings) {
    const m = /^\$\.access_matrix\[[^\]]*\]/.exec(f.location);
    if (!m) continue;
    const key = `${path}\0${m[0]}`;
    const list = byLoc.get(key);
    if (list) list.push(f);
    else byLoc.set(key, [f]);
  }
  const out = new Map<Ent, Finding[]>();
  for (const e of entries) {
    const mine = byLoc.get(`${pathOf(e)}\0${e.loc}`);
    if (mine) out.set(e, mine);
  }
  return out;
}

/**
 * The lines that mark an access matrix row: `Öppna fynd:` (in the colour of the most severe) then `BRA032 (fel)`,
 * `BRA039 (varning)` … (each rule once, with its most severe finding, most severe first, in its colour), one per
 * line so that the column stays narrow.
 */
export function findingMark(bld: SectionHost, fs: Finding[]): Inline[][] {
  const worst = new Map<string, Severity>();
  for (const f of fs) {
    const w = worst.get(f.rule);
    if (w === undefined || RANK[f.severity] < RANK[w]) worst.set(f.rule, f.severity);
  }
  const rules = [...worst].sort((x, y) => RANK[x[1]] - RANK[y[1]] || x[0].localeCompare(y[0]));
  return [
    [{ t: `${plural(rules.length, COUNT.openFindings, bld.lang)}:`, strong: true, mark: rules[0][1] }],
    ...rules.map(([r, sev]): Inline[] => [{ t: `${r} (${bld.t(S.severity[sev])})`, strong: true, mark: sev }]),
  ];
}
