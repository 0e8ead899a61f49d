/**
 * Deterministic generator of realistic analyses of a given size (for the benchmark and the equivalence tests):
 * a region's analysis with units, systems, categories, roles with needs, risks with measures, an access matrix
 * and log controls. `findings: true` plants a few deliberate deficiencies.
 */
const SPECIALTIES = ['general_practice', 'internal_medicine', 'surgery', 'orthopaedics', 'paediatrics', 'psychiatry', 'emergency', 'rehabilitation'];
const STAFF = ['physician', 'nurse', 'assistant_nurse', 'physiotherapist', 'counsellor', 'medical_secretary'];
const CATS: [string, string, string][] = [
  ['identity_contact', 'Identitets- och kontaktuppgifter', 'baseline'],
  ['somatic_care', 'Somatisk vårddokumentation', 'baseline'],
  ['medication', 'Läkemedel', 'baseline'],
  ['mental_health', 'Psykisk ohälsa', 'very_high'],
  ['sexual_health', 'Sexualliv och sexuell hälsa', 'very_high'],
  ['substance_abuse', 'Missbruk och beroende', 'high'],
  ['violence_close_relations', 'Hot och våld i nära relationer', 'very_high'],
];
const REG = ['children', 'protected_identity', 'public_figures', 'employees_as_patients', 'staff_own_records', 'particularly_vulnerable'];

/** A seeded xorshift generator: the same numbers for the same seed. */
export function rnd(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export interface GenOptions {
  /** Approximate number of lines. */
  lines: number;
  seed?: number;
  findings?: boolean;
}

export function generateAnalysis(o: GenOptions): string {
  const r = rnd(o.seed ?? 42);
  const scale = Math.max(1, o.lines / 1000);
  const nUnits = Math.max(3, Math.round(5 * Math.sqrt(scale)));
  const nSystems = Math.max(2, Math.round(2 * Math.sqrt(scale)));
  // lines ≈ 150 + roles × (9 + 17 × systems) + risks × 19, with risks = roles / 2
  const nRoles = Math.max(4, Math.round((o.lines - 150 - nUnits * 3 - nSystems * 12) / (9 + 17 * nSystems + 9.5)));
  const nRisks = Math.max(4, Math.round(nRoles / 2));
  const L: string[] = [];
  const p = (s: string) => L.push(s);
  p('# Genererad analys för prestandamätning (behorighet bench)');
  p('schema_version: "1.0"');
  p('document:');
  p('  id: REG-BRA-2026');
  p('  title: Behovs- och riskanalys – Region Exempel, hälso- och sjukvård');
  p('  version: "3.1"');
  p('  status: approved');
  p('  care_provider: { name: Region Exempel, org_number: "232100-0000", kind: region }');
  p('  prepared_by:');
  p('    - { name: Verksamhetschef, function: clinical_operations }');
  p('    - { name: Informationssäkerhetssamordnare, function: information_security }');
  p('    - { name: Dataskyddsombud, function: data_protection }');
  p('  approved: { by: Anna Berg, role: Hälso- och sjukvårdsdirektör, date: 2026-01-15 }');
  p('  next_review: 2027-01-15');
  p('scope:');
  p('  description: Regionens somatiska och psykiatriska vård.');
  p('  care_units:');
  for (let u = 0; u < nUnits; u++) {
    const sp = SPECIALTIES[u % SPECIALTIES.length];
    p(`    - id: enhet${u}`);
    p(`      name: Vårdenhet ${u} (${sp})`);
    p(`      specialty: ${sp}`);
  }
  p('systems:');
  for (let s = 0; s < nSystems; s++) {
    p(`  - id: sys${s}`);
    p(`    name: Journalsystem ${s}`);
    p(`    regimes: [inner_secrecy${s === 0 ? ', coherent_record_keeping' : ''}]`);
    p(`    patients_registered: ${100000 + Math.floor(r() * 300000)}`);
    p(`    users_with_access: ${nRoles * 10}`);
    p('    individual_accounts: true');
    p('    logging:');
    p('      action: true');
    p('      care_unit_or_process: true');
    p('      timestamp: true');
    p('      user_identity: true');
    p(`      patient_identity: ${o.findings && s === 1 ? 'false' : 'true'}`);
    p('      retention_years: 10');
  }
  p('data_categories:');
  for (const [id, label, sens] of CATS) {
    p(`  - id: ${id}`);
    p(`    label: ${label}`);
    p('    present: true');
    p(`    sensitivity: ${sens}`);
  }
  p('registered_categories:');
  for (const id of REG) {
    p(`  - id: ${id}`);
    p('    present: true');
    p(`    estimated_count: ${Math.floor(r() * 5000)}`);
  }
  p('roles:');
  for (let i = 0; i < nRoles; i++) {
    const unit = `enhet${i % nUnits}`;
    p(`  - id: roll${i}`);
    p(`    label: ${STAFF[i % STAFF.length]} vid ${unit}`);
    p(`    staff_category: ${STAFF[i % STAFF.length]}`);
    p(`    units: [${unit}]`);
    p('    headcount: 12');
    p('    tasks:');
    p('      - Bedömning, behandling och dokumentation av egna patienter');
    p('      - Uppföljning av provsvar och remisser');
    p('    needs:');
    for (let s = 0; s < nSystems; s++) {
      p(`      - id: N${i}-${s}`);
      p(`        system: sys${s}`);
      p('        regime: inner_secrecy');
      p('        data_categories: [identity_contact, somatic_care, medication]');
      p('        patient_scope: care_relation');
      p('        when: Under pågående vårdkontakt och vid uppföljning inom tre månader.');
      p('        context: Egen patient eller patient vid egen enhet där rollen deltar i vården.');
    }
  }
  p('risks:');
  for (let k = 0; k < nRisks; k++) {
    const prob = 1 + Math.floor(r() * 4);
    const sev = 1 + Math.floor(r() * 4);
    const v = prob * sev;
    const level = v <= 3 ? 'low' : v <= 6 ? 'medium' : v <= 9 ? 'high' : 'very_high';
    const sys = `sys${k % nSystems}`;
    p(`  - id: R${k}`);
    p(`    title: Obehörig läsning av journal i ${sys} (scenario ${k})`);
    p('    threat_type: internal_unauthorised_access');
    p('    regimes: [inner_secrecy]');
    p(`    systems: [${sys}]`);
    p(`    data_categories: [${CATS[k % CATS.length][0]}, ${CATS[(k + 3) % CATS.length][0]}]`);
    p(`    registered_categories: [${REG[k % REG.length]}]`);
    p('    consequences:');
    p('      - type: stigma_reputation');
    p('        description: En kollega eller bekant får veta att patienten vårdas för psykisk ohälsa, vilket kan leda till stigmatisering.');
    p('    scale_impact: Många användare och patienter i samma system ökar sannolikheten för nyfikenhetsläsning.');
    p(`    probability: ${prob}`);
    p(`    severity: ${sev}`);
    p(`    level: ${o.findings && k === 1 ? (level === 'low' ? 'high' : 'low') : level}`);
    p('    measures:');
    p(`      - { id: M${k}a, kind: care_relation_check, description: Åtkomst kräver registrerad vårdrelation., status: implemented }`);
    p(`      - { id: M${k}b, kind: log_review, description: Riktade loggkontroller varje månad., status: implemented }`);
    p(`    residual: { probability: 1, severity: ${sev}, level: ${sev <= 3 ? 'low' : 'medium'}, accepted_by: Verksamhetschef, accepted_date: 2026-01-15, rationale: Kvarvarande risk bedöms acceptabel efter tekniska åtgärder. }`);
  }
  p('special_risk_assessments:');
  p('  - id: SRB1');
  p('    title: Skyddade personuppgifter och allmänt kända personer');
  p('    registered_categories: [protected_identity, public_figures]');
  p(`    care_units: [${Array.from({ length: nUnits }, (_, u) => `enhet${u}`).join(', ')}]`);
  p('    assessment: Journaler för personer med skyddade personuppgifter maskeras och kräver aktivt val.');
  p('    risks: [R0]');
  p('access_matrix:');
  let e = 0;
  for (let i = 0; i < nRoles; i++) {
    for (let s = 0; s < nSystems; s++) {
      p(`  - id: AM-${e}`);
      p(`    role: ${o.findings && e === 3 ? 'okand_roll' : `roll${i}`}`);
      p(`    system: sys${s}`);
      p('    regime: inner_secrecy');
      p('    data_categories: [identity_contact, somatic_care, medication]');
      p(`    patient_scope: ${o.findings && e === 5 ? 'all_patients' : 'care_relation'}`);
      p('    conditions: [care_relation_check]');
      if (o.findings && e === 7) p('    identifiability: identifed'); // a schema error (enum typo)
      p(`    justified_by: [N${i}-${s}]`);
      p(`    risks_considered: [R${e % nRisks}]`);
      p('    valid_from: 2026-02-01');
      e++;
    }
  }
  p('access_governance:');
  p('  assignment_instructions: { document_ref: "Rutin för behörighetstilldelning v4", responsible: Systemförvaltare }');
  p('  review: { interval_months: 6, last_performed: 2026-09-01, responsible: Verksamhetschef, triggers: [role_change, employment_end, leave_of_absence] }');
  p('log_controls:');
  for (let s = 0; s < nSystems; s++) {
    p(`  - id: LK${s}`);
    p(`    system: sys${s}`);
    p('    interval_days: 30');
    p('    selection: [random_sample, targeted]');
    p('    documented: true');
    p('    responsible: Verksamhetschef');
    p('    staff_informed: true');
    p('    unauthorised_access_guideline: "Riktlinje obehörig åtkomst v2"');
    p('    on_suspicion: true');
  }
  return `${L.join('\n')}\n`;
}
