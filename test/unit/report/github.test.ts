import * as assert from 'node:assert/strict';
import { github } from '../../../src/report';
import { escapeData, escapeProperty } from '../../../src/report/github';
import { CTX, results } from './fixtures';

describe('report: github workflow commands', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as @actions/core does', () => {
    assert.equal(escapeData('100 % a\r\nb: c, d'), '100 %25 a%0D%0Ab: c, d');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });
  it('one command per finding: error/warning/notice, 1-based file, line, col, endLine, endColumn, title', () => {
    const lines = github(results(), CTX).split('\n');
    assert.deepEqual(lines, [
      '::notice file=samples/vård%2Cdata%3Aa.bra.yaml,line=2,col=1,endLine=2,endColumn=9,title=BRA004::Tvärfunktionellt?',
      '::warning file=samples/vård%2Cdata%3Aa.bra.yaml,line=6,col=11,endLine=6,endColumn=15,title=schema::Okänd nyckel "note".',
      '::error file=samples/vård%2Cdata%3Aa.bra.yaml,line=7,col=18,endLine=7,endColumn=19,title=BRA018::Risken "R1" har en ogiltig sannolikhet: 100 %25 säker?%0ARätta värdet.%0A↳ samples/vård,data:a.bra.yaml:5:5 Risken definieras här',
      '::error file=samples/matris.bra.yaml,line=4,col=5,endLine=4,endColumn=13,title=BRA031::Behörigheten AM-1 saknar behov.%0A↳ samples/vård,data:a.bra.yaml:4:1 Analysens risker%0A↳ elsewhere/unknown.yaml Okänd fil',
      '',
    ]);
  });
  it('every line is a single line (no raw CR or LF inside a command)', () => {
    for (const l of github(results(), { ...CTX, lang: 'en' }).split('\n').filter(Boolean)) {
      assert.match(l, /^::(error|warning|notice) [^:]*::[^\r\n]*$/);
    }
  });
  it('no findings → no output', () => {
    assert.equal(github(results().map((r) => ({ ...r, findings: [] })), CTX), '');
  });
});
