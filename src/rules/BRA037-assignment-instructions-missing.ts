import { bi } from '../i18n';
import { insertEntries, setValue } from '../fixes';
import type { TextEdit } from '../model';
import { has, isMap, nodeAt } from '../yaml';
import { defineRule } from './define';
import { rec, str } from '../domain/model';

/** A non-empty placeholder: a blank value would leave the finding (and break the string type). */
export const INSTRUCTIONS_PLACEHOLDER = 'Anvisning för tilldelning av behörigheter (ange dokument och version)';

export default defineRule({
  id: 'BRA037',
  name: 'assignment-instructions-missing',
  severity: 'warning',
  title: bi('Anvisningar för behörighetstilldelning saknas', 'No instructions for those who assign access'),
  messages: {
    default: bi(
      'Anvisning till dem som tilldelar behörigheter saknas (hur tilldelning ska gå till med analysen som grund).',
      'No instructions for those who assign authorisations (how assignment is done on the basis of the analysis).',
    ),
  },
  legal: [
    { act: 'IMY:s beslut DI-2019-3845', ref: 'anvisning till dem som tilldelar behörigheter', source: 'DI-2019-3845 s. 23' },
    { act: 'patientdatalagen (2008:355)', ref: '4 kap. 2 §', source: 'DI-2019-3845 s. 23' },
  ],
  fixable: true,
  check(ctx) {
    const { m } = ctx;
    const p = m.analysis;
    const instr = rec(m.governance, 'assignment_instructions');
    if (str(instr, 'document_ref') !== undefined) return;
    const govPath = ['access_governance'];
    const instrPath = [...govPath, 'assignment_instructions'];
    const refPath = [...instrPath, 'document_ref'];
    let edits: TextEdit[] = [];
    if (has(p, refPath)) edits = setValue(p, instrPath, 'document_ref', INSTRUCTIONS_PLACEHOLDER);
    else edits = insertEntries(p, instrPath, { document_ref: INSTRUCTIONS_PLACEHOLDER });
    ctx.report({
      location: m.governance || isMap(nodeAt(p, govPath)) ? '$.access_governance' : '$',
      at: { doc: p, path: refPath, part: 'value' },
      fixes: [{ title: bi('Lägg till hänvisning till anvisningen för behörighetstilldelning', 'Add a reference to the access assignment instructions'), edits }],
    });
  },
});
