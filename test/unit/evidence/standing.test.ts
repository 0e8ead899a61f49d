/**
 * The parts of the evidence report that make it stand as evidence (issue 12 item 6): provenance (commit and file
 * checksums, passed in by the caller), version history, signature block, the roles × systems grid, matrix rows marked
 * with their open findings, plurals, and "ej tillämplig" for categories marked absent. Exact texts, sv and en.
 */
import * as assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { plural } from '../../../src/i18n';
import { renderHtml, renderMarkdown } from '../../../src/evidence';
import type { EvidenceInput, Provenance } from '../../../src/evidence';
import type { Finding, Severity } from '../../../src/model';

const AS_OF = '2026-12-01';

export const ANALYSIS = `schema_version: "1.0"
document:
  id: T-1
  title: Test
  version: "2.0"
  status: approved
  care_provider: { name: Testvård AB, kind: private_company }
  prepared_by:
    - { name: Eva Ek, function: clinical_operations }
    - { name: Per Berg, function: information_security }
  approved: { by: Anna Holm, role: Verksamhetschef, date: 2026-03-01 }
  previous_approvals:
    - { version: "1.1", date: 2025-09-01, systems: [npo] }
    - { version: "1.0", date: 2025-01-15 }
scope:
  description: Testmottagningen.
  care_units:
    - { id: mott, name: Mottagningen, specialty: general_practice }
systems:
  - { id: journal, name: Journalen, regimes: [inner_secrecy] }
  - { id: npo, name: NPÖ, regimes: [coherent_record_keeping], sjf_role: consumer }
data_categories:
  - { id: identity_contact, label: Identitet, present: true, sensitivity: baseline }
  - { id: genetics, label: Genetik, present: false, rationale: Inga genetiska utredningar. }
registered_categories:
  - { id: children, label: Barn, present: false, rationale: Bara vuxna. }
  - { id: protected_identity, label: Skyddad identitet, present: true }
roles:
  - id: lak
    label: Läkare
    needs:
      - { id: N1, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: care_relation }
  - id: ssk
    label: Sjuksköterskor
    needs:
      - { id: N2, system: journal, regime: inner_secrecy, data_categories: [identity_contact], patient_scope: scheduled_contact }
  - id: adm
    label: Administratörer
access_matrix:
  - { id: AM-1, role: lak, system: journal, regime: inner_secrecy, data_categories: all, patient_scope: care_relation, justified_by: [N1], valid_from: 2026-04-01 }
  - { id: AM-2, role: ssk, system: journal, regime: inner_secrecy, data_categories: [identity_contact], patient_scope: all_patients, justified_by: [N2], valid_from: 2026-04-01 }
  - { id: AM-3, role: lak, system: npo, regime: coherent_record_keeping, data_categories: [identity_contact], patient_scope: care_relation, conditions: [patient_consent], justified_by: [N1], valid_from: 2026-04-01 }
  - { id: AM-4, role: lak, system: npo, regime: coherent_record_keeping, data_categories: all, patient_scope: emergency_only, conditions: [emergency_access_logged], valid_from: 2026-04-01 }
`;

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const HASH_A = 'a'.repeat(64);
const HASH_M = '5f'.repeat(32);

function input(text = ANALYSIS): EvidenceInput {
  const [analysis] = lint([{ path: 'analys.bra.yaml', text }], { asOf: AS_OF });
  return { analysis };
}

function md(p?: Provenance, lang: 'sv' | 'en' = 'sv', text = ANALYSIS): string {
  return renderMarkdown(input(text), { lang, asOf: AS_OF, version: '1.2.3', provenance: p });
}

/** The lines of a Markdown section, from its heading to the next `## ` (or the footer's rule), without blank lines. */
function section(doc: string, heading: string): string[] {
  const lines = doc.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  assert.ok(start !== -1, `section ${heading}`);
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('## ') || l === '---'));
  return lines.slice(start, end === -1 ? undefined : end).filter((l) => l !== '');
}

const CLEAN: Provenance = {
  commit: COMMIT,
  files: [
    { path: 'analys.bra.yaml', sha256: HASH_A, state: 'clean' },
    { path: 'matris.bra.yaml', sha256: HASH_M, state: 'clean' },
  ],
  generatedAt: '2026-12-02T10:00:00Z',
};

describe('evidence report: provenance, versions, signatures, grid, marks', () => {
  describe('provenance', () => {
    it('names the commit and the SHA-256 of each file (Markdown, sv)', () => {
      const doc = md(CLEAN);
      assert.ok(doc.includes(`- **Git-commit:** \`${COMMIT}\`\n`), 'meta line under the title');
      assert.deepEqual(section(doc, 'Underlag och spårbarhet'), [
        '## Underlag och spårbarhet',
        '> Rapporten är framtagen ur filerna nedan. Kontrollsumman SHA-256 är räknad på varje fils innehåll byte för byte: en fil med samma kontrollsumma är samma fil.',
        '|  |  |',
        '|---|---|',
        `| **Git-commit** | \`${COMMIT}\` |`,
        '| **Arbetskopia** | Filerna är oförändrade sedan denna commit. |',
        '| **Framtagen** | 2026-12-02T10:00:00Z |',
        '**Filer**',
        '| Fil | SHA-256 | I git |',
        '|---|---|---|',
        `| \`analys.bra.yaml\` | \`${HASH_A}\` | oförändrad sedan commit |`,
        `| \`matris.bra.yaml\` | \`${HASH_M}\` | oförändrad sedan commit |`,
      ]);
    });

    it('files that differ from the commit: said at the top and in the section, each file with its state (en)', () => {
      const p: Provenance = {
        commit: COMMIT,
        files: [
          { path: 'analys.bra.yaml', sha256: HASH_A, state: 'modified' },
          { path: 'matris.bra.yaml', sha256: HASH_M, state: 'untracked' },
          { path: 'x.bra.yaml', sha256: HASH_M, state: 'unsaved' },
        ],
      };
      const doc = md(p, 'en');
      assert.ok(doc.includes(`- **Git commit:** \`${COMMIT} (with uncommitted changes)\`\n`));
      const s = section(doc, 'Provenance');
      assert.ok(s.includes('| **Working tree** | **Note: 3 files are changed or not committed: the report shows the working tree, not this commit.** |'), s.join('\n'));
      assert.ok(s.includes(`| \`analys.bra.yaml\` | \`${HASH_A}\` | changed since the commit |`));
      assert.ok(s.includes(`| \`matris.bra.yaml\` | \`${HASH_M}\` | not committed |`));
      assert.ok(s.includes(`| \`x.bra.yaml\` | \`${HASH_M}\` | unsaved changes in the editor |`));
      const one = md({ commit: COMMIT, files: [{ path: 'a', sha256: HASH_A, state: 'modified' }] });
      assert.ok(one.includes('| **Arbetskopia** | **Obs! 1 fil är ändrad eller inte incheckad: rapporten visar arbetskopian, inte denna commit.** |'));
    });

    it('without git the report says so, in both places, and still names the checksums', () => {
      const cases: [Provenance, string, string][] = [
        [{ noGit: 'not-a-repository', files: [{ path: 'analys.bra.yaml', sha256: HASH_A }] }, 'sv', 'ingen: filerna ligger inte i ett git-arkiv'],
        [{ noGit: 'no-git', files: [{ path: 'analys.bra.yaml', sha256: HASH_A }] }, 'sv', 'ingen: git finns inte på datorn'],
        [{ noGit: 'no-commits', files: [{ path: 'analys.bra.yaml', sha256: HASH_A }] }, 'en', 'none: the git repository has no commit yet'],
        [{ noGit: 'failed', detail: 'bad object HEAD', files: [{ path: 'analys.bra.yaml', sha256: HASH_A }] }, 'en', 'none: git could not be read: bad object HEAD'],
      ];
      for (const [p, lang, text] of cases) {
        const doc = md(p, lang as 'sv' | 'en');
        const label = lang === 'sv' ? 'Git-commit' : 'Git commit';
        assert.ok(doc.includes(`- **${label}:** \`${text}\`\n`), `${text}: meta`);
        assert.ok(doc.includes(`| **${label}** | **${text}** |`), `${text}: section`);
        assert.ok(doc.includes(`| \`analys.bra.yaml\` | \`${HASH_A}\` | – |`), `${text}: file`);
      }
    });

    it('HTML: the commit in the header, the file table with the checksums in code', () => {
      const html = renderHtml(input(), { lang: 'sv', asOf: AS_OF, version: '1', provenance: CLEAN });
      assert.ok(html.includes(`<dt>Git-commit</dt><dd>${COMMIT}</dd>`));
      assert.ok(html.includes(`<tr><th scope="row"><code>analys.bra.yaml</code></th><td><code>${HASH_A}</code></td><td>oförändrad sedan commit</td></tr>`));
      assert.match(html, /<section id="ursprung">/);
    });

    it('no provenance given (a library caller): no section and no commit line', () => {
      const doc = md(undefined);
      assert.doesNotMatch(doc, /Git-commit|Underlag och spårbarhet/);
      assert.ok(section(doc, 'Underskrifter').includes('> För den utskrivna rapporten. Underskriften avser analysen i den version som anges ovan.'));
    });
  });

  it('version history: previous approvals oldest first, then this version', () => {
    assert.deepEqual(section(md(CLEAN), 'Versionshistorik'), [
      '## Versionshistorik',
      '| Version | Fastställd | Fastställd av | Omfattar system |',
      '|---|---|---|---|',
      '| 1\\.0 | 2025-01-15 | – | alla |',
      '| 1\\.1 | 2025-09-01 | – | NPÖ |',
      '| **2\\.0 (denna version)** | 2026-03-01 | Anna Holm (Verksamhetschef) | alla |',
    ]);
    const draft = md(CLEAN, 'en', ANALYSIS.replace('status: approved', 'status: draft').replace(/ {2}previous_approvals:\n(?: {4}- .*\n)+/, ''));
    assert.deepEqual(section(draft, 'Version history').slice(3), [
      '| **2\\.0 (this version)** | not approved (Draft) | – | all |',
      '> The analysis states no previously approved versions.',
    ]);
  });

  it('signature block: the approver and each preparer, with empty date and signature cells', () => {
    assert.deepEqual(section(md(CLEAN), 'Underskrifter'), [
      '## Underskrifter',
      '> För den utskrivna rapporten. Underskriften avser analysen i den version och med de kontrollsummor som anges ovan.',
      '| Uppgift | Namn | Befattning eller funktion | Datum | Underskrift |',
      '|---|---|---|---|---|',
      '| Fastställd av | Anna Holm | Verksamhetschef |  |  |',
      '| Upprättad av | Eva Ek | Verksamhet/vårdledning |  |  |',
      '| Upprättad av | Per Berg | Informationssäkerhet |  |  |',
    ]);
    const html = renderHtml(input(), { lang: 'en', asOf: AS_OF, version: '1', provenance: CLEAN });
    assert.ok(html.includes('<tr><th scope="row">Approved by</th><td>Anna Holm</td><td>Verksamhetschef</td><td></td><td></td></tr>'));
    assert.match(html, /<table class="signatures">/);
  });

  it('who reaches what: roles × systems, each entry as patients · categories, "–" where there is none', () => {
    assert.deepEqual(section(md(), 'Vem når vad: roller × system'), [
      '## Vem når vad: roller × system',
      '> Varje cell visar behörigheterna i matrisen för rollen i systemet: vilka patienter och vilka kategorier av uppgifter. – betyder ingen behörighet.',
      '| Roll | Journalen | NPÖ |',
      '|---|---|---|',
      '| Läkare | Pågående vårdrelation · Alla | Pågående vårdrelation · Identitet<br>Endast nödåtkomst · Alla |',
      '| Sjuksköterskor | Samtliga patienter · Identitet | – |',
      '| Administratörer | – | – |',
    ]);
    assert.ok(md(undefined, 'en').includes('| Sjuksköterskor | All patients · Identitet | – |'), 'labels in English, free text as written');
  });

  it('matrix rows with open findings are marked with the rule ids, most severe first', () => {
    const s = section(md(), 'Behörighetsmatris');
    assert.equal(s[1], '> 4 behörigheter har öppna fynd och är markerade i tabellen.');
    const row = (id: string) => s.find((l) => l.startsWith(`| \`${id}\``))!.split(' | ')[0];
    assert.equal(row('AM-1'), '| `AM-1`<br>gäller från<br>2026-04-01<br>**Öppet fynd:**<br>**BRA034 (information)**');
    assert.equal(row('AM-2'), '| `AM-2`<br>gäller från<br>2026-04-01<br>**Öppna fynd:**<br>**BRA032 (fel)**<br>**BRA033 (varning)**<br>**BRA034 (information)**');
    const en = section(md(undefined, 'en'), 'Access matrix');
    assert.equal(en[1], '> 4 access entries have open findings and are marked in the table.');
    assert.ok(en.some((l) => l.startsWith('| `AM-2`<br>valid from<br>2026-04-01<br>**Open findings:**<br>**BRA032 (error)**<br>**BRA033 (warning)**<br>**BRA034 (info)** |')));
    const html = renderHtml(input(), { lang: 'sv', asOf: AS_OF, version: '1' });
    assert.ok(html.includes('<div class="line"><span class="mark mark-error"><strong>BRA032 (fel)</strong></span></div>'));
    assert.ok(html.includes('<div class="line"><span class="mark mark-info"><strong>Öppet fynd:</strong></span></div>'));
    assert.ok(html.includes('<div class="line"><span class="mark mark-error"><strong>Öppna fynd:</strong></span></div><div class="line"><span class="mark mark-error"><strong>BRA032 (fel)</strong></span></div><div class="line"><span class="mark mark-warning"><strong>BRA033 (varning)</strong></span></div>'));
  });

  it('a clean matrix has no marks and no note; one marked entry is counted in the singular', () => {
    const findings = input().analysis.findings;
    const only = (rule: string, loc: string): EvidenceInput => ({ analysis: { ...input().analysis, findings: findings.filter((f) => f.rule === rule && f.location === loc) } });
    const none = renderMarkdown(only('none', '-'), { lang: 'sv', asOf: AS_OF, version: '1' });
    assert.doesNotMatch(none, /Öppn?[ae]t? fynd:|markerad/);
    const one = renderMarkdown(only('BRA032', '$.access_matrix[AM-2]'), { lang: 'sv', asOf: AS_OF, version: '1' });
    assert.ok(one.includes('> 1 behörighet har öppna fynd och är markerad i tabellen.'));
    const oneEn = renderMarkdown(only('BRA032', '$.access_matrix[AM-2]'), { lang: 'en', asOf: AS_OF, version: '1' });
    assert.ok(oneEn.includes('> 1 access entry has open findings and is marked in the table.'));
  });

  it('"ej tillämplig" instead of a red "saknas" for categories marked absent', () => {
    const doc = md();
    assert.ok(doc.includes('| `genetics` | Genetik | Nej | ej tillämplig | ej tillämplig | **Motivering:** Inga genetiska utredningar. |'));
    assert.ok(doc.includes('| `children` | Barn | Nej | ej tillämplig | **Motivering:** Bara vuxna. |'));
    assert.ok(doc.includes('| `protected_identity` | Skyddad identitet | Ja | – | – |'), 'present without a count stays "–"');
    assert.ok(md(undefined, 'en').includes('| `genetics` | Genetik | No | not applicable | not applicable | **Rationale:** Inga genetiska utredningar. |'));
    const html = renderHtml(input(), { lang: 'sv', asOf: AS_OF, version: '1' });
    const row = html.split('\n').find((l) => l.includes('<code>genetics</code>'))!;
    assert.ok(row.includes('<td><span class="muted">ej tillämplig</span></td>'));
    assert.doesNotMatch(row, /missing|saknas/);
  });

  describe('plurals', () => {
    it('the i18n helper: 0, 1 and 2 in Swedish and English', () => {
      const risks = { sv: ['1 risk', '{n} risker'], en: ['1 risk', '{n} risks'] } as const;
      const f = { sv: [...risks.sv], en: [...risks.en] } as { sv: [string, string]; en: [string, string] };
      assert.deepEqual([0, 1, 2].map((n) => plural(n, f, 'sv')), ['0 risker', '1 risk', '2 risker']);
      assert.deepEqual([0, 1, 2].map((n) => plural(n, f, 'en')), ['0 risks', '1 risk', '2 risks']);
      const entries = { sv: ['1 behörighet', '{n} behörigheter'], en: ['1 access entry', '{n} access entries'] } as { sv: [string, string]; en: [string, string] };
      assert.deepEqual([0, 1, 2].map((n) => plural(n, entries, 'sv')), ['0 behörigheter', '1 behörighet', '2 behörigheter']);
    });

    it('finding counts in the summary and in the findings section: "1 varning", "2 varningar", "1 error"', () => {
      const base = input().analysis;
      const fake = (severity: Severity, i: number): Finding => ({ ...base.findings[0], severity, span: { start: i, end: i + 1 } });
      const counts = (sevs: Severity[], lang: 'sv' | 'en') => {
        const doc = renderMarkdown({ analysis: { ...base, findings: sevs.map(fake) } }, { lang, asOf: AS_OF, version: '1' });
        return /^\| \*\*(?:Öppna fynd|Open findings)\*\* \| (.*) \|$/m.exec(doc)![1];
      };
      assert.equal(counts(['error', 'warning', 'info'], 'sv'), '1 fel, 1 varning, 1 information');
      assert.equal(counts(['warning', 'warning', 'info', 'info'], 'sv'), '0 fel, 2 varningar, 2 information');
      assert.equal(counts(['error', 'warning', 'info'], 'en'), '1 error, 1 warning, 1 info');
      assert.equal(counts(['error', 'error', 'warning', 'warning'], 'en'), '2 errors, 2 warnings, 0 info');
      const doc = renderMarkdown({ analysis: { ...base, findings: [fake('error', 0), fake('warning', 1)] } }, { lang: 'sv', asOf: AS_OF, version: '1' });
      assert.match(doc, /per 2026-12-01: 1 fel, 1 varning, 0 information\./);
    });

    it('review and log-control intervals: "1 månad", "12 månader", "1 dag", "1 month", "30 days"', () => {
      const withGov = (months: number, days: number) =>
        `${ANALYSIS}access_governance:\n  review: { interval_months: ${months} }\nlog_controls:\n  - { id: LK1, system: journal, interval_days: ${days} }\n`;
      const sv1 = md(undefined, 'sv', withGov(1, 1));
      assert.match(sv1, /^\| \*\*Uppföljning av behörigheter: intervall\*\* \| 1 månad \|$/m);
      assert.match(sv1, /^\| \*\*Intervall\*\* \| 1 dag \|$/m);
      assert.match(md(undefined, 'sv', withGov(12, 30)), /^\| \*\*Uppföljning av behörigheter: intervall\*\* \| 12 månader \|$/m);
      const en = md(undefined, 'en', withGov(1, 30));
      assert.match(en, /^\| \*\*Review of access: interval\*\* \| 1 month \|$/m);
      assert.match(en, /^\| \*\*Interval\*\* \| 30 days \|$/m);
    });
  });
});
