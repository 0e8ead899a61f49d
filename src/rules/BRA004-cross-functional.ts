/** BRA004 — Analysen är inte tvärfunktionellt framtagen (rules-and-model.md §2.4). */
import type { Bilingual, Fix } from '../model';
import { joinBoth } from '../i18n';
import { appendItems } from '../fixes';
import type { Stub } from '../fixes';
import { defineRule } from './define';
import { isRec, str } from '../domain/model';
import { FUNCTION, label } from '../domain/labels';

/** Functions of which at least one must take part besides the clinical operations. */
// The DPO advises and monitors (art. 38–39 GDPR) and is not offered as a preparer: `data_protection` (dataskydd, jurist/samordnare) is.
export const GOVERNANCE_FUNCTIONS = ['data_protection', 'information_security', 'legal'];

const CLINICAL: Bilingual = { sv: 'verksamheten (clinical_operations)', en: 'clinical operations (clinical_operations)' };
const GOVERNANCE: Bilingual = {
  sv: 'informationssäkerhet, dataskydd eller juridik (information_security, data_protection eller legal)',
  en: 'information security, data protection or legal (information_security, data_protection or legal)',
};

function stub(fn: string): Stub {
  return { name: label(FUNCTION, fn).sv, function: fn };
}

export default defineRule({
  id: 'BRA004',
  name: 'cross-functional',
  severity: 'info',
  title: { sv: 'Analysen är inte tvärfunktionellt framtagen', en: 'Analysis not prepared cross-functionally' },
  messages: {
    default: {
      sv: 'Analysen verkar inte ha tagits fram tvärfunktionellt: bland dem som upprättat den saknas {functions}. IMY rekommenderar samverkan mellan verksamhet, jurister, tekniker och chefer.',
      en: 'The analysis does not appear to be cross-functional: those who prepared it do not include {functions}. IMY recommends collaboration between operations, legal, technical staff and management.',
    },
  },
  legal: [
    { act: 'IMY, Vägledande medskick till vården och omsorgen efter IMY:s tillsyner (2024-05-21)', ref: 'tvärfunktionellt samarbete' },
    { act: 'GDPR', ref: 'art. 24.1', source: 'DI-2019-3845 s. 12' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const p = m.analysis;
    const pb = m.document?.prepared_by;
    const functions = new Set((Array.isArray(pb) ? pb : []).filter(isRec).map((x) => str(x, 'function')).filter((f): f is string => f !== undefined));
    const lacksClinical = !functions.has('clinical_operations');
    const lacksGovernance = !GOVERNANCE_FUNCTIONS.some((f) => functions.has(f));
    // "fewer than 2 distinct functions" is implied: clinical_operations plus one governance function are two.
    if (!lacksClinical && !lacksGovernance) return;
    const missing = [...(lacksClinical ? [CLINICAL] : []), ...(lacksGovernance ? [GOVERNANCE] : [])];
    const path = ['document', 'prepared_by'];
    // Only append to a list (or create one); never overwrite a value of another type.
    const canFix = pb === undefined || pb === null || Array.isArray(pb);
    const base: Stub[] = lacksClinical ? [stub('clinical_operations')] : [];
    const fixes: Fix[] = [];
    if (canFix && lacksGovernance) {
      GOVERNANCE_FUNCTIONS.forEach((fn, i) => {
        const edits = appendItems(p, path, [...base, stub(fn)]);
        const l = label(FUNCTION, fn);
        const extra = lacksClinical ? { sv: 'verksamheten och ', en: 'operations and ' } : { sv: '', en: '' };
        if (edits.length) {
          fixes.push({
            title: { sv: `Lägg till ${extra.sv}${l.sv.toLowerCase()} bland dem som upprättat analysen`, en: `Add ${extra.en}${l.en.toLowerCase()} to those who prepared the analysis` },
            edits,
            preferred: i === 0,
          });
        }
      });
    } else if (canFix && lacksClinical) {
      const edits = appendItems(p, path, base);
      if (edits.length) {
        fixes.push({ title: { sv: 'Lägg till verksamheten bland dem som upprättat analysen', en: 'Add clinical operations to those who prepared the analysis' }, edits, preferred: true });
      }
    }
    ctx.report({
      location: '$.document.prepared_by',
      at: { doc: p, path, part: 'key' },
      args: { functions: joinBoth(missing) },
      fixes: fixes.length ? fixes : undefined,
    });
  },
});
