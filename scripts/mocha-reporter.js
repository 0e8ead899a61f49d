// Mocha's spec reporter, plus a plain closing line "N passed, N failed, N skipped" and the counts in
// test-results/<BRA_TEST_LAYER>.json (scripts/test.mjs adds the layers up).
const Mocha = require('mocha');
const fs = require('fs');
const path = require('path');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class BraReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats;
      const line = `${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`;
      console.log(line);
      const layer = process.env.BRA_TEST_LAYER;
      if (layer) {
        const dir = path.join(process.env.BRA_REPO || process.cwd(), 'test-results');
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, `${layer}.json`), JSON.stringify({ passed: s.passes, failed: s.failures, skipped: s.pending }));
      }
    });
  }
}
module.exports = BraReporter;
