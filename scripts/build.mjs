// Build: type-check and compile everything with tsc (out/, used by the unit tests), then bundle the two
// entry points with esbuild (dist/cli.js, dist/extension.js: what the package ships).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], { stdio: 'inherit' });

const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: false, logLevel: 'warning', legalComments: 'none' };
if (existsSync('src/cli/main.ts')) {
  await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
  chmodSync('dist/cli.js', 0o755);
}
if (existsSync('src/extension/main.ts')) {
  await build({ ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
}
