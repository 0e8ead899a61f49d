/** Swedish and English labels of the codes that rule messages name (same labels as the schema's x-label-sv/x-label-en). */
import type { Bilingual } from '../model';

type Table = Record<string, Bilingual>;
const t = (sv: string, en: string): Bilingual => ({ sv, en });

export const DATA_CATEGORY: Table = {
  identity_contact: t('Identitets- och kontaktuppgifter', 'Identity and contact details'),
  somatic_care: t('Somatisk vårddokumentation', 'Somatic care records'),
  medication: t('Läkemedel', 'Medication'),
  mental_health: t('Psykisk ohälsa', 'Mental health'),
  sexual_health: t('Sexualliv och sexuell hälsa', 'Sex life and sexual health'),
  substance_abuse: t('Missbruk och beroende', 'Substance abuse and addiction'),
  violence_close_relations: t('Hot och våld i nära relationer', 'Threats and violence in close relationships'),
  child_protection: t('Barn som far illa/orosanmälan', 'Child protection reports'),
  genetics: t('Genetiska uppgifter', 'Genetic data'),
  infectious_notifiable: t('Allmänfarliga smittsamma sjukdomar', 'Notifiable infectious diseases'),
  gender_identity: t('Könsidentitet', 'Gender identity'),
  forensic: t('Rättspsykiatri/lagöverträdelser', 'Forensic psychiatry/offences'),
  dental_care: t('Tandvårdsdokumentation', 'Dental records'),
  medical_history: t('Hälsodeklaration/anamnes', 'Health declaration/medical history'),
  palliative_care: t('Vård i livets slut', 'End-of-life care'),
  hsl_documentation: t('Omvårdnads- och rehabiliteringsdokumentation', 'Nursing and rehabilitation records'),
  child_health: t('Barnhälsovård', 'Child health services'),
  payment: t('Betalnings- och ekonomiska uppgifter', 'Payment and financial data'),
};

export const REGISTERED_CATEGORY: Table = {
  children: t('Barn och unga under 18 år', 'Children and young people under 18'),
  protected_identity: t('Personer med skyddade personuppgifter', 'Persons with protected identity'),
  public_figures: t('Allmänt kända personer', 'Public figures'),
  employees_as_patients: t('Medarbetare (och närstående) som patienter', 'Employees (and their relatives) as patients'),
  staff_own_records: t('Personalens egna uppgifter', "Staff's own records"),
  particularly_vulnerable: t('Särskilt utsatta personer', 'Particularly vulnerable persons'),
};

export const REGIME: Table = {
  inner_secrecy: t('inre sekretess', 'internal confidentiality'),
  coherent_record_keeping: t('sammanhållen vård- och omsorgsdokumentation', 'coherent health and social care documentation'),
};

export const PATIENT_SCOPE: Table = {
  none: t('Ingen', 'None'),
  emergency_only: t('Endast nödåtkomst', 'Emergency access only'),
  scheduled_contact: t('Schemalagt/bokat patientmöte', 'Scheduled patient contact'),
  care_relation: t('Pågående vårdrelation', 'Ongoing care relationship'),
  own_unit: t('Patienter vid egen vårdenhet', 'Patients of the own unit'),
  listed_units: t('Angivna vårdenheter', 'Listed care units'),
  all_patients: t('Samtliga patienter', 'All patients'),
};

export const LEVEL: Table = {
  low: t('Låg', 'Low'),
  medium: t('Medel', 'Medium'),
  high: t('Hög', 'High'),
  very_high: t('Mycket hög', 'Very high'),
};

export const SENSITIVITY: Table = {
  baseline: t('Grundnivå', 'Baseline'),
  high: t('Hög', 'High'),
  very_high: t('Mycket hög', 'Very high'),
};

export const SPECIALTY: Table = {
  general_practice: t('Allmänmedicin', 'General practice'),
  digital_primary_care: t('Digital primärvård', 'Digital primary care'),
  emergency: t('Akutsjukvård', 'Emergency care'),
  internal_medicine: t('Internmedicin', 'Internal medicine'),
  surgery: t('Kirurgi', 'Surgery'),
  orthopaedics: t('Ortopedi', 'Orthopaedics'),
  paediatrics: t('Barnmedicin', 'Paediatrics'),
  child_health_services: t('Barnhälsovård (BVC)', 'Child health services'),
  obstetrics_gynaecology: t('Kvinnosjukvård/förlossning', 'Obstetrics and gynaecology'),
  psychiatry: t('Psykiatri', 'Psychiatry'),
  child_adolescent_psychiatry: t('Barn- och ungdomspsykiatri (BUP)', 'Child and adolescent psychiatry'),
  youth_clinic: t('Ungdomsmottagning', 'Youth clinic'),
  addiction: t('Beroendevård', 'Addiction care'),
  forensic_psychiatry: t('Rättspsykiatri', 'Forensic psychiatry'),
  infectious_diseases: t('Infektion (inkl. hiv)', 'Infectious diseases (incl. HIV)'),
  sexual_health_clinic: t('Mottagning för sexuell hälsa', 'Sexual health clinic'),
  clinical_genetics: t('Klinisk genetik', 'Clinical genetics'),
  gender_identity: t('Könsdysfori', 'Gender dysphoria'),
  primary_care_mental_health: t('Psykisk hälsa i primärvården', 'Mental health in primary care'),
  dental: t('Tandvård', 'Dental care'),
  elderly_care_nursing: t('Kommunal hälso- och sjukvård', 'Municipal health care'),
  rehabilitation: t('Rehabilitering', 'Rehabilitation'),
  other: t('Annan', 'Other'),
};

export const FUNCTION: Table = {
  clinical_operations: t('Verksamhet/vårdledning', 'Clinical operations'),
  information_security: t('Informationssäkerhet', 'Information security'),
  data_protection: t('Dataskydd (jurist/samordnare)', 'Data protection (lawyer/coordinator)'),
  data_protection_officer: t('Dataskyddsombud (rådgivande)', 'Data protection officer (advisory)'),
  legal: t('Juridik', 'Legal'),
  it_system_management: t('Systemförvaltning/IT', 'IT/system management'),
  management: t('Ledning', 'Management'),
  other: t('Annan', 'Other'),
};

export const CONDITION: Table = {
  active_choice: t('Aktivt val', 'Active choice'),
  care_relation_check: t('Kontroll av vårdrelation', 'Care relationship check'),
  schedule_linked: t('Kopplad till schemalagt möte', 'Linked to a scheduled meeting'),
  time_limited: t('Tidsbegränsad', 'Time-limited'),
  patient_consent: t('Patientens samtycke', "Patient's consent"),
  emergency_access_logged: t('Nödåtkomst loggas och följs upp', 'Emergency access logged and followed up'),
  protected_identity_masked: t('Maskering vid skyddade personuppgifter', 'Masking of protected identity'),
  blocking_respected: t('Spärrar respekteras', 'Blocks respected'),
  child_consent_checked: t('Barns samtycke bedöms efter ålder och mognad', "Child's consent assessed by age and maturity"),
};

export const STAFF_CATEGORY: Table = {
  physician: t('Läkare', 'Physician'),
  nurse: t('Sjuksköterska', 'Nurse'),
  assistant_nurse: t('Undersköterska', 'Assistant nurse'),
  midwife: t('Barnmorska', 'Midwife'),
  psychologist: t('Psykolog', 'Psychologist'),
  counsellor: t('Kurator', 'Counsellor'),
  physiotherapist: t('Fysioterapeut', 'Physiotherapist'),
  occupational_therapist: t('Arbetsterapeut', 'Occupational therapist'),
  dentist: t('Tandläkare', 'Dentist'),
  dental_hygienist: t('Tandhygienist', 'Dental hygienist'),
  dental_nurse: t('Tandsköterska', 'Dental nurse'),
  medical_secretary: t('Medicinsk sekreterare', 'Medical secretary'),
  clinical_team: t('Vårdteam (flera yrken)', 'Clinical team (several professions)'),
  administrator: t('Administratör', 'Administrator'),
  manager: t('Chef', 'Manager'),
  quality_analyst: t('Verksamhetsuppföljning/analys', 'Quality analyst'),
  it_staff: t('IT/systemförvaltning', 'IT staff'),
  other: t('Annan', 'Other'),
};

export const TRIGGER: Table = {
  role_change: t('Byte av roll/arbetsuppgifter', 'Change of role or tasks'),
  employment_end: t('Avslutad anställning/uppdrag', 'End of employment or assignment'),
  leave_of_absence: t('Tjänstledighet/föräldraledighet', 'Leave of absence/parental leave'),
  reorganisation: t('Omorganisation', 'Reorganisation'),
  new_system: t('Nytt system', 'New system'),
};

/** The label of `code` in `table`, or the code itself in both languages. */
export function label(table: Table, code: string): Bilingual {
  // own entries only: a value such as `__proto__` or `constructor` is shown as written, not looked up on the prototype
  return Object.hasOwn(table, code) ? table[code] : { sv: code, en: code };
}
