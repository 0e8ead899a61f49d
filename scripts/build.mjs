// Build: type-check and compile everything with tsc (out/, used by the unit tests), precompile the JSON Schemas
// with ajv's standalone code (out/gen/validators.js), then bundle the entry points with esbuild
// (dist/cli.js, dist/extension.js, dist/worker.js: what the package ships), with the precompiled validators
// (dist/validators.js) loaded at first use.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], { stdio: 'inherit' });

// ajv standalone: the same options as src/schema/index.ts uses at run time
const Ajv = require('ajv').default;
const standalone = require('ajv/dist/standalone').default;
const { SCHEMA_KEYWORDS } = require('../out/src/schema/keywords.js');
const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, keywords: [...SCHEMA_KEYWORDS], code: { source: true } });
ajv.addSchema(JSON.parse(readFileSync('schemas/analysis.schema.json', 'utf8')), 'analysis');
ajv.addSchema(JSON.parse(readFileSync('schemas/access-matrix.schema.json', 'utf8')), 'matrix');
mkdirSync('out/gen', { recursive: true });
const generated = path.resolve('out/gen/validators.js');
writeFileSync(generated, `${standalone(ajv, { analysis: 'analysis', matrix: 'matrix' })}\nexports.compiled = { analysis: exports.analysis, matrix: exports.matrix };\n`);

// src/schema/compiled-validators is replaced, in both bundles, by a module that loads dist/validators.js (the
// precompiled validators, bundled on their own: about 400 KB of generated code with the schemas' object literals)
// at the first validation, so that the extension's activation neither compiles nor evaluates them
const precompiled = {
  name: 'precompiled-validators',
  setup(b) {
    b.onResolve({ filter: /\/compiled-validators$/ }, () => ({ path: 'compiled-validators', namespace: 'bra-validators' }));
    b.onLoad({ filter: /.*/, namespace: 'bra-validators' }, () => ({
      loader: 'js',
      contents: `let m;
const load = () => m || (m = require(require('path').join(__dirname, 'validators.js')));
exports.compiled = { get analysis() { return load().analysis; }, get matrix() { return load().matrix; } };
`,
    }));
  },
};
// mainFields: jsonc-parser's default UMD build loads its parts at run time, invisible to the bundler; take its ESM build
const common = { mainFields: ['module', 'main'], bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: false, logLevel: 'warning', legalComments: 'none', plugins: [precompiled] };
await build({ bundle: true, platform: 'node', target: 'node18', format: 'cjs', logLevel: 'warning', legalComments: 'none', minifyWhitespace: true, entryPoints: [generated], outfile: 'dist/validators.js' });
if (existsSync('src/cli/main.ts')) {
  await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
  chmodSync('dist/cli.js', 0o755);
}
if (existsSync('src/extension/main.ts')) {
  await build({ ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'], minifyWhitespace: true, minifySyntax: true });
  // the lint of very large files, in a worker thread of the extension host
  await build({ ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js', minifyWhitespace: true, minifySyntax: true });
}
