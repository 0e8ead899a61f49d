// Source of schemas/analysis.schema.json and schemas/access-matrix.schema.json: edit here, run `node scripts/gen-schemas.mjs`, commit both.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = process.argv[2] ?? new URL('../schemas', import.meta.url).pathname;
const ID = '^[A-Za-z0-9_.-]+$';
const CAT = '^[a-z][a-z0-9_]*$';
// a day of the calendar, leap years included (2026-02-30, 2026-13-45 fail in every validator); the same as src/schema/messages.ts DATE_PATTERN
const DATE = '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';
const DURATION = '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$';

/** Annotations: Swedish title/description (+ markdown), English x-title-en/x-description-en. */
function ann(sv, en, dsv, den, md) {
  const a = { title: sv, description: dsv };
  if (md) a.markdownDescription = md;
  a['x-title-en'] = en;
  a['x-description-en'] = den;
  return a;
}
const str = (sv, en, dsv, den, md, extra = {}) => ({ ...ann(sv, en, dsv, den, md), type: 'string', ...extra });
const bool = (sv, en, dsv, den, md, extra = {}) => ({ ...ann(sv, en, dsv, den, md), type: 'boolean', ...extra });
const int = (sv, en, dsv, den, md) => ({ ...ann(sv, en, dsv, den, md), type: 'integer', minimum: 0 });
const date = (sv, en, dsv, den, md) => ({ ...ann(sv, en, dsv + ' Datum i formatet ÅÅÅÅ-MM-DD.', den + ' Date as YYYY-MM-DD.', md), type: 'string', pattern: DATE });
const idProp = (dsv, den) => ({ ...ann('Id', 'Id', dsv, den), type: 'string', pattern: ID });
const ref = (name, sv, en, dsv, den, md) => ({ $ref: `#/definitions/${name}`, ...ann(sv, en, dsv, den, md) });
const list = (items, sv, en, dsv, den, md) => ({ ...ann(sv, en, dsv, den, md), type: 'array', items });
const listOf = (name, sv, en, dsv, den, md) => list({ $ref: `#/definitions/${name}` }, sv, en, dsv, den, md);
const strList = (sv, en, dsv, den, md) => list({ type: 'string' }, sv, en, dsv, den, md);

function obj(sv, en, dsv, den, md, properties, { required, snippets } = {}) {
  const o = { ...ann(sv, en, dsv, den, md), type: 'object', additionalProperties: false };
  if (required) o.required = required;
  o.properties = properties;
  if (snippets) o.defaultSnippets = snippets;
  return o;
}

/** An enum definition. entries: [code, sv label, en label, markdown extra?]. `desc` = enumDescriptions text override. */
function enumDef(sv, en, dsv, den, md, type, entries) {
  const o = { ...ann(sv, en, dsv, den, md), type, enum: entries.map((e) => e[0]) };
  o.enumDescriptions = entries.map((e) => e[4] ?? e[1]);
  o.markdownEnumDescriptions = entries.map((e) => (e[3] ? `**${e[4] ?? e[1]}** – ${e[3]}` : `**${e[4] ?? e[1]}**`));
  o['x-label-sv'] = Object.fromEntries(entries.map((e) => [String(e[0]), e[1]]));
  o['x-label-en'] = Object.fromEntries(entries.map((e) => [String(e[0]), e[2]]));
  return o;
}

// ---------------------------------------------------------------------------------------------------------------
// Code lists
// ---------------------------------------------------------------------------------------------------------------
const SENS = 'Särskilt integritetskänslig specialitet: uppgifter från vissa mottagningar eller specialiteter *kan kräva* en särskild riskbedömning (prop. 2007/08:126 s. 148; IMY DI-2019-3845 s. 15, 19). Verktygets lista; `.bra.jsonc` `thresholds.sensitiveSpecialties` ersätter den.';
const SOFT = 'Mjuk åtgärd: begränsar inte åtkomsten i sig (IMY, Vårdgivares skydd för patientuppgifter).';

const D = {};

D.schema_version = enumDef('Schemaversion', 'Schema version',
  'Version av dataformatet. Ska vara "1.0" (skrivs med citattecken i YAML).',
  'Version of the data format. Must be "1.0" (quoted in YAML).', undefined, 'string',
  [['1.0', 'Version 1.0', 'Version 1.0']]);

D.document_status = enumDef('Status', 'Status', 'Dokumentets status.', 'Status of the document.', undefined, 'string', [
  ['draft', 'Utkast', 'Draft'],
  ['approved', 'Fastställd', 'Approved', 'Analysen är fastställd av behörig befattningshavare; ange `approved`.'],
  ['superseded', 'Ersatt', 'Superseded'],
]);

D.provider_kind = enumDef('Typ av vårdgivare', 'Kind of care provider', 'Vilken sorts organisation vårdgivaren är.',
  'What kind of organisation the care provider is.', undefined, 'string', [
    ['region', 'Region', 'Region'],
    ['municipality', 'Kommun', 'Municipality'],
    ['private_company', 'Privat bolag', 'Private company'],
    ['foundation', 'Stiftelse', 'Foundation'],
    ['other', 'Annan', 'Other'],
  ]);

D.preparer_function = enumDef('Funktion', 'Function', 'Vilken funktion personen företräder i arbetet med analysen.',
  'Which function the person represents in preparing the analysis.', undefined, 'string', [
    ['clinical_operations', 'Verksamhet/vårdledning', 'Clinical operations'],
    ['information_security', 'Informationssäkerhet', 'Information security'],
    ['data_protection', 'Dataskydd (jurist/samordnare)', 'Data protection (lawyer/coordinator)'],
    ['data_protection_officer', 'Dataskyddsombud (rådgivande)', 'Data protection officer (advisory)',
      'Dataskyddsombudet ger råd och övervakar (art. 38–39 GDPR); det tar inte fram analysen och räknas inte som en funktion som tagit fram den.'],
    ['legal', 'Juridik', 'Legal'],
    ['it_system_management', 'Systemförvaltning/IT', 'IT/system management'],
    ['management', 'Ledning', 'Management'],
    ['other', 'Annan', 'Other'],
  ]);

D.specialty = enumDef('Specialitet', 'Specialty',
  'Vårdenhetens specialitet. Vissa specialiteter är särskilt integritetskänsliga och kräver en särskild riskbedömning.',
  'Specialty of the care unit. Some specialties are particularly sensitive and need a special risk assessment.',
  'Vårdenhetens specialitet. Specialiteter märkta som särskilt integritetskänsliga kräver en **särskild riskbedömning** (prop. 2007/08:126 s. 148; IMY DI-2019-3845 s. 19).',
  'string', [
    ['general_practice', 'Allmänmedicin', 'General practice'],
    ['digital_primary_care', 'Digital primärvård', 'Digital primary care'],
    ['emergency', 'Akutsjukvård', 'Emergency care'],
    ['internal_medicine', 'Internmedicin', 'Internal medicine'],
    ['surgery', 'Kirurgi', 'Surgery'],
    ['orthopaedics', 'Ortopedi', 'Orthopaedics'],
    ['paediatrics', 'Barnmedicin', 'Paediatrics'],
    ['child_health_services', 'Barnhälsovård (BVC)', 'Child health services'],
    ['obstetrics_gynaecology', 'Kvinnosjukvård/förlossning', 'Obstetrics and gynaecology', SENS],
    ['psychiatry', 'Psykiatri', 'Psychiatry', SENS],
    ['child_adolescent_psychiatry', 'BUP', 'Child and adolescent psychiatry', 'Barn- och ungdomspsykiatri. ' + SENS],
    ['youth_clinic', 'Ungdomsmottagning', 'Youth clinic', SENS],
    ['addiction', 'Beroendevård', 'Addiction care', SENS],
    ['forensic_psychiatry', 'Rättspsykiatri', 'Forensic psychiatry', SENS],
    ['infectious_diseases', 'Infektion (inkl. hiv)', 'Infectious diseases (incl. HIV)', SENS],
    ['sexual_health_clinic', 'Mottagning för sexuell hälsa', 'Sexual health clinic', SENS],
    ['clinical_genetics', 'Klinisk genetik', 'Clinical genetics', SENS],
    ['gender_identity', 'Utredning och behandling vid könsdysfori', 'Assessment and treatment of gender dysphoria', SENS],
    ['primary_care_mental_health', 'Psykisk hälsa i primärvården', 'Mental health in primary care', SENS],
    ['dental', 'Tandvård', 'Dental care'],
    ['elderly_care_nursing', 'Kommunal hälso- och sjukvård', 'Municipal health care'],
    ['rehabilitation', 'Rehabilitering', 'Rehabilitation'],
    ['other', 'Annan', 'Other'],
  ]);

D.regime = enumDef('Regelverk för åtkomst', 'Access regime',
  'Inre sekretess (4 kap. patientdatalagen) eller sammanhållen vård- och omsorgsdokumentation (lag 2022:913). Behov och risker analyseras för varje regelverk för sig.',
  'Internal confidentiality (ch. 4 Patient Data Act) or coherent health and social care documentation (Act 2022:913). Needs and risks are analysed per regime.',
  'Inre sekretess (4 kap. 1–3 §§ PDL) eller sammanhållen vård- och omsorgsdokumentation (lag 2022:913, i kraft 2023-01-01; som ersatte patientdatalagens regler om sammanhållen journalföring). IMY förväntar sig att analysen omfattar båda: "*Det gäller såväl inom den inre sekretessen som vid sammanhållen journalföring*" (IMY DI-2019-3845 s. 19). Värdet heter fortfarande `coherent_record_keeping` så att befintliga filer gäller.',
  'string', [
    ['inner_secrecy', 'Inre sekretess (4 kap. PDL)', 'Internal confidentiality (ch. 4 PDL)', 'Åtkomst inom vårdgivarens egen verksamhet (4 kap. 1–3 §§ PDL).'],
    ['coherent_record_keeping', 'Sammanhållen vård- och omsorgsdokumentation (lag 2022:913)', 'Coherent health and social care documentation (Act 2022:913)',
      'Direktåtkomst eller annat elektroniskt utlämnande mellan vårdgivare och omsorgsgivare, t.ex. NPÖ (lag 2022:913; som ersatte patientdatalagens regler om sammanhållen journalföring).'],
  ]);

D.external_relation = enumDef('Förhållande till vårdgivaren', 'Relation to the provider',
  'Hur personal från en annan organisation når patientuppgifterna.', 'How staff of another organisation reach the patient data.', undefined, 'string', [
    ['hired_staff', 'Arbetar hos vårdgivaren (t.ex. inhyrd eller student)', 'Works at the provider (e.g. hired staff or student)',
      'Den som arbetar hos vårdgivaren omfattas av den inre sekretessen (4 kap. 1 § PDL), oavsett anställningsform.'],
    ['processor', 'Leverantör (personuppgiftsbiträde)', 'Supplier (processor)', 'Kräver ett personuppgiftsbiträdesavtal (art. 28 GDPR).'],
    ['other_provider', 'Annan vård- eller omsorgsgivare', 'Another care or social-care provider',
      'Når uppgifterna via sammanhållen vård- och omsorgsdokumentation (lag 2022:913).'],
  ]);

D.sjf_role = enumDef('Roll i sammanhållen vård- och omsorgsdokumentation', 'Role in coherent health and social care documentation',
  'Om systemet gör egna uppgifter tillgängliga för andra vård- och omsorgsgivare, tar del av andras uppgifter eller båda.',
  'Whether the system makes data available to other providers (producer), reads other providers\' data (consumer) or both.',
  undefined, 'string', [
    ['consumer', 'Tar del av andras uppgifter', 'Reads other providers\' data'],
    ['producer', 'Gör egna uppgifter tillgängliga', 'Makes own data available'],
    ['both', 'Båda', 'Both'],
  ]);

D.sensitivity = enumDef('Känslighet', 'Sensitivity',
  'Hur integritetskänslig uppgiftskategorin är. Alla uppgifter om hälsa är känsliga enligt art. 9 GDPR.',
  'How privacy-sensitive the data category is. All health data is special-category data under Art. 9 GDPR.',
  'Hur integritetskänslig uppgiftskategorin är. IMY nämner särskilt uppgifter om "*sexualliv, missbruk, psykisk ohälsa eller hot eller våld särskilt om det är i nära relationer*" (IMY DI-2019-3845 s. 22–23).',
  'string', [
    ['baseline', 'Grundnivå – känslig enligt art. 9', 'Baseline – special category under Art. 9'],
    ['high', 'Hög', 'High'],
    ['very_high', 'Mycket hög', 'Very high'],
  ]);

D.staff_category = enumDef('Yrkeskategori', 'Staff category',
  'Personalkategori. Det räcker inte att utgå från yrkeskategori (IMY, Vårdgivares skydd för patientuppgifter); behovet bör framgå av arbetsuppgifterna.',
  'Staff category. Access must not be based on the professional category alone; the need follows from the tasks.',
  'Personalkategori. "*Det räcker inte att utgå från vilken yrkeskategori en viss anställd tillhör*" (IMY, Vårdgivares skydd för patientuppgifter). Behoven ska analyseras per personalkategori (prop. 2007/08:126 s. 148–149).',
  'string', [
    ['physician', 'Läkare', 'Physician'],
    ['nurse', 'Sjuksköterska', 'Nurse'],
    ['assistant_nurse', 'Undersköterska', 'Assistant nurse'],
    ['midwife', 'Barnmorska', 'Midwife'],
    ['psychologist', 'Psykolog', 'Psychologist'],
    ['counsellor', 'Kurator', 'Counsellor'],
    ['physiotherapist', 'Fysioterapeut', 'Physiotherapist'],
    ['occupational_therapist', 'Arbetsterapeut', 'Occupational therapist'],
    ['dentist', 'Tandläkare', 'Dentist'],
    ['dental_hygienist', 'Tandhygienist', 'Dental hygienist'],
    ['dental_nurse', 'Tandsköterska', 'Dental nurse'],
    ['medical_secretary', 'Medicinsk sekreterare', 'Medical secretary'],
    ['clinical_team', 'Vårdteam (flera yrken)', 'Clinical team (several professions)'],
    ['administrator', 'Administratör', 'Administrator'],
    ['manager', 'Chef', 'Manager'],
    ['quality_analyst', 'Verksamhetsuppföljning/analys', 'Quality analyst'],
    ['it_staff', 'IT/systemförvaltning', 'IT staff'],
    ['other', 'Annan', 'Other'],
  ]);

D.patient_scope = enumDef('Patientomfång', 'Patient scope',
  'Vilka patienters uppgifter åtkomsten omfattar, från snävast (ingen) till vidast (samtliga patienter).',
  'Which patients\' data the access covers, from narrowest (none) to widest (all patients).',
  'Vilka patienters uppgifter åtkomsten omfattar. Behörigheten ska begränsas till vad som behövs (4 kap. 2 § PDL); "*grovmaskig behörighetstilldelning … bör … inte accepteras*" (prop. 2007/08:126 s. 149).',
  'string', [
    ['none', 'Ingen', 'None'],
    ['emergency_only', 'Endast nödåtkomst', 'Emergency access only'],
    ['scheduled_contact', 'Schemalagt/bokat patientmöte', 'Scheduled patient contact'],
    ['care_relation', 'Pågående vårdrelation', 'Ongoing care relationship'],
    ['own_unit', 'Patienter vid egen vårdenhet', 'Patients of the own unit', 'Patienterna vid rollens vårdenheter (`units` på rollen).'],
    ['listed_units', 'Angivna vårdenheter', 'Listed care units', 'Patienterna vid de enheter som anges i `units` på behovet eller behörigheten.'],
    ['all_patients', 'Samtliga patienter', 'All patients'],
  ]);

D.identifiability = enumDef('Identifierbarhet', 'Identifiability',
  'Om uppgifterna visas direkt identifierbara eller endast indirekt identifierbara (t.ex. pseudonymiserade).',
  'Whether the data is shown directly identifiable or only indirectly identifiable (e.g. pseudonymised).',
  'För personal som inte utför individorienterade arbetsuppgifter "*torde det för flertalet befattningshavare räcka*" med indirekt identifierbara uppgifter (prop. 2007/08:126 s. 149; IMY DI-2019-3845 s. 16).',
  'string', [
    ['identified', 'Direkt identifierbara', 'Directly identifiable'],
    ['pseudonymised', 'Indirekt identifierbara', 'Indirectly identifiable (pseudonymised)'],
  ]);

D.threat_type = enumDef('Typ av hot', 'Threat type', 'Vilken sorts hot mot patientuppgifterna risken avser.',
  'The kind of threat to patient data that the risk concerns.', undefined, 'string', [
    ['internal_unauthorised_access', 'Obehörig åtkomst inifrån', 'Unauthorised internal access'],
    ['over_broad_access', 'För vid behörighet', 'Over-broad access rights'],
    ['external_intrusion', 'Intrång utifrån', 'External intrusion'],
    ['credential_sharing', 'Delade inloggningar', 'Shared credentials'],
    ['lost_device', 'Förlorad utrustning', 'Lost device'],
    ['misdirected_disclosure', 'Felaktigt utlämnande', 'Misdirected disclosure'],
    ['other', 'Annan', 'Other'],
  ]);

D.consequence_type = enumDef('Typ av konsekvens', 'Consequence type',
  'Vilken sorts negativ konsekvens för den registrerade. Välj en specifik typ; "other" räknas som generisk.',
  'The kind of negative consequence for the data subject. Choose a specific type; "other" counts as generic.',
  'Negativa konsekvenser för de registrerade, "*exempelvis skador, betydande social eller ekonomisk nackdel, berövande av rättigheter och friheter*" (IMY DI-2019-3845 s. 19). Välj en specifik typ; `other` räknas som generisk.',
  'string', [
    ['discrimination', 'Diskriminering', 'Discrimination'],
    ['stigma_reputation', 'Stigmatisering/skadat anseende', 'Stigma/damaged reputation'],
    ['threat_violence', 'Hot eller våld', 'Threats or violence'],
    ['relationship_harm', 'Skada på relationer/familj', 'Harm to relationships/family'],
    ['economic_harm', 'Ekonomisk skada', 'Economic harm'],
    ['employment_harm', 'Följder i arbetslivet', 'Consequences at work'],
    ['identity_fraud', 'Identitetsstöld/bedrägeri', 'Identity theft/fraud'],
    ['psychological_distress', 'Psykiskt lidande/kränkning', 'Psychological distress/violation'],
    ['care_avoidance', 'Avstår från vård', 'Avoids seeking care'],
    ['loss_of_control', 'Förlust av kontroll över uppgifterna', 'Loss of control over the data'],
    ['physical_harm', 'Fysisk skada', 'Physical harm'],
    ['other', 'Annan', 'Other', 'Räknas som generisk konsekvens.'],
  ]);

D.measure_kind = enumDef('Typ av åtgärd', 'Measure kind',
  'Vilken sorts teknisk eller organisatorisk åtgärd. Mjuka åtgärder (utbildning, sekretessförbindelse, riktlinje, loggkontroll m.fl.) begränsar inte åtkomsten i sig.',
  'The kind of technical or organisational measure. Soft measures (training, confidentiality undertaking, guideline, log review etc.) do not limit access by themselves.',
  'Vilken sorts åtgärd. Resultatet ska vara att "*ingen tilldelning av behörighet ger vidare åtkomstmöjligheter än den som behovs- och riskanalysen visar är befogad*" (IMY DI-2019-3845 s. 23). Mjuka åtgärder begränsar inte åtkomsten i sig.',
  'string', [
    ['access_restriction', 'Behörighetsbegränsning', 'Access restriction'],
    ['active_choice', 'Aktivt val', 'Active choice'],
    ['care_relation_check', 'Kontroll av vårdrelation', 'Care relationship check'],
    ['schedule_linked_access', 'Åtkomst kopplad till schema/bokning', 'Access linked to schedule/booking'],
    ['time_limited_access', 'Tidsbegränsad åtkomst', 'Time-limited access'],
    ['protected_identity_masking', 'Maskering vid skyddade personuppgifter', 'Masking of protected identity'],
    ['blocking', 'Spärr', 'Blocking'],
    ['emergency_access_control', 'Nödåtkomst med motivering', 'Emergency access with justification'],
    ['pseudonymisation', 'Pseudonymisering', 'Pseudonymisation'],
    ['strong_authentication', 'Stark autentisering', 'Strong authentication'],
    ['encryption', 'Kryptering', 'Encryption'],
    ['device_management', 'Hantering av enheter', 'Device management'],
    ['other_technical', 'Annan teknisk', 'Other technical'],
    ['training', 'Utbildning', 'Training', SOFT],
    ['confidentiality_undertaking', 'Sekretessförbindelse', 'Confidentiality undertaking', SOFT],
    ['policy_guideline', 'Riktlinje', 'Policy/guideline', SOFT],
    ['log_review', 'Loggkontroll', 'Log review', SOFT],
    ['patient_log_extract', 'Loggutdrag till patient', 'Log extract to the patient', SOFT],
    ['background_check', 'Bakgrundskontroll', 'Background check', SOFT],
    ['assignment_routine', 'Rutin för tilldelning', 'Assignment routine', SOFT],
  ]);

D.measure_status = enumDef('Status', 'Status', 'Om åtgärden är införd eller planerad.', 'Whether the measure is implemented or planned.',
  undefined, 'string', [
    ['implemented', 'Införd', 'Implemented'],
    ['planned', 'Planerad', 'Planned', 'Ange `due` och `owner` för planerade åtgärder.'],
  ]);

D.probability = enumDef('Sannolikhet', 'Probability',
  'Hur sannolikt det är att risken inträffar, på skalan 1–4 (skäl 76 GDPR).',
  'How likely the risk is to occur, on the 1–4 scale (recital 76 GDPR).',
  'Hur sannolikt det är att risken inträffar, 1–4. Analysen ska bedöma riskernas **sannolikhet och allvar** (skäl 76 GDPR; IMY DI-2019-3845 s. 19).',
  'integer', [
    [1, 'Mycket liten', 'Very low', 'Det finns inga eller mycket få tecken på att det kan inträffa; tekniska spärrar gör det i praktiken omöjligt utan avsiktligt kringgående.', '1 – Mycket liten'],
    [2, 'Liten', 'Low', 'Kan inträffa men inte under normala omständigheter; enstaka fall kan förväntas under flera år.', '2 – Liten'],
    [3, 'Stor', 'High', 'Kan mycket väl inträffa; liknande händelser har inträffat i verksamheten eller i jämförbara verksamheter.', '3 – Stor'],
    [4, 'Mycket stor', 'Very high', 'Förväntas inträffa eller inträffar redan; t.ex. bred behörighet utan begränsning för många användare.', '4 – Mycket stor'],
  ]);

D.severity = enumDef('Konsekvens (allvar för den registrerade)', 'Severity (for the data subject)',
  'Hur allvarliga följderna blir för den registrerade (inte för verksamheten), på skalan 1–4.',
  'How severe the consequences are for the data subject (not for the organisation), on the 1–4 scale.',
  'Hur allvarliga följderna blir **för den registrerade**, 1–4 (skäl 75–76 GDPR; IMY DI-2019-3845 s. 19).',
  'integer', [
    [1, 'Begränsad', 'Limited', 'Obehag eller irritation som den registrerade kan hantera utan bestående följder. Bör sällan användas för uppgifter om hälsa.', '1 – Begränsad'],
    [2, 'Måttlig', 'Moderate', 'Märkbar kränkning eller oro; begränsad social nackdel som kan avhjälpas.', '2 – Måttlig'],
    [3, 'Betydande', 'Significant', 'Betydande social eller ekonomisk nackdel: stigmatisering, diskriminering, skadade relationer, följder i arbetslivet, att personen avstår från vård.', '3 – Betydande'],
    [4, 'Allvarlig', 'Severe', 'Fara för liv eller hälsa (t.ex. röjd vistelseort vid skyddade personuppgifter, upptrappat våld i nära relation), oåterkalleliga eller långvariga följder, berövande av rättigheter och friheter.', '4 – Allvarlig'],
  ]);

D.risk_level = enumDef('Risknivå', 'Risk level',
  'Risknivå enligt matrisen sannolikhet × konsekvens: ≤ 3 låg, 4–6 medel, 8–9 hög, ≥ 12 mycket hög. Valfri; beräknas annars.',
  'Risk level from the probability × severity matrix: ≤ 3 low, 4–6 medium, 8–9 high, ≥ 12 very high. Optional; otherwise computed.',
  undefined, 'string', [
    ['low', 'Låg', 'Low', 'Acceptera och dokumentera.'],
    ['medium', 'Medel', 'Medium', 'Restrisken ska bedömas.'],
    ['high', 'Hög', 'High', 'Åtgärder krävs; kvarstående hög restrisk ska accepteras av namngiven beslutsfattare.'],
    ['very_high', 'Mycket hög', 'Very high', 'Åtgärder krävs; överväg konsekvensbedömning (art. 35 GDPR).'],
  ]);

/** A value of probability or severity: the tool's enum 1–4, or a value of the scale declared in risk_method (BRA018 checks it). */
const scaleValue = (tool) => ({
  title: 'Värde på riskskalan', 'x-title-en': 'Value on the risk scale',
  description: 'Ett heltal 1–4 på verktygets skala, eller ett värde på den skala analysen anger i risk_method (BRA018 kontrollerar värdet).',
  'x-description-en': 'An integer 1–4 on the tool\'s scale, or a value on the scale the analysis declares in risk_method (BRA018 checks the value).',
  anyOf: [
    { $ref: `#/definitions/${tool}` },
    { type: 'string', minLength: 1, title: 'Värde på analysens skala', 'x-title-en': 'Value on the analysis\'s scale',
      description: 'Ett av värdena i risk_method.', 'x-description-en': 'One of the values in risk_method.' },
    { type: 'number', title: 'Tal på analysens skala', 'x-title-en': 'Number on the analysis\'s scale',
      description: 'Ett av värdena i risk_method.', 'x-description-en': 'One of the values in risk_method.' },
  ],
});
D.probability_value = scaleValue('probability');
D.severity_value = scaleValue('severity');

D.risk_scale = list({ anyOf: [{ type: 'string', minLength: 1 }, { type: 'number' }] }, 'Skala', 'Scale',
  'Skalans värden i stigande ordning (lägst först), t.ex. [1, 2, 3, 4, 5] eller [Låg, Medel, Hög].',
  'The scale\'s values in ascending order (lowest first), e.g. [1, 2, 3, 4, 5] or [Low, Medium, High].');
Object.assign(D.risk_scale, { minItems: 2, uniqueItems: true });

D.risk_method = obj('Riskmetod', 'Risk method',
  'Analysens egen skala för sannolikhet och konsekvens, om den inte använder verktygets 1–4.',
  'The analysis\'s own scale for probability and severity, if it does not use the tool\'s 1–4.',
  'Analysens egen skala för sannolikhet och konsekvens. IMY kräver en bedömning av sannolikhet och allvar men ingen viss skala, och analysen är enligt Kammarrätten i Stockholm (2022, enligt referat) inte bunden av formkrav. Med en deklarerad skala godtar BRA018 skalans värden; risknivån är den som analysen anger i `level` (BRA019 jämför då inte med verktygets matris). Se [BRA018](rules/BRA018-probability-severity.md).', {
    name: str('Namn', 'Name', 'Metodens eller mallens namn, t.ex. regionens riskmatris.', 'Name of the method or template, e.g. the region\'s risk matrix.'),
    probability: ref('risk_scale', 'Skala för sannolikhet', 'Probability scale', 'Värdena för sannolikhet, lägst först.', 'The probability values, lowest first.'),
    severity: ref('risk_scale', 'Skala för konsekvens', 'Severity scale', 'Värdena för konsekvens (allvar för den registrerade), lägst först.', 'The severity values (for the data subject), lowest first.'),
    description: str('Beskrivning', 'Description', 'Hur skalan och risknivåerna ska läsas, eller var metoden finns.', 'How to read the scale and the risk levels, or where the method is documented.'),
  });

D.operation = enumDef('Funktion', 'Operation', 'Vad användaren kan göra med uppgifterna (informativt).',
  'What the user can do with the data (informational).', undefined, 'string', [
    ['read', 'Läsa', 'Read'],
    ['write', 'Skriva/dokumentera', 'Write'],
    ['sign', 'Signera', 'Sign'],
    ['print', 'Skriva ut', 'Print'],
    ['export', 'Exportera', 'Export'],
  ]);

D.condition = enumDef('Villkor', 'Condition', 'Tekniskt villkor som begränsar när åtkomsten kan användas.',
  'A technical condition that limits when the access can be used.',
  'Tekniskt villkor för åtkomsten. Känsliga uppgifter kan läggas i skikt som kräver "*aktiva val*" (prop. 2007/08:126 s. 149; IMY DI-2019-3845 s. 16).',
  'string', [
    ['active_choice', 'Aktivt val', 'Active choice'],
    ['care_relation_check', 'Kontroll av vårdrelation', 'Care relationship check'],
    ['schedule_linked', 'Kopplad till schemalagt möte', 'Linked to a scheduled meeting'],
    ['time_limited', 'Tidsbegränsad', 'Time-limited', 'Ange `time_limit`, t.ex. `P4M`.'],
    ['patient_consent', 'Patientens samtycke', "Patient's consent"],
    ['emergency_access_logged', 'Nödåtkomst loggas och följs upp', 'Emergency access logged and followed up'],
    ['protected_identity_masked', 'Maskering vid skyddade personuppgifter', 'Masking of protected identity'],
    ['blocking_respected', 'Spärrar respekteras', 'Blocks respected'],
    ['child_consent_checked', 'Barns samtycke bedöms efter ålder och mognad', "Child's consent assessed by age and maturity",
      'Lag (2022:913) har uttryckliga bestämmelser om barns samtycke (prop. 2021/22:177).'],
  ]);

D.review_trigger = enumDef('Utlösande händelse', 'Review trigger', 'Händelse som utlöser en översyn av behörigheter.',
  'An event that triggers a review of access rights.', undefined, 'string', [
    ['role_change', 'Byte av roll/arbetsuppgifter', 'Change of role or tasks'],
    ['employment_end', 'Avslutad anställning/uppdrag', 'End of employment or assignment'],
    ['leave_of_absence', 'Tjänstledighet/föräldraledighet', 'Leave of absence/parental leave'],
    ['reorganisation', 'Omorganisation', 'Reorganisation'],
    ['new_system', 'Nytt system', 'New system'],
  ]);

D.log_selection = enumDef('Urval', 'Selection', 'Hur loggar väljs ut för kontroll.', 'How logs are selected for review.',
  'Hur loggar väljs ut. IMY: det är "*lämpligt att kombinera systematik och viss slumpmässighet*" med flera parametrar (IMY, Kontroll av åtkomst till uppgifter – för vårdgivare).',
  'string', [
    ['random_sample', 'Slumpmässigt urval', 'Random sample'],
    ['targeted', 'Riktat urval', 'Targeted selection', 'Ange kriterierna i `targeted_criteria`.'],
  ]);

// BRA047/BRA048: what a targeted log control covers (structured, so the rules can check it; targeted_criteria stays free text)
D.log_target = enumDef('Riktad kontroll avser', 'Targeted control covers',
  'Vilka öppningar eller grupper av registrerade som den riktade loggkontrollen särskilt granskar.',
  'Which openings or groups of data subjects the targeted log control specifically reviews.',
  'Vilka öppningar eller grupper som den riktade loggkontrollen särskilt granskar. IMY: kombinera systematik och viss slumpmässighet med flera parametrar (IMY, Kontroll av åtkomst till uppgifter – för vårdgivare). KRY:s analys 2020 omfattade skyddad identitet, offentliga personer, medarbetare och personalens egna uppgifter (IMY DI-2019-3845 s. 8–9).',
  'string', [
    ['emergency_access', 'Nödöppningar', 'Emergency openings', 'Öppning av spärrade eller skyddade uppgifter i nödsituation (nödöppning).'],
    ['active_choice', 'Öppningar med aktivt val', 'Openings by active choice', 'Öppning av skyddade uppgifter eller journaler utanför den egna enheten genom aktivt val.'],
    ['protected_identity', 'Personer med skyddade personuppgifter', 'Persons with protected identity'],
    ['public_figures', 'Allmänt kända personer', 'Public figures'],
    ['employees_as_patients', 'Medarbetare (och närstående) som patienter', 'Employees (and their relatives) as patients'],
    ['staff_own_records', 'Personalens egna uppgifter', "Staff's own records"],
    ['no_care_relation', 'Åtkomst utan vårdrelation eller bokning', 'Access without a care relationship or booking'],
    ['same_surname_or_address', 'Samma efternamn eller adress som användaren', 'Same surname or address as the user'],
    ['supplier_access', 'Leverantörers och IT-personals åtkomst', "Suppliers' and IT staff's access"],
  ]);

// ---------------------------------------------------------------------------------------------------------------
// Reusable lists and selections
// ---------------------------------------------------------------------------------------------------------------
const DC_CODES = ['identity_contact', 'somatic_care', 'medication', 'mental_health', 'sexual_health', 'substance_abuse',
  'violence_close_relations', 'child_protection', 'genetics', 'infectious_notifiable', 'gender_identity', 'forensic',
  'dental_care', 'medical_history', 'palliative_care', 'hsl_documentation', 'child_health', 'payment'];
const RC_CODES = ['children', 'protected_identity', 'public_figures', 'employees_as_patients', 'staff_own_records', 'particularly_vulnerable'];

D.id_list = {
  ...ann('Id-lista', 'Id list', 'Lista med id:n som hänvisar till andra poster i analysen.', 'List of ids referring to other entries of the analysis.'),
  type: 'array', items: { type: 'string', pattern: ID },
};

D.data_category_id = {
  ...ann('Uppgiftskategori', 'Data category',
    'Id för en kategori av uppgifter: små bokstäver a–z, siffror och _. Rekommenderade koder: ' + DC_CODES.join(', ') + '. Egna koder är tillåtna.',
    'Id of a data category: lower-case letters a–z, digits and _. Recommended codes: ' + DC_CODES.join(', ') + '. Custom codes are allowed.'),
  type: 'string', pattern: CAT, examples: DC_CODES,
};

D.registered_category_id = {
  ...ann('Kategori av registrerade', 'Data subject category',
    'Id för en kategori av registrerade: små bokstäver a–z, siffror och _. Rekommenderade koder: ' + RC_CODES.join(', ') + '. Egna koder är tillåtna, t.ex. relatives.',
    'Id of a data subject category: lower-case letters a–z, digits and _. Recommended codes: ' + RC_CODES.join(', ') + '. Custom codes are allowed, e.g. relatives.'),
  type: 'string', pattern: CAT, examples: RC_CODES,
};

D.data_category_list = {
  ...ann('Uppgiftskategorier', 'Data categories', 'Lista med id:n för kategorier av uppgifter (se data_categories).',
    'List of data category ids (see data_categories).'),
  type: 'array', items: { $ref: '#/definitions/data_category_id' },
};

D.registered_category_list = {
  ...ann('Kategorier av registrerade', 'Data subject categories', 'Lista med id:n för kategorier av registrerade (se registered_categories).',
    'List of data subject category ids (see registered_categories).'),
  type: 'array', items: { $ref: '#/definitions/registered_category_id' },
};

D.data_category_selection = {
  ...ann('Uppgiftskategorier', 'Data categories',
    'Lista med id:n för kategorier av uppgifter, eller "all" för alla kategorier som förekommer i systemet.',
    'List of data category ids, or "all" for every category present in the system.',
    'Lista med id:n för kategorier av uppgifter, eller `all` = alla kategorier med `present: true` som förekommer i systemet. Analysen ska visa "*vilka uppgifter åtkomsten ska omfatta*" (IMY DI-2019-3845 s. 20).'),
  // Branches are inline (no $ref inside anyOf) so that the engine folds a failed union into one finding.
  anyOf: [
    { type: 'array', items: { type: 'string', pattern: CAT, examples: DC_CODES } },
    { type: 'string', const: 'all', title: 'Alla', description: 'Alla kategorier som förekommer i systemet.', 'x-title-en': 'All', 'x-description-en': 'Every category present in the system.' },
  ],
};

D.unit_selection = {
  ...ann('Vårdenheter', 'Care units', 'Lista med id:n för vårdenheter (scope.care_units), eller "all" för alla enheter.',
    'List of care unit ids (scope.care_units), or "all" for every unit.'),
  anyOf: [
    { type: 'array', items: { type: 'string', pattern: ID } },
    { type: 'string', const: 'all', title: 'Alla', description: 'Alla vårdenheter.', 'x-title-en': 'All', 'x-description-en': 'Every care unit.' },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------------------------------------------
D.care_provider = obj('Vårdgivare (personuppgiftsansvarig)', 'Care provider (controller)',
  'Vårdgivaren som är personuppgiftsansvarig för behandlingen.', 'The care provider that is the controller of the processing.', undefined, {
    name: str('Namn', 'Name', 'Vårdgivarens namn.', 'Name of the care provider.'),
    org_number: str('Organisationsnummer', 'Organisation number', 'Organisationsnummer, t.ex. "556000-0000" (skrivs med citattecken).',
      'Organisation number, e.g. "556000-0000" (quoted).'),
    kind: ref('provider_kind', 'Typ', 'Kind', 'Vilken sorts organisation vårdgivaren är.', 'What kind of organisation the care provider is.'),
  });

D.preparer = obj('Upprättad av', 'Prepared by', 'En person eller funktion som har tagit fram analysen.',
  'A person or function that prepared the analysis.', undefined, {
    name: str('Namn', 'Name', 'Namn eller befattning.', 'Name or position.'),
    function: ref('preparer_function', 'Funktion', 'Function', 'Vilken funktion personen företräder.', 'Which function the person represents.'),
  });

D.approval = obj('Fastställd', 'Approved', 'Vem som har fastställt analysen och när.', 'Who approved the analysis, and when.',
  'Vem som har fastställt analysen och när. Beslutet om tilldelning av behörighet ska **föregås** av analysen (4 kap. 2 § HSLF-FS 2016:40; IMY DI-2019-3845 s. 16, 20).', {
    by: str('Fastställd av', 'Approved by', 'Namn på den som fastställde analysen.', 'Name of the person who approved the analysis.'),
    role: str('Befattning', 'Position', 'Befattning för den som fastställde analysen.', 'Position of the person who approved the analysis.'),
    date: date('Datum', 'Date', 'Datum då analysen fastställdes.', 'Date the analysis was approved.'),
  });

D.previous_approval = obj('Tidigare fastställd version', 'Previous approved version',
  'En tidigare fastställd version av analysen, för att visa att analysen fanns före tilldelningen.',
  'An earlier approved version of the analysis, to show that the analysis existed before the assignment.', undefined, {
    version: str('Version', 'Version', 'Versionsnummer, t.ex. "1.0".', 'Version number, e.g. "1.0".'),
    date: date('Datum', 'Date', 'Datum då versionen fastställdes.', 'Date the version was approved.'),
    systems: ref('id_list', 'System', 'Systems', 'System som versionen omfattade. Utelämnas om den omfattade alla system.',
      'Systems the version covered. Omit if it covered every system.'),
  });

D.document = obj('Dokument', 'Document', 'Uppgifter om analysdokumentet: vem som upprättat och fastställt det, version och status.',
  'About the analysis document: who prepared and approved it, version and status.',
  'Uppgifter om analysdokumentet. Vårdgivaren ska **kunna visa** att behandlingen följer förordningen (art. 5.2 GDPR; IMY DI-2019-3845 s. 12); vem som tagit fram och fastställt analysen och när är verktygets sätt att visa det.', {
    id: str('Dokument-id', 'Document id', 'Dokumentets id, t.ex. diarienummer.', 'Id of the document, e.g. a registry number.'),
    title: str('Rubrik', 'Title', 'Dokumentets rubrik.', 'Title of the document.'),
    version: str('Version', 'Version', 'Dokumentets version, t.ex. "1.2" (skrivs med citattecken).', 'Version of the document, e.g. "1.2" (quoted).'),
    status: ref('document_status', 'Status', 'Status', 'Dokumentets status.', 'Status of the document.'),
    care_provider: ref('care_provider', 'Vårdgivare (personuppgiftsansvarig)', 'Care provider (controller)',
      'Vårdgivaren som är personuppgiftsansvarig.', 'The care provider that is the controller.'),
    prepared_by: listOf('preparer', 'Upprättad av', 'Prepared by', 'Personer eller funktioner som har tagit fram analysen.',
      'Persons or functions that prepared the analysis.'),
    approved: ref('approval', 'Fastställd', 'Approved', 'Vem som fastställde analysen och när.', 'Who approved the analysis, and when.'),
    previous_approvals: listOf('previous_approval', 'Tidigare fastställda versioner', 'Previous approved versions',
      'Tidigare fastställda versioner av analysen.', 'Earlier approved versions of the analysis.',
      'Tidigare fastställda versioner. Visar att en analys fanns **före** tilldelningen av behörigheter (4 kap. 2 § HSLF-FS 2016:40).'),
    next_review: date('Nästa översyn', 'Next review', 'När analysen ska ses över nästa gång.', 'When the analysis is next reviewed.',
      'När analysen ska ses över nästa gång. Åtgärderna ska "*ses över och uppdateras vid behov*" (art. 24.1 GDPR) och behörighetsstrukturen "*hållas uppdaterad*" (IMY DI-2019-3845 s. 19).'),
  });

D.care_unit = obj('Vårdenhet/vårdprocess', 'Care unit/care process', 'En vårdenhet eller vårdprocess som analysen omfattar.',
  'A care unit or care process covered by the analysis.', undefined, {
    id: idProp('Vårdenhetens id, som roller, behov och behörigheter hänvisar till.', 'Id of the care unit, referred to by roles, needs and access entries.'),
    name: str('Namn', 'Name', 'Vårdenhetens namn.', 'Name of the care unit.'),
    specialty: ref('specialty', 'Specialitet', 'Specialty', 'Vårdenhetens specialitet.', 'Specialty of the care unit.'),
    sensitive: bool('Särskilt integritetskänslig', 'Particularly sensitive',
      'Om enheten är särskilt integritetskänslig oavsett specialitet. Kräver i så fall en särskild riskbedömning.',
      'Whether the unit is particularly sensitive regardless of specialty. It then needs a special risk assessment.',
      'Om enheten är särskilt integritetskänslig. "*en viss verksamhetsdel … kan vara mer integritetskänslig*" (IMY DI-2019-3845 s. 19).'),
  }, { required: ['id'] });

D.scope = obj('Omfattning och avgränsning', 'Scope', 'Vilken verksamhet och vilka vårdenheter analysen omfattar.',
  'Which operations and care units the analysis covers.', undefined, {
    description: str('Beskrivning', 'Description', 'Beskrivning av verksamheten och analysens avgränsning.',
      'Description of the operations and the limits of the analysis.'),
    care_units: listOf('care_unit', 'Vårdenheter/vårdprocesser', 'Care units/care processes', 'Vårdenheter eller vårdprocesser som analysen omfattar.',
      'Care units or care processes covered by the analysis.'),
  });

const logBool = (sv, en) => bool(`Loggen visar: ${sv}`, `Log shows: ${en}`, `Om loggen visar ${sv}.`, `Whether the log shows the ${en}.`,
  `Om loggen visar ${sv} (4 kap. 9 a § HSLF-FS 2016:40 enligt IMY:s checklista Kontroll av åtkomst till uppgifter – för vårdgivare).`);

D.logging = obj('Loggning', 'Logging', 'Vad systemets åtkomstloggar visar och hur länge de sparas.',
  'What the system\'s access logs show and how long they are kept.',
  'Vad åtkomstloggarna visar. Av loggarna ska framgå åtgärder, vårdenhet eller vårdprocess, tidpunkt samt användarens och patientens identitet (4 kap. 9 a § HSLF-FS 2016:40 enligt IMY:s checklista; 2020 års lydelse citerad i IMY DI-2019-3845 s. 17).', {
    action: logBool('åtgärd', 'action taken'),
    care_unit_or_process: logBool('vårdenhet eller vårdprocess', 'care unit or care process'),
    timestamp: logBool('tidpunkt', 'time'),
    user_identity: logBool('användarens identitet', "user's identity"),
    patient_identity: logBool('patientens identitet', "patient's identity"),
    retention_years: { ...ann('Lagringstid för loggar (år)', 'Log retention (years)', 'Hur många år loggarna sparas.', 'How many years the logs are kept.',
      'Hur många år loggarna sparas (enligt sekundära källor minst 5 år i nuvarande lydelse av HSLF-FS 2016:40; verifiera).'), type: 'number', minimum: 0 },
    log_holder: str('Loggar förvaras hos', 'Logs held by', 'Vem som förvarar loggarna, t.ex. "Inera AB" för NPÖ.', 'Who holds the logs, e.g. "Inera AB" for NPÖ.'),
    opening_reason: bool('Loggen visar: motivering vid nödöppning och aktivt val', 'Log shows: reason for emergency and active-choice openings',
      'Om loggen visar att en nödöppning eller ett aktivt val har gjorts och vilken motivering användaren angav.',
      'Whether the log shows that an emergency opening or an active choice was made, and the reason the user gave.',
      'Om loggen visar nödöppningar och aktiva val med användarens motivering, så att de kan följas upp riktat (BRA047). Aktiva val var en förutsättning när Kammarrätten i Stockholm 2022-05-16 godtog bred åtkomst (enligt referat).'),
  });

D.blocking = obj('Spärr', 'Blocking', 'Om systemet kan spärra uppgifter på patientens begäran och om spärrarna respekteras.',
  'Whether the system can block data at the patient\'s request and whether the blocks are respected.',
  'Spärr på patientens begäran: **inre spärr** mellan vårdenheter eller vårdprocesser hos vårdgivaren (4 kap. 4 § patientdatalagen) och spärr mot andra vård- och omsorgsgivare i sammanhållen vård- och omsorgsdokumentation (lag 2022:913). Datainspektionen (nu IMY) kritiserade Region Gävleborg för att "*det saknas en teknisk funktion för att kunna spärra vårddokumentation inom ramen för den inre sekretessen*".', {
    internal: bool('Inre spärr', 'Internal block', 'Om uppgifter kan spärras mot andra vårdenheter eller vårdprocesser hos vårdgivaren (4 kap. 4 § patientdatalagen).',
      'Whether data can be blocked from other care units or care processes of the provider (ch. 4 s. 4 Patient Data Act).'),
    external: bool('Spärr mot andra vård- och omsorgsgivare', 'Block towards other providers',
      'Om spärrar mot andra vård- och omsorgsgivare i sammanhållen vård- och omsorgsdokumentation kan sättas och respekteras (lag 2022:913).',
      'Whether blocks towards other care and social-care providers in shared care documentation can be set and are respected (Act 2022:913).'),
    rationale: str('Motivering', 'Rationale', 'Motivering när en spärrfunktion saknas eller inte är tillämplig, t.ex. en enda vårdenhet och vårdprocess.',
      'Rationale when a blocking function is missing or does not apply, e.g. a single care unit and care process.'),
  });

D.supplier_access = obj('Leverantörers och IT-personals åtkomst', "Suppliers' and IT staff's access",
  'Om en leverantör, driftleverantör eller IT-personal kan nå patientuppgifterna i systemet (support, drift, databasadministration).',
  'Whether a supplier, hosting provider or IT staff can reach the patient data in the system (support, operations, database administration).',
  'Åtkomst för leverantörer och IT-personal. En leverantör som behandlar uppgifterna för vårdgivarens räkning är personuppgiftsbiträde och behandlingen ska regleras i ett avtal (art. 28.3 GDPR). IMY 2024: "*Red ut alla aktörers roller och ansvar*" och "*Följ upp och kontrollera upphandlade tjänster*".', {
    present: bool('Förekommer', 'Present', 'Om en leverantör eller IT-personal har åtkomst till patientuppgifterna i systemet.',
      'Whether a supplier or IT staff have access to the patient data in the system.'),
    supplier: str('Leverantör', 'Supplier', 'Vilken leverantör eller driftleverantör som har åtkomst.', 'Which supplier or hosting provider has access.'),
    processor_agreement: str('Personuppgiftsbiträdesavtal', 'Data processing agreement',
      'Hänvisning till personuppgiftsbiträdesavtalet med leverantören (art. 28.3 GDPR), t.ex. avtalets namn och datum.',
      'Reference to the data processing agreement with the supplier (Art. 28(3) GDPR), e.g. its name and date.'),
    roles: ref('id_list', 'Roller i behörighetsmatrisen', 'Roles in the access matrix',
      'Roller (roles[].id) vars behörigheter i matrisen avser leverantörens eller IT-personalens åtkomst.',
      "Roles (roles[].id) whose access entries cover the supplier's or IT staff's access."),
    logged: bool('Åtkomsten loggas och kontrolleras', 'Access logged and reviewed',
      'Om leverantörens och IT-personalens åtkomst loggas och ingår i loggkontrollen.', "Whether the supplier's and IT staff's access is logged and reviewed."),
  });

D.system = obj('System', 'System', 'Ett journalsystem eller annat system med patientuppgifter som behörigheter tilldelas i.',
  'A record system or other system with patient data in which access is assigned.',
  'Ett system med patientuppgifter. Varje system, även ett för sammanhållen vård- och omsorgsdokumentation som NPÖ, bör analyseras (verktygets tolkning av IMY DI-2019-3845 s. 10, 19).', {
    id: idProp('Systemets id, som behov, risker och behörigheter hänvisar till.', 'Id of the system, referred to by needs, risks and access entries.'),
    name: str('Namn', 'Name', 'Systemets namn.', 'Name of the system.'),
    vendor: str('Leverantör', 'Vendor', 'Systemets leverantör.', 'Vendor of the system.'),
    regimes: listOf('regime', 'Regelverk för åtkomst', 'Access regimes', 'Regelverk som åtkomsten i systemet sker under.',
      'Regimes under which the system is accessed.',
      'Inre sekretess (4 kap. PDL) och/eller sammanhållen vård- och omsorgsdokumentation (lag 2022:913). IMY förväntar sig att båda analyseras (IMY DI-2019-3845 s. 19).'),
    sjf_role: ref('sjf_role', 'Roll i sammanhållen vård- och omsorgsdokumentation', 'Role in coherent health and social care documentation',
      'Systemets roll i sammanhållen vård- och omsorgsdokumentation.', 'The system\'s role in coherent health and social care documentation.'),
    patients_registered: int('Antal registrerade patienter', 'Patients registered', 'Ungefärligt antal patienter vars uppgifter finns i systemet.',
      'Approximate number of patients whose data is in the system.',
      'Antal patienter i systemet. Analysen ska visa **omfattningen** och hur den påverkar risken (IMY DI-2019-3845 s. 19, 29).'),
    users_with_access: int('Antal användare med behörighet', 'Users with access', 'Antal användare som har behörighet i systemet.',
      'Number of users with access rights in the system.',
      'Antal användare med behörighet. Jämförs med rollernas antal personer (IMY DI-2019-3845 s. 5: 490 användare, 450 331 patienter).'),
    individual_accounts: bool('Individuella användarkonton', 'Individual user accounts', 'Om varje användare har en egen, individuell behörighet.',
      'Whether every user has an individual account.', 'Om varje användare har en individuell behörighet (4 kap. 2 § HSLF-FS 2016:40).'),
    in_use_since: date('I drift sedan', 'In use since', 'När systemet togs i drift (informativt).', 'When the system went into use (informational).'),
    logging: ref('logging', 'Loggning', 'Logging', 'Vad systemets åtkomstloggar visar.', 'What the system\'s access logs show.'),
    blocking: ref('blocking', 'Spärr', 'Blocking', 'Om systemet kan spärra uppgifter och om spärrarna respekteras.', 'Whether the system can block data and whether blocks are respected.'),
    supplier_access: ref('supplier_access', 'Leverantörers och IT-personals åtkomst', "Suppliers' and IT staff's access",
      'Om leverantörer eller IT-personal kan nå patientuppgifterna, med biträdesavtal och loggning.', 'Whether suppliers or IT staff can reach the patient data, with processing agreement and logging.'),
  }, {
    required: ['id'],
    snippets: [{
      label: 'Nytt system',
      description: 'Ett system med patientuppgifter: regelverk, omfattning och loggning.',
      body: {
        id: '${1:journal}', name: '${2:Journalsystem}', vendor: '${3:Leverantör}', regimes: ['${4:inner_secrecy}'],
        patients_registered: 0, users_with_access: 0, individual_accounts: true,
        logging: { action: true, care_unit_or_process: true, timestamp: true, user_identity: true, patient_identity: true, retention_years: 10 },
      },
    }],
  });

D.data_category = obj('Kategori av uppgifter', 'Data category', 'En kategori av personuppgifter som kan förekomma i verksamheten.',
  'A category of personal data that may occur in the operations.',
  'En kategori av uppgifter. Analysen ska identifiera "*olika kategorier av uppgifter*" och visa hur de påverkar risken (IMY DI-2019-3845 s. 19).', {
    id: { ...D.data_category_id, title: 'Id', 'x-title-en': 'Id',
      description: 'Kategorins kod. ' + D.data_category_id.description, 'x-description-en': 'Code of the category. ' + D.data_category_id['x-description-en'] },
    label: str('Benämning', 'Label', 'Kategorins benämning på svenska.', 'Label of the category (Swedish).'),
    present: bool('Förekommer', 'Present', 'Om kategorin förekommer i verksamheten. Om false ska det motiveras i rationale.',
      'Whether the category occurs in the operations. If false, explain in rationale.'),
    sensitivity: ref('sensitivity', 'Känslighet', 'Sensitivity', 'Hur integritetskänslig kategorin är.', 'How sensitive the category is.'),
    systems: ref('id_list', 'Förekommer i system', 'Present in systems', 'System där kategorin förekommer. Utelämnas om den förekommer i alla system.',
      'Systems in which the category occurs. Omit if it occurs in every system.'),
    description: str('Beskrivning', 'Description', 'Vad kategorin omfattar.', 'What the category covers.'),
    rationale: str('Motivering', 'Rationale', 'Motivering, särskilt när kategorin inte förekommer (present: false).',
      'Rationale, especially when the category does not occur (present: false).'),
  }, { required: ['id'] });

D.registered_category = obj('Kategori av registrerade', 'Data subject category', 'En kategori av registrerade (patienter) som kan kräva särskild hänsyn.',
  'A category of data subjects (patients) that may need particular care.',
  'En kategori av registrerade, "*exempelvis sårbara fysiska personer och barn*" (IMY DI-2019-3845 s. 19). Skyddade personuppgifter och allmänt kända personer "*kan kräva särskilda riskbedömningar*" (prop. 2007/08:126 s. 148; IMY DI-2019-3845 s. 15).', {
    id: { ...D.registered_category_id, title: 'Id', 'x-title-en': 'Id',
      description: 'Kategorins kod. ' + D.registered_category_id.description, 'x-description-en': 'Code of the category. ' + D.registered_category_id['x-description-en'] },
    label: str('Benämning', 'Label', 'Kategorins benämning på svenska.', 'Label of the category (Swedish).'),
    present: bool('Förekommer', 'Present', 'Om kategorin förekommer bland patienterna. Om false ska det motiveras i rationale.',
      'Whether the category occurs among the patients. If false, explain in rationale.'),
    estimated_count: int('Uppskattat antal', 'Estimated count', 'Uppskattat antal registrerade i kategorin.', 'Estimated number of data subjects in the category.'),
    description: str('Beskrivning', 'Description', 'Vad kategorin omfattar.', 'What the category covers.'),
    rationale: str('Motivering', 'Rationale', 'Motivering, särskilt när kategorin inte förekommer (present: false).',
      'Rationale, especially when the category does not occur (present: false).'),
  }, { required: ['id'] });

D.need = obj('Behov', 'Need', 'Ett behov av åtkomst för rollen: vilket system, vilka uppgifter, vilka patienter, när och i vilket sammanhang.',
  'A need for access for the role: which system, which data, which patients, when and in which context.',
  'Ett behov av åtkomst. Analysen ska visa "*vem som behöver åtkomst, vilka uppgifter åtkomsten ska omfatta, vid vilka tidpunkter och i vilka sammanhang åtkomsten behövs*" (IMY DI-2019-3845 s. 20, 23).', {
    id: idProp('Behovets id (unikt i hela dokumentet), som behörigheter hänvisar till i justified_by.',
      'Id of the need (unique in the whole document), referred to by access entries in justified_by.'),
    system: str('System', 'System', 'Id för systemet som behovet avser.', 'Id of the system the need concerns.', undefined, { pattern: ID }),
    regime: ref('regime', 'Regelverk', 'Regime', 'Regelverk som behovet avser.', 'Regime the need concerns.'),
    data_categories: ref('data_category_selection', 'Uppgiftskategorier', 'Data categories',
      'Vilka kategorier av uppgifter som behövs: lista med id:n eller "all".', 'Which data categories are needed: a list of ids or "all".'),
    patient_scope: ref('patient_scope', 'Patientomfång', 'Patient scope', 'Vilka patienters uppgifter som behövs.', 'Which patients\' data is needed.'),
    units: ref('id_list', 'Vårdenheter', 'Care units', 'Vårdenheter vars patienter avses (för patient_scope: listed_units).',
      'Care units whose patients are meant (for patient_scope: listed_units).'),
    identifiability: ref('identifiability', 'Identifierbarhet', 'Identifiability', 'Om uppgifterna behövs direkt eller indirekt identifierbara.',
      'Whether the data is needed directly or indirectly identifiable.'),
    when: str('Tidpunkt', 'When', 'Vid vilka tidpunkter åtkomsten behövs.', 'At which times the access is needed.'),
    context: str('Sammanhang', 'Context', 'I vilka sammanhang åtkomsten behövs.', 'In which contexts the access is needed.'),
  }, {
    required: ['id'],
    snippets: [{
      label: 'Nytt behov',
      description: 'Ett behov av åtkomst: system, regelverk, uppgifter, patientomfång, tidpunkt och sammanhang.',
      body: {
        id: '${1:N1}', system: '${2:journal}', regime: '${3:inner_secrecy}', data_categories: ['${4:somatic_care}'],
        patient_scope: '${5:care_relation}', identifiability: 'identified',
        when: '${6:När behövs åtkomsten?}', context: '${7:I vilket sammanhang behövs åtkomsten?}',
      },
    }],
  });

D.role = obj('Personalkategori/roll', 'Staff category/role', 'En personalkategori eller roll med dess arbetsuppgifter och behov av åtkomst.',
  'A staff category or role with its tasks and access needs.',
  'En personalkategori eller roll. Behovs- och riskanalyser ska göras **per personalkategori** (prop. 2007/08:126 s. 148–149); behörigheten ska begränsas till vad som behövs för arbetsuppgifterna (4 kap. 2 § PDL).', {
    id: idProp('Rollens id, som behörigheter och risker hänvisar till.', 'Id of the role, referred to by access entries and risks.'),
    label: str('Benämning', 'Label', 'Rollens benämning.', 'Label of the role.'),
    staff_category: ref('staff_category', 'Yrkeskategori', 'Staff category', 'Rollens yrkeskategori.', 'Staff category of the role.'),
    units: ref('unit_selection', 'Vårdenheter', 'Care units', 'Vårdenheter där rollen arbetar: lista med id:n eller "all".',
      'Care units where the role works: a list of ids or "all".'),
    cross_unit_function: bool('Enhetsövergripande funktion', 'Cross-unit function', 'Om rollen har en funktion som går över flera vårdenheter.',
      'Whether the role has a function across several care units.'),
    cross_unit_rationale: str('Motivering', 'Rationale', 'Motivering till den enhetsövergripande funktionen.', 'Rationale for the cross-unit function.'),
    individual_oriented: bool('Individorienterade arbetsuppgifter', 'Individual-oriented tasks',
      'Om rollen utför arbetsuppgifter som riktar sig mot enskilda patienter. Standard: true.',
      'Whether the role performs tasks directed at individual patients. Default: true.',
      'Om rollen utför individorienterade arbetsuppgifter. Annars "*torde det … räcka*" med indirekt identifierbara uppgifter (prop. 2007/08:126 s. 149).',
      { default: true }),
    external_organisation: str('Annan organisation (arbetsgivare)', 'External organisation (employer)',
      'Om personalen är anställd av en annan organisation, t.ex. en leverantör: organisationens namn.',
      'If the staff are employed by another organisation, e.g. a vendor: its name.'),
    external_relation: ref('external_relation', 'Organisationens förhållande till vårdgivaren', 'Relation to the provider',
      'Hur personal från en annan organisation når uppgifterna: arbetar hos vårdgivaren, leverantör (personuppgiftsbiträde) eller annan vård- eller omsorgsgivare.',
      'How staff of another organisation reach the data: working at the provider, supplier (processor) or another care or social-care provider.'),
    processor_agreement: bool('Personuppgiftsbiträdesavtal finns', 'Processor agreement in place',
      'För en leverantör: om ett personuppgiftsbiträdesavtal (art. 28 GDPR) omfattar åtkomsten.', 'For a supplier: whether a processor agreement (Art. 28 GDPR) covers the access.'),
    headcount: int('Antal personer', 'Headcount', 'Antal personer i rollen.', 'Number of people in the role.'),
    tasks: strList('Arbetsuppgifter', 'Tasks', 'Rollens arbetsuppgifter, som behoven av åtkomst grundas på.', 'Tasks of the role on which the access needs are based.',
      'Rollens arbetsuppgifter. Behörigheten ska begränsas till vad som behövs för att den enskilde ska kunna **fullgöra sina arbetsuppgifter** (4 kap. 2 § PDL).'),
    needs: listOf('need', 'Behov av åtkomst', 'Access needs', 'Rollens behov av åtkomst.', 'The role\'s access needs.',
      'Rollens behov av åtkomst. En analys ska "*dels innehålla en analys av behoven, dels en analys av de risker*" (IMY DI-2019-3845 s. 18).'),
  }, {
    required: ['id'],
    snippets: [{
      label: 'Ny roll',
      description: 'En personalkategori med arbetsuppgifter och ett första behov av åtkomst.',
      body: {
        id: '${1:roll}', label: '${2:Benämning}', staff_category: '${3:nurse}', units: ['${4:enhet}'], headcount: 0,
        tasks: ['${5:Arbetsuppgift}'],
        needs: [{ id: '${6:N1}', system: '${7:journal}', regime: 'inner_secrecy', data_categories: ['${8:somatic_care}'],
          patient_scope: '${9:care_relation}', when: '${10:Tidpunkt}', context: '${11:Sammanhang}' }],
      },
    }],
  });

D.consequence = obj('Konsekvens', 'Consequence', 'En konkret negativ konsekvens för den registrerade.', 'A concrete negative consequence for the data subject.',
  'En konkret negativ konsekvens för den registrerade. Generiska formuleringar som "röjande av sekretess" räcker inte (IMY DI-2019-3845 s. 29).', {
    type: ref('consequence_type', 'Typ av konsekvens', 'Consequence type', 'Vilken sorts konsekvens.', 'The kind of consequence.'),
    description: str('Beskrivning av konsekvensen', 'Description of the consequence', 'Vad som konkret händer den registrerade.',
      'What concretely happens to the data subject.',
      'Vad som konkret händer den registrerade. Analysen får inte stanna vid "*risk för röjande av sekretess och integritetsskada*" (IMY DI-2019-3845 s. 29).'),
  });

D.measure = obj('Åtgärd', 'Measure', 'En teknisk eller organisatorisk åtgärd mot risken.', 'A technical or organisational measure against the risk.',
  'En teknisk eller organisatorisk åtgärd (art. 24 och 32 GDPR). Mjuka åtgärder som utbildning och sekretessförbindelser begränsar inte åtkomsten i sig.', {
    id: idProp('Åtgärdens id (unikt i hela dokumentet).', 'Id of the measure (unique in the whole document).'),
    kind: ref('measure_kind', 'Typ av åtgärd', 'Measure kind', 'Vilken sorts åtgärd.', 'The kind of measure.'),
    description: str('Beskrivning', 'Description', 'Vad åtgärden innebär.', 'What the measure is.'),
    status: ref('measure_status', 'Status', 'Status', 'Om åtgärden är införd eller planerad.', 'Whether the measure is implemented or planned.'),
    due: date('Klar senast', 'Due', 'När en planerad åtgärd ska vara införd.', 'When a planned measure is due.'),
    owner: str('Ansvarig', 'Owner', 'Vem som ansvarar för åtgärden.', 'Who is responsible for the measure.'),
  }, { required: ['id'] });

D.residual = obj('Restrisk', 'Residual risk', 'Risken som kvarstår efter åtgärderna, och vem som har accepterat den.',
  'The risk remaining after the measures, and who accepted it.', undefined, {
    probability: ref('probability_value', 'Sannolikhet', 'Probability', 'Sannolikhet efter åtgärderna, 1–4 (eller enligt risk_method).', 'Probability after the measures, 1–4 (or per risk_method).'),
    severity: ref('severity_value', 'Konsekvens', 'Severity', 'Konsekvens efter åtgärderna, 1–4 (eller enligt risk_method).', 'Severity after the measures, 1–4 (or per risk_method).'),
    level: ref('risk_level', 'Risknivå', 'Risk level', 'Risknivå efter åtgärderna (valfri; beräknas annars).', 'Risk level after the measures (optional; otherwise computed).'),
    accepted_by: str('Accepterad av', 'Accepted by', 'Namn och befattning på den som accepterat restrisken.', 'Name and position of the person who accepted the residual risk.'),
    accepted_date: date('Accepterad datum', 'Accepted on', 'När restrisken accepterades.', 'When the residual risk was accepted.'),
    rationale: str('Motivering', 'Rationale', 'Varför restrisken kan accepteras.', 'Why the residual risk can be accepted.'),
  });

D.risk = obj('Risk', 'Risk', 'En risk för de registrerades rättigheter och friheter vid för vid åtkomst.',
  'A risk to the data subjects\' rights and freedoms from over-broad access.',
  'En risk för de registrerades rättigheter och friheter vid **för vid åtkomst**. Varje risk ska ha sannolikhet, konsekvens och konkreta negativa konsekvenser (IMY DI-2019-3845 s. 19, 29).', {
    id: idProp('Riskens id, som behörigheter och särskilda riskbedömningar hänvisar till.', 'Id of the risk, referred to by access entries and special risk assessments.'),
    title: str('Rubrik', 'Title', 'Kort rubrik för risken.', 'Short title of the risk.'),
    description: str('Scenario', 'Scenario', 'Beskrivning av riskscenariot: vem gör vad, i vilket system.', 'Description of the risk scenario: who does what, in which system.'),
    threat_type: ref('threat_type', 'Typ av hot', 'Threat type', 'Vilken sorts hot risken avser.', 'The kind of threat.'),
    regimes: listOf('regime', 'Regelverk', 'Regimes', 'Regelverk som risken avser.', 'Regimes the risk concerns.'),
    systems: ref('id_list', 'System', 'Systems', 'System som risken avser.', 'Systems the risk concerns.'),
    data_categories: ref('data_category_list', 'Uppgiftskategorier', 'Data categories', 'Kategorier av uppgifter som risken avser.',
      'Data categories the risk concerns.',
      'Kategorier av uppgifter som risken avser. Riskerna ska analyseras med hänsyn till **uppgiftskategorierna** (IMY DI-2019-3845 s. 19, 29).'),
    registered_categories: ref('registered_category_list', 'Kategorier av registrerade', 'Data subject categories',
      'Kategorier av registrerade som risken avser.', 'Data subject categories the risk concerns.'),
    roles: ref('id_list', 'Roller', 'Roles', 'Roller som risken avser.', 'Roles the risk concerns.'),
    care_units: ref('id_list', 'Vårdenheter', 'Care units', 'Vårdenheter som risken avser (en risk med åtgärder för en känslig enhet räknas som särskild riskbedömning, BRA016).',
      'Care units the risk concerns (a risk with measures for a sensitive unit counts as a special risk assessment, BRA016).'),
    consequences: listOf('consequence', 'Konsekvenser', 'Consequences', 'Konkreta negativa konsekvenser för de registrerade.',
      'Concrete negative consequences for the data subjects.',
      'Konkreta negativa konsekvenser för de registrerade, "*exempelvis skador, betydande social eller ekonomisk nackdel, berövande av rättigheter och friheter*" (IMY DI-2019-3845 s. 19).'),
    scale_impact: str('Omfattningens påverkan', 'Impact of scale', 'Hur antalet patienter, uppgifter och användare påverkar risken.',
      'How the number of patients, records and users affects the risk.',
      'Hur behandlingens **omfattning** påverkar risken (IMY DI-2019-3845 s. 19, 29).'),
    probability: ref('probability_value', 'Sannolikhet', 'Probability', 'Hur sannolikt det är att risken inträffar, 1–4 (eller enligt risk_method).', 'How likely the risk is, 1–4 (or per risk_method).',
      'Hur sannolikt det är att risken inträffar, 1–4 eller ett värde på skalan i `risk_method` (skäl 76 GDPR; IMY DI-2019-3845 s. 19).'),
    severity: ref('severity_value', 'Konsekvens (allvar för den registrerade)', 'Severity (for the data subject)', 'Hur allvarliga följderna blir för den registrerade, 1–4 (eller enligt risk_method).',
      'How severe the consequences are for the data subject, 1–4 (or per risk_method).', 'Hur allvarliga följderna blir för den registrerade, 1–4 eller ett värde på skalan i `risk_method` (skäl 75–76 GDPR; IMY DI-2019-3845 s. 19).'),
    level: ref('risk_level', 'Risknivå', 'Risk level', 'Risknivå (valfri; beräknas ur sannolikhet × konsekvens).', 'Risk level (optional; computed from probability × severity).'),
    measures: listOf('measure', 'Åtgärder', 'Measures', 'Tekniska och organisatoriska åtgärder mot risken.', 'Technical and organisational measures against the risk.'),
    residual: ref('residual', 'Restrisk', 'Residual risk', 'Risken som kvarstår efter åtgärderna.', 'The risk remaining after the measures.'),
  }, {
    required: ['id'],
    snippets: [{
      label: 'Ny risk',
      description: 'En risk med hot, uppgifter, registrerade, konkret konsekvens, sannolikhet, konsekvens och åtgärd.',
      body: {
        id: '${1:R1}', title: '${2:Kort rubrik}', description: '${3:Scenario: vem gör vad, i vilket system}',
        threat_type: '${4:internal_unauthorised_access}', regimes: ['${5:inner_secrecy}'], systems: ['${6:journal}'],
        data_categories: ['${7:mental_health}'], registered_categories: ['${8:protected_identity}'],
        consequences: [{ type: '${9:stigma_reputation}', description: '${10:Vad som konkret händer den registrerade}' }],
        scale_impact: '${11:Hur antalet patienter och användare påverkar risken}',
        probability: 2, severity: 3,
        measures: [{ id: '${12:M1}', kind: '${13:access_restriction}', description: '${14:Åtgärd}', status: 'planned' }],
      },
    }],
  });

D.special_risk_assessment = obj('Särskild riskbedömning', 'Special risk assessment',
  'En särskild riskbedömning för skyddade personuppgifter, allmänt kända personer eller särskilt integritetskänsliga mottagningar och specialiteter.',
  'A special risk assessment for protected identities, public figures or particularly sensitive clinics and specialties.',
  'Skyddade personuppgifter, uppgifter om allmänt kända personer och uppgifter från vissa mottagningar eller specialiteter "*kan kräva särskilda riskbedömningar*" (prop. 2007/08:126 s. 148; IMY DI-2019-3845 s. 15, 19).', {
    id: idProp('Bedömningens id.', 'Id of the assessment.'),
    title: str('Rubrik', 'Title', 'Bedömningens rubrik.', 'Title of the assessment.'),
    registered_categories: ref('registered_category_list', 'Kategorier av registrerade', 'Data subject categories',
      'Kategorier av registrerade som bedömningen avser.', 'Data subject categories the assessment concerns.'),
    data_categories: ref('data_category_list', 'Uppgiftskategorier', 'Data categories', 'Kategorier av uppgifter som bedömningen avser.',
      'Data categories the assessment concerns.'),
    care_units: ref('id_list', 'Vårdenheter', 'Care units', 'Vårdenheter som bedömningen avser.', 'Care units the assessment concerns.'),
    assessment: str('Bedömning', 'Assessment', 'Själva bedömningen: vad som gör gruppen eller enheten särskilt utsatt och hur det hanteras.',
      'The assessment itself: what makes the group or unit particularly exposed and how it is handled.'),
    risks: ref('id_list', 'Kopplade risker', 'Linked risks', 'Risker som bedömningen hänvisar till.', 'Risks the assessment refers to.'),
    measures: list({
      // Branches are inline (no $ref inside anyOf) so that the engine folds a failed union into one finding.
      anyOf: [
        { type: 'string', pattern: ID },
        { ...D.measure },
      ],
    }, 'Åtgärder', 'Measures', 'Id:n för åtgärder (risks[].measures[].id) som bedömningen hänvisar till, och/eller egna åtgärder (som i risks[].measures).',
      'Ids of measures (risks[].measures[].id) the assessment refers to, and/or its own measures (as in risks[].measures).'),
  }, {
    required: ['id'],
    snippets: [{
      label: 'Ny särskild riskbedömning',
      description: 'En särskild riskbedömning för en känslig grupp eller vårdenhet.',
      body: {
        id: '${1:SRB1}', title: '${2:Skyddade personuppgifter}', registered_categories: ['${3:protected_identity}'],
        care_units: [], assessment: '${4:Bedömning}', risks: ['${5:R1}'],
      },
    }],
  });

D.access_entry = obj('Behörighet', 'Access entry',
  'En rad i behörighetsmatrisen: vilken åtkomst en roll tilldelas i ett system under ett regelverk, och vilka behov och risker den grundas på.',
  'A row of the access matrix: the access a role is assigned in a system under a regime, and the needs and risks it rests on.',
  'En rad i behörighetsmatrisen. "*ingen tilldelning av behörighet [får ge] vidare åtkomstmöjligheter än den som behovs- och riskanalysen visar är befogad*" (IMY DI-2019-3845 s. 23; 4 kap. 2 § PDL).', {
    id: idProp('Behörighetens id.', 'Id of the access entry.'),
    role: str('Roll', 'Role', 'Id för rollen (roles[].id) som tilldelas behörigheten.', 'Id of the role (roles[].id) that is assigned the access.', undefined, { pattern: ID }),
    system: str('System', 'System', 'Id för systemet (systems[].id).', 'Id of the system (systems[].id).', undefined, { pattern: ID }),
    regime: ref('regime', 'Regelverk', 'Regime', 'Regelverk som åtkomsten sker under.', 'Regime under which the access takes place.'),
    data_categories: ref('data_category_selection', 'Uppgiftskategorier', 'Data categories',
      'Vilka kategorier av uppgifter åtkomsten omfattar: lista med id:n eller "all".', 'Which data categories the access covers: a list of ids or "all".'),
    patient_scope: ref('patient_scope', 'Patientomfång', 'Patient scope', 'Vilka patienters uppgifter åtkomsten omfattar.', 'Which patients\' data the access covers.'),
    units: ref('id_list', 'Vårdenheter', 'Care units', 'Vårdenheter vars patienter avses (för patient_scope: listed_units).',
      'Care units whose patients are meant (for patient_scope: listed_units).'),
    identifiability: ref('identifiability', 'Identifierbarhet', 'Identifiability', 'Om uppgifterna visas direkt eller indirekt identifierbara.',
      'Whether the data is shown directly or indirectly identifiable.'),
    operations: listOf('operation', 'Funktioner', 'Operations', 'Vad användaren kan göra med uppgifterna (informativt).',
      'What the user can do with the data (informational).'),
    conditions: listOf('condition', 'Villkor', 'Conditions', 'Tekniska villkor som begränsar åtkomsten.', 'Technical conditions that limit the access.'),
    time_limit: str('Tidsgräns', 'Time limit', 'Hur länge åtkomsten gäller, som ISO 8601-varaktighet, t.ex. P4M (fyra månader) eller P14D.',
      'How long the access lasts, as an ISO 8601 duration, e.g. P4M (four months) or P14D.',
      'Hur länge åtkomsten gäller, ISO 8601-varaktighet, t.ex. `P4M` (jfr KRY:s automatiska återkallelse efter fyra månader, IMY DI-2019-3845 s. 9, 22, 25, 29).', { pattern: DURATION }),
    justified_by: ref('id_list', 'Grundas på behov', 'Justified by needs', 'Id:n för de behov (roles[].needs[].id) som behörigheten grundas på.',
      'Ids of the needs (roles[].needs[].id) the access rests on.'),
    risks_considered: ref('id_list', 'Beaktade risker', 'Risks considered', 'Id:n för de risker (risks[].id) som har beaktats för behörigheten.',
      'Ids of the risks (risks[].id) considered for the access.'),
    valid_from: date('Gäller från', 'Valid from', 'Från vilket datum behörigheten gäller. Analysen ska vara fastställd före detta datum.',
      'Date from which the access applies. The analysis must be approved before this date.',
      'Från vilket datum behörigheten gäller. Tilldelningen ska **föregås** av en behovs- och riskanalys (4 kap. 2 § HSLF-FS 2016:40).'),
  }, {
    required: ['id', 'valid_from'],
    snippets: [{
      label: 'Ny behörighet',
      description: 'En rad i behörighetsmatrisen, grundad på ett behov och med beaktade risker.',
      body: {
        id: '${1:AM-1}', role: '${2:roll}', system: '${3:journal}', regime: '${4:inner_secrecy}', data_categories: ['${5:somatic_care}'],
        patient_scope: '${6:care_relation}', conditions: ['${7:care_relation_check}'], justified_by: ['${8:N1}'],
        risks_considered: ['${9:R1}'], valid_from: '${10:2026-01-01}',
      },
    }],
  });

D.assignment_instructions = obj('Anvisningar för tilldelning', 'Assignment instructions',
  'Anvisningar till dem som tilldelar behörigheter.', 'Instructions to those who assign access rights.',
  'Anvisningar till dem som tilldelar behörigheter är enligt IMY "*en viktig organisatorisk åtgärd*" (IMY DI-2019-3845 s. 23).', {
    document_ref: str('Anvisning', 'Instruction document', 'Hänvisning till dokumentet med anvisningar, t.ex. rutinens namn och version.',
      'Reference to the instruction document, e.g. the routine\'s name and version.'),
    responsible: str('Ansvarig', 'Responsible', 'Vem som ansvarar för anvisningarna.', 'Who is responsible for the instructions.'),
  });

D.access_review = obj('Uppföljning av behörigheter', 'Access review', 'Hur och hur ofta tilldelade behörigheter följs upp.',
  'How and how often assigned access rights are reviewed.',
  'Behörigheterna ska följas upp och förändras eller inskränkas efter hand (prop. 2007/08:126 s. 148; IMY DI-2019-3845 s. 15; 4 kap. 3 § HSLF-FS 2016:40, lydelsen ej kontrollerad).', {
    interval_months: int('Intervall i månader', 'Interval (months)', 'Hur ofta behörigheterna följs upp, i månader.', 'How often access rights are reviewed, in months.'),
    last_performed: date('Senast genomförd', 'Last performed', 'När uppföljningen senast genomfördes.', 'When the review was last performed.'),
    responsible: str('Ansvarig', 'Responsible', 'Vem som ansvarar för uppföljningen.', 'Who is responsible for the review.'),
    method: str('Metod', 'Method', 'Hur uppföljningen går till.', 'How the review is done.'),
    triggers: listOf('review_trigger', 'Utlösande händelser', 'Triggers', 'Händelser som utlöser en översyn av behörigheter.',
      'Events that trigger a review of access rights.'),
  });

D.patient_log_extracts = obj('Loggutdrag till patienter', 'Log extracts for patients',
  'Rutin för att lämna ut loggutdrag när en patient begär att få veta vem som har tagit del av uppgifterna.',
  'Routine for giving a patient a log extract on request (who has accessed their data).',
  'Patienten har rätt att få information om den direkta eller elektroniska åtkomst som har förekommit (8 kap. 5 § patientdatalagen); utdraget ska visa från vilken vårdenhet åtkomsten skett och när (4 kap. 10 § HSLF-FS 2016:40).', {
    document_ref: str('Rutin', 'Routine', 'Hänvisning till rutinen för loggutdrag, t.ex. namn och version.', 'Reference to the log extract routine, e.g. name and version.'),
    responsible: str('Ansvarig', 'Responsible', 'Vem som handlägger begäran om loggutdrag.', 'Who handles requests for log extracts.'),
  });

D.patient_information = obj('Information till patienter', 'Information to patients',
  'Hur patienterna informeras om behandlingen av personuppgifter, åtkomst, loggkontroll, spärr och sammanhållen vård- och omsorgsdokumentation.',
  'How patients are informed about the processing, access, log review, blocking and shared care documentation.',
  'Information till de registrerade enligt art. 13–14 GDPR. IMY 2024 påminner om vårdens "*långtgående skyldighet att informera de registrerade*".', {
    document_ref: str('Information', 'Information', 'Hänvisning till patientinformationen, t.ex. webbsida eller broschyr och version.',
      'Reference to the patient information, e.g. web page or leaflet and version.'),
    covers_blocking: bool('Omfattar spärr och sammanhållen dokumentation', 'Covers blocking and shared documentation',
      'Om informationen beskriver rätten att spärra uppgifter och vad sammanhållen vård- och omsorgsdokumentation innebär.',
      'Whether the information describes the right to block data and what shared care documentation means.'),
  });

D.access_governance = obj('Styrning av behörigheter', 'Access governance', 'Anvisningar för tilldelning och uppföljning av behörigheter.',
  'Instructions for assigning, and review of, access rights.', undefined, {
    assignment_instructions: ref('assignment_instructions', 'Anvisningar för tilldelning', 'Assignment instructions',
      'Anvisningar till dem som tilldelar behörigheter.', 'Instructions to those who assign access rights.'),
    review: ref('access_review', 'Uppföljning', 'Review', 'Hur och hur ofta behörigheterna följs upp.', 'How and how often access rights are reviewed.'),
    patient_log_extracts: ref('patient_log_extracts', 'Loggutdrag till patienter', 'Log extracts for patients',
      'Rutin för loggutdrag på patientens begäran.', 'Routine for log extracts at the patient\'s request.'),
    patient_information: ref('patient_information', 'Information till patienter', 'Information to patients',
      'Hur patienterna informeras (art. 13–14 GDPR).', 'How patients are informed (Art. 13–14 GDPR).'),
  });

D.log_control = obj('Loggkontroll', 'Log control', 'Systematisk kontroll av åtkomstloggar i ett system.', 'Systematic review of the access logs of a system.',
  'Åtkomst till uppgifter ska "*dokumenteras och systematiskt kontrolleras*" (4 kap. 3 § PDL; IMY DI-2019-3845 s. 17).', {
    id: idProp('Loggkontrollens id.', 'Id of the log control.'),
    system: str('System', 'System', 'Id för systemet vars loggar kontrolleras.', 'Id of the system whose logs are reviewed.', undefined, { pattern: ID }),
    interval_days: int('Intervall i dagar', 'Interval (days)', 'Hur ofta loggkontroller görs, i dagar.', 'How often log reviews are done, in days.'),
    selection: listOf('log_selection', 'Urval', 'Selection', 'Hur loggar väljs ut för kontroll.', 'How logs are selected for review.'),
    targeted_criteria: strList('Kriterier för riktat urval', 'Targeted criteria', 'Kriterier för riktade kontroller, t.ex. samma efternamn eller skyddade personuppgifter.',
      'Criteria for targeted reviews, e.g. same surname or protected identity.'),
    documented: bool('Kontrollerna dokumenteras', 'Reviews documented', 'Om kontrollerna och deras resultat dokumenteras.', 'Whether the reviews and their results are documented.'),
    responsible: str('Ansvarig', 'Responsible', 'Vem som ansvarar för loggkontrollerna.', 'Who is responsible for the log reviews.'),
    staff_informed: bool('Personalen informerad', 'Staff informed', 'Om personalen är informerad om att loggarna kontrolleras.', 'Whether staff are informed that the logs are reviewed.'),
    unauthorised_access_guideline: str('Riktlinje för vad som är obehörig åtkomst', 'Guideline on unauthorised access',
      'Hänvisning till riktlinjen som beskriver vad som räknas som obehörig åtkomst.', 'Reference to the guideline describing what counts as unauthorised access.'),
    on_suspicion: bool('Kontroll vid misstanke', 'Review on suspicion', 'Om loggarna också kontrolleras vid misstanke om obehörig åtkomst.',
      'Whether logs are also reviewed on suspicion of unauthorised access.'),
    targets: listOf('log_target', 'Riktad kontroll avser', 'Targeted control covers',
      'Vilka öppningar och grupper av registrerade som kontrollen särskilt granskar (koder; kriterierna i klartext står i targeted_criteria).',
      'Which openings and groups of data subjects the control specifically reviews (codes; the plain-text criteria are in targeted_criteria).'),
  }, {
    required: ['id'],
    snippets: [{
      label: 'Ny loggkontroll',
      description: 'En systematisk loggkontroll med urval, intervall och ansvarig.',
      body: {
        id: '${1:LK1}', system: '${2:journal}', interval_days: 30, selection: ['random_sample', 'targeted'],
        targeted_criteria: ['${3:Skyddade personuppgifter}'], documented: true, responsible: '${4:Verksamhetschef}',
        staff_informed: true, unauthorised_access_guideline: '${5:Riktlinje obehörig åtkomst}', on_suspicion: true,
      },
    }],
  });

// ---------------------------------------------------------------------------------------------------------------
// Analysis schema
// ---------------------------------------------------------------------------------------------------------------
const schemaVersionProp = ref('schema_version', 'Schemaversion', 'Schema version', 'Version av dataformatet. Ska vara "1.0".', 'Version of the data format. Must be "1.0".');
const accessMatrixProp = listOf('access_entry', 'Behörighetsmatris', 'Access matrix',
  'Vilka behörigheter som tilldelas: roll × system × regelverk × uppgifter × patientomfång, med behov och beaktade risker.',
  'Which access rights are assigned: role × system × regime × data × patient scope, with needs and risks considered.',
  'Vilka behörigheter som tilldelas. IMY: "*ingen tilldelning av behörighet*" ska ge "*vidare åtkomstmöjligheter än den som behovs- och riskanalysen visar är befogad*" (IMY DI-2019-3845 s. 23; 4 kap. 2 § PDL; lag 2022:913 för sammanhållen vård- och omsorgsdokumentation).');

const analysis = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://behorighet.example.invalid/schemas/1.0/analysis.schema.json',
  title: 'Behovs- och riskanalys med behörighetsmodell',
  description: 'Behovs- och riskanalys enligt 4 kap. 2 § HSLF-FS 2016:40, 4 kap. 2 § patientdatalagen och lag (2022:913) om sammanhållen vård- och omsorgsdokumentation, med behörighetsmatris.',
  markdownDescription: 'Behovs- och riskanalys enligt 4 kap. 2 § HSLF-FS 2016:40, 4 kap. 2 § patientdatalagen och lag (2022:913) om sammanhållen vård- och omsorgsdokumentation, med behörighetsmatris. En analys ska "*dels innehålla en analys av behoven, dels en analys av de risker*" som kan vara förknippade med en alltför vid tilldelning av behörighet (IMY DI-2019-3845 s. 18).',
  'x-title-en': 'Needs-and-risk analysis with access model',
  'x-description-en': 'Needs-and-risk analysis under ch. 4 s. 2 HSLF-FS 2016:40, ch. 4 s. 2 Patient Data Act and the Act (2022:913) on coherent health and social care documentation, with access matrix.',
  type: 'object',
  additionalProperties: false,
  required: ['schema_version', 'document'],
  properties: {
    schema_version: schemaVersionProp,
    document: ref('document', 'Dokument', 'Document', 'Uppgifter om analysdokumentet.', 'About the analysis document.'),
    scope: ref('scope', 'Omfattning och avgränsning', 'Scope', 'Vilken verksamhet och vilka vårdenheter analysen omfattar.',
      'Which operations and care units the analysis covers.'),
    systems: listOf('system', 'System', 'Systems', 'System med patientuppgifter som analysen omfattar.', 'Systems with patient data covered by the analysis.',
      'System med patientuppgifter. Varje system, även ett för sammanhållen vård- och omsorgsdokumentation (t.ex. NPÖ), bör analyseras (verktygets tolkning av IMY DI-2019-3845 s. 10, 19).'),
    data_categories: listOf('data_category', 'Kategorier av uppgifter', 'Data categories', 'Kategorier av personuppgifter i verksamheten och hur känsliga de är.',
      'Categories of personal data in the operations and how sensitive they are.',
      'Kategorier av uppgifter. Analysen ska identifiera "*olika kategorier av uppgifter*" (IMY DI-2019-3845 s. 19).'),
    registered_categories: listOf('registered_category', 'Kategorier av registrerade', 'Data subject categories',
      'Kategorier av registrerade som kan kräva särskild hänsyn, t.ex. barn och personer med skyddade personuppgifter.',
      'Categories of data subjects that may need particular care, e.g. children and persons with protected identity.',
      'Kategorier av registrerade, "*exempelvis sårbara fysiska personer och barn*" (IMY DI-2019-3845 s. 19).'),
    roles: listOf('role', 'Personalkategorier/roller', 'Staff categories/roles', 'Personalkategorier med arbetsuppgifter och behov av åtkomst.',
      'Staff categories with tasks and access needs.',
      'Personalkategorier med arbetsuppgifter och **behov** av åtkomst (prop. 2007/08:126 s. 148–149; IMY DI-2019-3845 s. 18, 20).'),
    risk_method: ref('risk_method', 'Riskmetod', 'Risk method', 'Analysens egen skala för sannolikhet och konsekvens (valfri; annars verktygets 1–4).',
      'The analysis\'s own scale for probability and severity (optional; otherwise the tool\'s 1–4).'),
    risks: listOf('risk', 'Risker', 'Risks', 'Risker för de registrerades rättigheter och friheter vid för vid åtkomst.',
      'Risks to the data subjects\' rights and freedoms from over-broad access.',
      'Risker för de registrerades rättigheter och friheter vid **för vid åtkomst**. Varje risk ska ha sannolikhet, konsekvens och konkreta negativa konsekvenser (IMY DI-2019-3845 s. 19, 29).'),
    special_risk_assessments: listOf('special_risk_assessment', 'Särskilda riskbedömningar', 'Special risk assessments',
      'Särskilda riskbedömningar för skyddade personuppgifter, allmänt kända personer och känsliga mottagningar.',
      'Special risk assessments for protected identities, public figures and sensitive clinics.',
      'Riskanalysen "*ska även innefatta särskilda riskbedömningar*" (IMY DI-2019-3845 s. 19; prop. 2007/08:126 s. 148).'),
    access_matrix: accessMatrixProp,
    access_governance: ref('access_governance', 'Styrning av behörigheter', 'Access governance', 'Anvisningar för tilldelning och uppföljning av behörigheter.',
      'Instructions for assigning, and review of, access rights.'),
    log_controls: listOf('log_control', 'Loggkontroller', 'Log controls', 'Systematiska kontroller av åtkomstloggar.', 'Systematic reviews of access logs.',
      'Åtkomst ska "*dokumenteras och systematiskt kontrolleras*" (4 kap. 3 § PDL; IMY DI-2019-3845 s. 17).'),
  },
  defaultSnippets: [{
    label: 'Ny behovs- och riskanalys',
    description: 'Ett helt dokument: metadata, vårdenhet, system, kategorier, roll med behov, risk, behörighet, styrning och loggkontroll.',
    body: {
      schema_version: '1.0',
      document: {
        id: '${1:BRA-2026}', title: '${2:Behovs- och riskanalys – Verksamhet}', version: '1.0', status: 'draft',
        care_provider: { name: '${3:Vårdgivare AB}', org_number: '${4:556000-0000}', kind: 'private_company' },
        prepared_by: [{ name: '${5:Verksamhetschef}', function: 'clinical_operations' }],
        approved: { by: '${6:Namn}', role: '${7:Verksamhetschef}', date: '${8:2026-01-01}' },
        next_review: '${9:2027-01-01}',
      },
      scope: { description: '${10:Verksamhet och avgränsning}', care_units: [{ id: '${11:enhet}', name: '${12:Mottagning}', specialty: 'general_practice' }] },
      systems: [{
        id: '${13:journal}', name: '${14:Journalsystem}', regimes: ['inner_secrecy'], patients_registered: 0, users_with_access: 0,
        individual_accounts: true,
        logging: { action: true, care_unit_or_process: true, timestamp: true, user_identity: true, patient_identity: true, retention_years: 10 },
      }],
      data_categories: [{ id: 'somatic_care', label: 'Somatisk vårddokumentation', present: true, sensitivity: 'baseline' }],
      registered_categories: [{ id: 'protected_identity', label: 'Personer med skyddade personuppgifter', present: true, estimated_count: 0 }],
      roles: [{
        id: '${15:roll}', label: '${16:Benämning}', staff_category: 'nurse', units: ['${11:enhet}'], headcount: 0, tasks: ['${17:Arbetsuppgift}'],
        needs: [{ id: 'N1', system: '${13:journal}', regime: 'inner_secrecy', data_categories: ['somatic_care'], patient_scope: 'care_relation',
          when: '${18:Tidpunkt}', context: '${19:Sammanhang}' }],
      }],
      risks: [{
        id: 'R1', title: '${20:Kort rubrik}', threat_type: 'internal_unauthorised_access', regimes: ['inner_secrecy'], systems: ['${13:journal}'],
        data_categories: ['somatic_care'], registered_categories: ['protected_identity'],
        consequences: [{ type: 'threat_violence', description: '${21:Vad som konkret händer den registrerade}' }],
        scale_impact: '${22:Hur omfattningen påverkar risken}', probability: 2, severity: 4,
        measures: [{ id: 'M1', kind: 'protected_identity_masking', description: '${23:Åtgärd}', status: 'implemented' }],
      }],
      special_risk_assessments: [{ id: 'SRB1', title: 'Skyddade personuppgifter', registered_categories: ['protected_identity'], assessment: '${24:Bedömning}', risks: ['R1'] }],
      access_matrix: [{
        id: 'AM-1', role: '${15:roll}', system: '${13:journal}', regime: 'inner_secrecy', data_categories: ['somatic_care'],
        patient_scope: 'care_relation', conditions: ['care_relation_check'], justified_by: ['N1'], risks_considered: ['R1'], valid_from: '${25:2026-02-01}',
      }],
      access_governance: {
        assignment_instructions: { document_ref: '${26:Rutin för behörighetstilldelning}', responsible: '${5:Verksamhetschef}' },
        review: { interval_months: 6, responsible: '${5:Verksamhetschef}', triggers: ['role_change', 'employment_end', 'leave_of_absence'] },
      },
      log_controls: [{
        id: 'LK1', system: '${13:journal}', interval_days: 30, selection: ['random_sample', 'targeted'], documented: true,
        responsible: '${5:Verksamhetschef}', staff_informed: true, unauthorised_access_guideline: '${27:Riktlinje obehörig åtkomst}', on_suspicion: true,
      }],
    },
  }],
  definitions: D,
};

// ---------------------------------------------------------------------------------------------------------------
// Matrix schema: self-contained copy of the definitions access_entry needs (same names, deep-equal).
// ---------------------------------------------------------------------------------------------------------------
function refsIn(node, out = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.add(v.replace('#/definitions/', ''));
      else refsIn(v, out);
    }
  }
  return out;
}
function closure(roots) {
  const seen = new Set();
  const todo = [...roots];
  while (todo.length) {
    const n = todo.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    refsIn(D[n]).forEach((r) => todo.push(r));
  }
  return seen;
}
const needed = closure(['schema_version', 'access_entry']);
const matrixDefs = Object.fromEntries(Object.keys(D).filter((k) => needed.has(k)).map((k) => [k, structuredClone(D[k])]));

const matrix = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://behorighet.example.invalid/schemas/1.0/access-matrix.schema.json',
  title: 'Behörighetsmatris',
  description: 'Behörighetsmatris i en egen fil. Rollerna, behoven, riskerna och kategorierna som matrisen hänvisar till finns i analysen som anges i "analysis".',
  markdownDescription: 'Behörighetsmatris i en egen fil. Rollerna, behoven, riskerna och kategorierna som matrisen hänvisar till finns i analysen som anges i `analysis`. Ingen behörighet får ge vidare åtkomst än analysen visar är befogad (IMY DI-2019-3845 s. 23).',
  'x-title-en': 'Access matrix',
  'x-description-en': 'Access matrix kept in its own file. The roles, needs, risks and categories it refers to are in the analysis named in "analysis".',
  type: 'object',
  additionalProperties: false,
  required: ['schema_version', 'analysis'],
  properties: {
    schema_version: structuredClone(schemaVersionProp),
    analysis: str('Analys', 'Analysis', 'Relativ sökväg till behovs- och riskanalysen (YAML) som matrisen grundas på, t.ex. "analys.bra.yaml".',
      'Relative path to the needs-and-risk analysis (YAML) the matrix rests on, e.g. "analysis.bra.yaml".',
      'Relativ sökväg (från denna fil) till behovs- och riskanalysen som matrisen grundas på. Tilldelningen ska **föregås** av analysen (4 kap. 2 § HSLF-FS 2016:40).'),
    access_matrix: structuredClone(accessMatrixProp),
  },
  defaultSnippets: [{
    label: 'Ny behörighetsmatris',
    description: 'En behörighetsmatris i en egen fil med hänvisning till analysen.',
    body: {
      schema_version: '1.0', analysis: '${1:analys.bra.yaml}',
      access_matrix: [{
        id: '${2:AM-1}', role: '${3:roll}', system: '${4:journal}', regime: 'inner_secrecy', data_categories: ['${5:somatic_care}'],
        patient_scope: '${6:care_relation}', conditions: ['care_relation_check'], justified_by: ['${7:N1}'], risks_considered: ['${8:R1}'],
        valid_from: '${9:2026-01-01}',
      }],
    },
  }],
  definitions: matrixDefs,
};

writeFileSync(join(OUT, 'analysis.schema.json'), JSON.stringify(analysis, null, 2) + '\n');
writeFileSync(join(OUT, 'access-matrix.schema.json'), JSON.stringify(matrix, null, 2) + '\n');
console.log('definitions:', Object.keys(D).join(', '));
console.log('matrix definitions:', Object.keys(matrixDefs).join(', '));
