/**
 * The `bra` bin (the bundler adds `#!/usr/bin/env node`): binds run() to the real process. Everything else is in
 * run.ts, which tests drive with an in-memory io.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { run } from './run';
import type { CliIo } from './run';
import type { InitIo } from './init-command';

/** The version in the package.json of this package (dist/cli.js or out/src/cli/main.js: search upwards). */
function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(nodePath.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'behorighet' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      /* keep looking */
    }
    const up = nodePath.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return '0.0.0';
}

// `bra check … | head` closes stdout early: that is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

const io: CliIo & InitIo = {
  cwd: process.cwd(),
  env: process.env,
  readFile: (p) => fs.readFileSync(p, 'utf8'),
  readBytes: (p) => fs.readFileSync(p),
  writeFile: (p, t) => fs.writeFileSync(p, t),
  mkdir: (p) => void fs.mkdirSync(p, { recursive: true }),
  stat: (p) => fs.statSync(p),
  lstat: (p) => fs.lstatSync(p),
  realpath: (p) => fs.realpathSync.native(p),
  readdir: (p) => fs.readdirSync(p, { withFileTypes: true }),
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
  version: packageVersion(),
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bra: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
