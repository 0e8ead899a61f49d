// Activation time of the bundled extension, from require to the end of activate(), with a stand-in `vscode`
// module (a recursive no-op proxy): measures our own start-up work, not VS Code's.
const Module = require('module');
const path = require('path');
const fs = require('fs');
const BUNDLE = path.resolve('dist/extension.js');
/** A recursive no-op: every property, call and construction gives itself back. */
function stub() {
  const fn = function () { return proxy; };
  const proxy = new Proxy(fn, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'dispose') return () => {};
      return proxy;
    },
    apply() { return proxy; },
    construct() { return proxy; },
  });
  return proxy;
}
// the module object: esbuild's ESM interop copies the module's own property names, so every name `vscode` exports
// (from @types/vscode) is an own property, each the no-op
const dts = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const names = [...new Set([...dts.matchAll(/^(?:\t| {4})export (?:class|enum|namespace|function|const|let|var) (\w+)/gm)].map((m) => m[1]))];
const inner = stub();
const vscode = new Proxy({}, {
  get: (_t, prop) => (prop === '__esModule' ? false : prop === 'then' ? undefined : inner),
  ownKeys: () => names,
  getOwnPropertyDescriptor: (_t, k) => (names.includes(k) ? { configurable: true, enumerable: true, value: inner } : undefined),
  has: (_t, k) => names.includes(k),
});
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const t0 = process.hrtime.bigint();
const ext = require(BUNDLE);
Promise.resolve(ext.activate({ subscriptions: [], extensionPath: process.cwd(), extensionUri: inner, globalState: inner, workspaceState: inner, extension: { packageJSON: { version: '0.0.0' } }, asAbsolutePath: (p) => p }))
  .catch(() => {})
  .finally(() => { process.stdout.write(`${Number(process.hrtime.bigint() - t0) / 1e6}\n`); process.exit(0); });
