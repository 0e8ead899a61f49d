/**
 * BRA050 — Loggutdrag till patienter och information till patienter framgår inte
 * (issue #11 item 5; regulatory-review.md §3 items 5 and 9, §6 item 8).
 */
import type { Bilingual } from '../model';
import { bi, joinBoth } from '../i18n';
import { isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { bool, rec, str, strList } from '../domain/model';

export default defineRule({
  id: 'BRA050',
  name: 'patient-log-extracts-information',
  severity: 'info',
  title: bi('Loggutdrag och information till patienter framgår inte', 'Log extracts and information to patients not shown'),
  messages: {
    default: bi('Analysen visar inte {gaps}.', 'The analysis does not show {gaps}.'),
  },
  legal: [
    { act: 'patientdatalagen (2008:355)', ref: '8 kap. 5 §', source: 'tryggleg.se, rätt till loggkontroll (sekundär)' },
    { act: 'HSLF-FS 2016:40', ref: '4 kap. 10 §', source: 'tryggleg.se (paragrafen); Vårdgivarguiden, Riktlinje för loggutdrag till patient (innehållet)' },
    { act: 'förordning (EU) 2016/679 (GDPR)', ref: 'art. 13–14', source: 'EUT L 119, 4.5.2016' },
    { act: 'lag (2022:913) om sammanhållen vård- och omsorgsdokumentation', ref: 'information och spärr', source: 'riksdagen.se SFS 2022:913' },
  ],
  fixable: false,
  check(ctx) {
    const { m } = ctx;
    if (m.systems.length === 0) return; // nothing to inform about yet
    const ple = rec(m.governance, 'patient_log_extracts');
    const info = rec(m.governance, 'patient_information');
    const gaps: Bilingual[] = [];
    if (str(ple, 'document_ref') === undefined) {
      gaps.push(bi('en rutin för loggutdrag till patienter som begär dem (access_governance.patient_log_extracts)', 'a routine for log extracts to patients who ask for them (access_governance.patient_log_extracts)'));
    }
    if (str(info, 'document_ref') === undefined) {
      gaps.push(bi('hur patienterna informeras om behandlingen och åtkomsten (access_governance.patient_information)', 'how patients are informed about the processing and the access (access_governance.patient_information)'));
    } else if (bool(info, 'covers_blocking') !== true && m.systems.some((s) => (strList(s.v, 'regimes') ?? []).includes('coherent_record_keeping'))) {
      gaps.push(bi('att patientinformationen beskriver spärr och sammanhållen vård- och omsorgsdokumentation (patient_information.covers_blocking)', 'that the patient information describes blocking and shared care documentation (patient_information.covers_blocking)'));
    }
    if (gaps.length === 0) return;
    const p = m.analysis;
    const gov = isMap(nodeAt(p, ['access_governance']));
    ctx.report({
      location: gov ? '$.access_governance' : '$',
      at: gov ? { doc: p, path: ['access_governance'], part: 'key' } : { doc: p, path: [] },
      args: { gaps: joinBoth(gaps) },
    });
  },
});
