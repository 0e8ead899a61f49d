/**
 * The start of a new analysis: a commented skeleton of a needs-and-risk analysis and its access matrix, in Swedish
 * or English. Pure (text out): `bra init` and the extension's "New needs-and-risk analysis…" write what this returns.
 *
 * The skeleton passes the schemas (no `schema`/`yaml-syntax` finding) but leaves the content out, so that
 * `bra check` lists what is left to fill in as rule findings (BRA001, BRA005, BRA025, BRA026, BRA018, …).
 */
import type { Lang } from '../model';

export interface SkeletonOptions {
  lang: Lang;
  /** The care provider's or unit's name, e.g. "Vårdcentralen Solgläntan" (default: a placeholder). */
  name?: string;
  /** Today as YYYY-MM-DD: the planned `valid_from` of the first access entry is the first day of next month. */
  today: string;
}

export interface SkeletonFile {
  /** File name (no directory). */
  name: string;
  text: string;
}

export interface Skeleton {
  analysis: SkeletonFile;
  matrix: SkeletonFile;
}

/** A file-name stem from a name: lower case, å/ä→a, ö→o, other runs of non-alphanumerics → "-". */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The first day of the month after `today` (YYYY-MM-DD). */
function nextMonth(today: string): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(today);
  if (!m) return today;
  let y = Number(m[1]);
  let mo = Number(m[2]) + 1;
  if (mo > 12) {
    mo = 1;
    y++;
  }
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-01`;
}

/** A YAML double-quoted scalar (names may contain `:` or `#`). */
function q(s: string): string {
  return JSON.stringify(s);
}

/** The file names `skeleton()` writes for these options (to check for existing files before writing). */
export function skeletonNames(opts: Pick<SkeletonOptions, 'lang' | 'name'>): { analysis: string; matrix: string } {
  const stem = opts.name ? slug(opts.name) : '';
  const matrix = opts.lang === 'sv' ? 'behorighetsmatris' : 'access-matrix';
  if (!stem) return { analysis: opts.lang === 'sv' ? 'analys.bra.yaml' : 'analysis.bra.yaml', matrix: `${matrix}.bra.yaml` };
  return { analysis: `${stem}.bra.yaml`, matrix: `${stem}.${matrix}.bra.yaml` };
}

export function skeleton(opts: SkeletonOptions): Skeleton {
  const names = skeletonNames(opts);
  const validFrom = nextMonth(opts.today);
  const name = opts.name?.trim() || (opts.lang === 'sv' ? 'Verksamhetens namn' : 'Name of the organisation');
  const idStem = (slug(name).toUpperCase().replace(/-/g, '').slice(0, 8) || 'BRA');
  return opts.lang === 'sv'
    ? { analysis: { name: names.analysis, text: analysisSv(name, idStem, names.matrix) }, matrix: { name: names.matrix, text: matrixSv(name, names.analysis, validFrom) } }
    : { analysis: { name: names.analysis, text: analysisEn(name, idStem, names.matrix) }, matrix: { name: names.matrix, text: matrixEn(name, names.analysis, validFrom) } };
}

function analysisSv(name: string, idStem: string, matrix: string): string {
  return `# Behovs- och riskanalys – ${name}
# Skapad med "bra init". Fyll i avsnitten uppifrån och ned och kör "bra check" efter varje steg:
# fynden (BRA001 …) säger vad analysen ännu inte visar. Nycklar och koder är engelska, all text skrivs på svenska.
# Fältreferens: docs/model.md i paketet behorighet. Ett komplett exempel: samples/vardcentralen-solglantan.bra.yaml.
schema_version: "1.0"

# 1. Dokumentet: vem som tagit fram analysen (tvärfunktionellt) och vem som fastställer den.
document:
  id: ${idStem}-BRA
  title: ${q(`Behovs- och riskanalys – ${name}`)}
  version: "0.1"
  status: draft            # draft (Utkast) · approved (Fastställd) · superseded (Ersatt)
  # care_provider: { name: Vårdgivare AB, org_number: "556000-0000", kind: private_company }
  # prepared_by:
  #   - { name: Verksamhetschef, function: clinical_operations }
  #   - { name: Informationssäkerhetssamordnare, function: information_security }
  #   - { name: Dataskyddsombud, function: data_protection }
  # approved: { by: Namn, role: Verksamhetschef, date: ÅÅÅÅ-MM-DD }   # när analysen fastställs (status: approved)
  # next_review: ÅÅÅÅ-MM-DD

# 2. Omfattning: vårdenheter eller vårdprocesser som analysen gäller.
scope:
  description: ${q(`Vilka verksamheter, system och regelverk analysen omfattar – ${name}.`)}
  care_units:
    - id: enhet
      name: Mottagningens namn
      specialty: general_practice   # t.ex. psychiatry, youth_clinic, child_health_services (se docs/model.md)

# 3. System: ett per journalsystem, med omfattning (antal patienter och användare) och vad loggen visar.
systems:
  - id: journal
    name: Journalsystem
    regimes: [inner_secrecy]   # inner_secrecy (4 kap. PDL) och/eller coherent_record_keeping (lag 2022:913 om sammanhållen vård- och omsorgsdokumentation, t.ex. NPÖ)
    # patients_registered: 0   # antal registrerade patienter
    # users_with_access: 0     # antal användare med behörighet
    # individual_accounts: true
    # logging: { action: true, care_unit_or_process: true, timestamp: true, user_identity: true, patient_identity: true, retention_years: 10 }

# 4. Kategorier av uppgifter: vilka som förekommer och hur känsliga de är. IMY pekar särskilt ut psykisk ohälsa,
#    sexualliv, missbruk och hot eller våld i nära relationer: ange för var och en om den förekommer.
data_categories:
  - { id: identity_contact, label: Identitets- och kontaktuppgifter, present: true, sensitivity: baseline }
  - { id: somatic_care, label: Somatisk vårddokumentation, present: true, sensitivity: baseline }

# 5. Kategorier av registrerade: barn, skyddade personuppgifter, allmänt kända personer, medarbetare som patienter …
registered_categories:
  - { id: children, label: Barn och unga under 18 år, present: true }

# 6. Roller (personalkategorier): arbetsuppgifter och behov av åtkomst – vem, vilka uppgifter, vilka patienter,
#    när och i vilket sammanhang.
roles:
  - id: roll
    label: Rollens benämning
    staff_category: nurse      # physician, nurse, medical_secretary, administrator … (se docs/model.md)
    units: [enhet]
    # headcount: 0
    # tasks: [Arbetsuppgift]
    needs:
      - id: N1
        system: journal
        regime: inner_secrecy
        # data_categories: [identity_contact, somatic_care]   # vilka uppgifter (eller all)
        # patient_scope: care_relation                         # vilka patienter (care_relation, own_unit …)
        # when: När åtkomsten behövs
        # context: I vilket sammanhang

# 7. Risker vid för vid åtkomst: konkreta konsekvenser för de registrerade, sannolikhet och konsekvens (1–4),
#    åtgärder och restrisk.
risks:
  - id: R1
    title: Medarbetare läser journalen för en patient de inte vårdar
    regimes: [inner_secrecy]
    systems: [journal]
    # data_categories: [somatic_care]
    # consequences:
    #   - { type: relationship_harm, description: Vad som konkret händer den registrerade om uppgifterna sprids. }
    # scale_impact: Hur antalet patienter och användare påverkar risken.
    # probability: 2   # 1 Mycket liten · 2 Liten · 3 Stor · 4 Mycket stor
    # severity: 3      # 1 Begränsad · 2 Måttlig · 3 Betydande · 4 Allvarlig
    # measures:
    #   - { id: M1, kind: care_relation_check, description: Åtgärd, status: implemented }

# 8. Särskilda riskbedömningar (skyddade personuppgifter, allmänt kända personer, känsliga mottagningar):
# special_risk_assessments:
#   - { id: SRB1, title: Skyddade personuppgifter, registered_categories: [protected_identity], assessment: Bedömning, risks: [R1] }

# 9. Behörighetsmatrisen finns i ${matrix} bredvid denna fil.

# 10. Styrning: anvisning till dem som tilldelar behörigheter och regelbunden uppföljning.
# access_governance:
#   assignment_instructions: { document_ref: Rutin för behörighetstilldelning, responsible: Verksamhetschef }
#   review: { interval_months: 6, responsible: Verksamhetschef, triggers: [role_change, employment_end, leave_of_absence] }

# 11. Loggkontroller per system.
# log_controls:
#   - { id: LK1, system: journal, interval_days: 30, selection: [random_sample, targeted], documented: true, responsible: Informationssäkerhetssamordnare, staff_informed: true, unauthorised_access_guideline: Riktlinje, on_suspicion: true }
`;
}

function matrixSv(name: string, analysis: string, validFrom: string): string {
  return `# Behörighetsmatris – ${name}
# Varje rad ska grundas på ett behov i analysen (justified_by) och hänvisa till de risker som beaktats
# (risks_considered). Ingen rad får ge vidare åtkomst än behovet. Kör "bra check" efter varje ändring.
schema_version: "1.0"
analysis: ${analysis}
access_matrix:
  - id: AM-1
    role: roll
    system: journal
    regime: inner_secrecy
    # data_categories: [identity_contact, somatic_care]   # samma eller färre än behovet
    # patient_scope: care_relation
    # conditions: [care_relation_check]                    # tekniska villkor, t.ex. active_choice
    justified_by: [N1]
    # risks_considered: [R1]
    valid_from: ${validFrom}   # planerat datum; analysen ska vara fastställd före detta datum
`;
}

function analysisEn(name: string, idStem: string, matrix: string): string {
  return `# Needs-and-risk analysis (behovs- och riskanalys) – ${name}
# Created by "bra init". Fill in the sections from top to bottom and run "bra check" after each step:
# the findings (BRA001 …) say what the analysis does not show yet. Keys and codes are English.
# Field reference: docs/model.md in the behorighet package. A complete example: samples/vardcentralen-solglantan.bra.yaml.
schema_version: "1.0"

# 1. The document: who prepared the analysis (cross-functionally) and who approves it.
document:
  id: ${idStem}-BRA
  title: ${q(`Needs-and-risk analysis – ${name}`)}
  version: "0.1"
  status: draft            # draft · approved · superseded
  # care_provider: { name: Care Provider Ltd, org_number: "556000-0000", kind: private_company }
  # prepared_by:
  #   - { name: Head of operations, function: clinical_operations }
  #   - { name: Information security officer, function: information_security }
  #   - { name: Data protection officer, function: data_protection }
  # approved: { by: Name, role: Head of operations, date: YYYY-MM-DD }   # when the analysis is approved (status: approved)
  # next_review: YYYY-MM-DD

# 2. Scope: the care units or care processes the analysis covers.
scope:
  description: ${q(`Which units, systems and regimes the analysis covers – ${name}.`)}
  care_units:
    - id: unit
      name: Name of the clinic
      specialty: general_practice   # e.g. psychiatry, youth_clinic, child_health_services (see docs/model.md)

# 3. Systems: one per record system, with its scale (patients and users) and what its log shows.
systems:
  - id: journal
    name: Record system
    regimes: [inner_secrecy]   # inner_secrecy (ch. 4 PDL) and/or coherent_record_keeping (Act 2022:913 on coherent health and social care documentation, e.g. NPÖ)
    # patients_registered: 0   # number of registered patients
    # users_with_access: 0     # number of users with access
    # individual_accounts: true
    # logging: { action: true, care_unit_or_process: true, timestamp: true, user_identity: true, patient_identity: true, retention_years: 10 }

# 4. Data categories: which occur and how sensitive they are. IMY names mental health, sex life, substance abuse
#    and threats or violence in close relationships: state for each whether it occurs.
data_categories:
  - { id: identity_contact, label: Identity and contact details, present: true, sensitivity: baseline }
  - { id: somatic_care, label: Somatic care records, present: true, sensitivity: baseline }

# 5. Categories of data subjects: children, protected identity, public figures, employees as patients …
registered_categories:
  - { id: children, label: Children and young people under 18, present: true }

# 6. Roles (staff categories): tasks and needs of access – who, which data, which patients, when and in what context.
roles:
  - id: role
    label: Name of the role
    staff_category: nurse      # physician, nurse, medical_secretary, administrator … (see docs/model.md)
    units: [unit]
    # headcount: 0
    # tasks: [A task]
    needs:
      - id: N1
        system: journal
        regime: inner_secrecy
        # data_categories: [identity_contact, somatic_care]   # which data (or all)
        # patient_scope: care_relation                         # which patients (care_relation, own_unit …)
        # when: When the access is needed
        # context: In what context

# 7. Risks of overly wide access: concrete consequences for the data subjects, probability and severity (1–4),
#    measures and residual risk.
risks:
  - id: R1
    title: A member of staff reads the record of a patient they do not care for
    regimes: [inner_secrecy]
    systems: [journal]
    # data_categories: [somatic_care]
    # consequences:
    #   - { type: relationship_harm, description: What concretely happens to the data subject if the data spreads. }
    # scale_impact: How the numbers of patients and users affect the risk.
    # probability: 2   # 1 very low · 2 low · 3 high · 4 very high
    # severity: 3      # 1 limited · 2 moderate · 3 significant · 4 severe
    # measures:
    #   - { id: M1, kind: care_relation_check, description: A measure, status: implemented }

# 8. Special risk assessments (protected identity, public figures, sensitive clinics):
# special_risk_assessments:
#   - { id: SRB1, title: Protected identity, registered_categories: [protected_identity], assessment: Assessment, risks: [R1] }

# 9. The access matrix is in ${matrix} next to this file.

# 10. Governance: instructions to those who assign access, and regular review.
# access_governance:
#   assignment_instructions: { document_ref: Access assignment routine, responsible: Head of operations }
#   review: { interval_months: 6, responsible: Head of operations, triggers: [role_change, employment_end, leave_of_absence] }

# 11. Log controls per system.
# log_controls:
#   - { id: LK1, system: journal, interval_days: 30, selection: [random_sample, targeted], documented: true, responsible: Information security officer, staff_informed: true, unauthorised_access_guideline: Guideline, on_suspicion: true }
`;
}

function matrixEn(name: string, analysis: string, validFrom: string): string {
  return `# Access matrix – ${name}
# Every entry must rest on a need in the analysis (justified_by) and name the risks considered (risks_considered).
# No entry may give wider access than the need. Run "bra check" after every change.
schema_version: "1.0"
analysis: ${analysis}
access_matrix:
  - id: AM-1
    role: role
    system: journal
    regime: inner_secrecy
    # data_categories: [identity_contact, somatic_care]   # the need's categories or fewer
    # patient_scope: care_relation
    # conditions: [care_relation_check]                    # technical conditions, e.g. active_choice
    justified_by: [N1]
    # risks_considered: [R1]
    valid_from: ${validFrom}   # planned date; the analysis must be approved before it
`;
}
