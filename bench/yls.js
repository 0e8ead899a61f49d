// yaml-language-server over stdio on the same documents and the published schema: open → diagnostics and
// one-character edit → diagnostics, and the server's peak RSS (VmHWM). Prints one JSON line.
const { spawn } = require('child_process');
const fs = require('fs');
const { editPosition } = require('./edit-position');
const path = require('path');
const [nodeBin, file, schemaFile, opens = '5', edits = '7'] = process.argv.slice(2);
const server = spawn(nodeBin, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
let buf = Buffer.alloc(0);
let id = 0;
const waiters = new Map();
let diagWaiter = null;
const settings = { yaml: { validate: true, hover: false, completion: false, format: { enable: false }, schemaStore: { enable: false }, schemas: { [`file://${path.resolve(schemaFile)}`]: ['*.bra.yaml'] }, maxItemsComputed: 5000 } };
function send(msg) { const s = JSON.stringify({ jsonrpc: '2.0', ...msg }); server.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`); }
function request(method, params) { const i = ++id; send({ id: i, method, params }); return new Promise((r) => waiters.set(i, r)); }
server.stdout.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  for (;;) {
    const h = buf.indexOf('\r\n\r\n');
    if (h === -1) return;
    const len = Number(/Content-Length: (\d+)/i.exec(buf.slice(0, h).toString())[1]);
    if (buf.length < h + 4 + len) return;
    const msg = JSON.parse(buf.slice(h + 4, h + 4 + len).toString());
    buf = buf.slice(h + 4 + len);
    if (msg.id !== undefined && msg.method) {
      // server → client request
      const result = msg.method === 'workspace/configuration' ? msg.params.items.map((it) => (it.section ? settings[it.section] ?? settings.yaml[it.section.replace(/^yaml\./, '')] ?? null : settings)) : null;
      send({ id: msg.id, result });
    } else if (msg.id !== undefined) {
      waiters.get(msg.id)?.(msg.result);
    } else if (msg.method === 'textDocument/publishDiagnostics' && diagWaiter && msg.params.uri === diagWaiter.uri) {
      const w = diagWaiter;
      diagWaiter = null;
      w.resolve(msg.params.diagnostics.length);
    }
  }
});
const waitDiag = (uri) => new Promise((resolve) => { diagWaiter = { uri, resolve }; });
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
(async () => {
  const text = fs.readFileSync(file, 'utf8');
  await request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } } });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings } });
  const openTimes = [];
  let uri;
  let diags = 0;
  for (let i = 0; i < Number(opens); i++) {
    uri = `file:///bench/doc${i}.bra.yaml`;
    const w = waitDiag(uri);
    const t0 = process.hrtime.bigint();
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
    diags = await w;
    openTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (i < Number(opens) - 1) send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
  }
  const editTimes = [];
  let cur = text;
  for (let i = 0; i < Number(edits); i++) {
    const at = editPosition(cur, (i + 0.5) / Number(edits));
    cur = cur.slice(0, at) + 'a' + cur.slice(at);
    const w = waitDiag(uri);
    const t0 = process.hrtime.bigint();
    send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: cur }] } });
    await w;
    editTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  server.kill();
  // yaml-language-server waits a fixed 200 ms (validationDelayMs) before validating, on open and on change
  process.stdout.write(JSON.stringify({ openFirstMs: openTimes[0], openMedianMs: median(openTimes.slice(1)) - 200, editMedianMs: median(editTimes) - 200, peakRssMb: hwm, diagnostics: diags }) + '\n');
  process.exit(0);
})().catch((e) => { console.error(e); server.kill(); process.exit(2); });
