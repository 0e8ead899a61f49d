// One fresh process per size: full validation and edit → fresh findings through the engine with a parse cache,
// exactly as the extension calls it. Prints one JSON line.
const fs = require('fs');
const { editPosition } = require('./edit-position');
const { lint } = require('../out/src/engine');
const [file, runs = '15'] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const opts = { asOf: '2026-12-01' };
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const n = Number(runs);
lint([{ path: file, text }], opts); // warm up (JIT, ajv compile)
const full = [];
for (let i = 0; i < n; i++) { const t0 = process.hrtime.bigint(); lint([{ path: file, text }], opts); full.push(ms(t0)); }
// edits: one character in a `description:`/`when:` value spread over the document, like typing
const cache = new Map();
lint([{ path: file, text }], { ...opts, cache });
const edit = [];
let cur = text;
let findings = 0;
for (let i = 0; i < n; i++) {
  const pos = editPosition(cur, (i + 0.5) / n);
  cur = cur.slice(0, pos) + (i % 2 ? 'a' : 'b') + cur.slice(pos);
  const t0 = process.hrtime.bigint();
  const r = lint([{ path: file, text: cur }], { ...opts, cache });
  edit.push(ms(t0));
  findings = r[0].findings.length;
}
process.stdout.write(JSON.stringify({ fullMedianMs: median(full), editMedianMs: median(edit), editMaxMs: Math.max(...edit), findings, rssMb: process.memoryUsage().rss / 1048576 }) + '\n');
