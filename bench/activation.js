// Activation time of the bundled extension, from require to the end of activate(), with a stand-in `vscode`
// module (a recursive no-op proxy): measures our own start-up work, not VS Code's.
const Module = require('module');
const path = require('path');
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
const vscode = stub();
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const t0 = process.hrtime.bigint();
const ext = require(path.resolve('dist/extension.js'));
Promise.resolve(ext.activate({ subscriptions: [], extensionPath: process.cwd(), extensionUri: vscode, globalState: vscode, workspaceState: vscode, asAbsolutePath: (p) => p }))
  .catch(() => {})
  .finally(() => { process.stdout.write(`${Number(process.hrtime.bigint() - t0) / 1e6}\n`); process.exit(0); });
