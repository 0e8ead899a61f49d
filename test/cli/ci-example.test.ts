/**
 * The ready-to-copy CI example (examples/github-actions/bra.yml), run for real: every `run:` step of the workflow
 * that calls `bra` is executed as GitHub runs it (bash --noprofile --norc -eo pipefail, the step's env, GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY files) in a temporary clone laid out like actions/checkout leaves a pull request with
 * fetch-depth 0: `origin/main` is the base branch and HEAD is the merge commit of the PR into it. `bra` is a shim
 * on PATH for `node dist/cli.js` (the built bin), with "today" pinned to 2026-12-01 because the workflow runs bra
 * without --as-of. The github-script of the comment step runs against a fake `github` client; the install step
 * installs the packed tarball (and a checkout directory) into a temporary global prefix (npm fetches the
 * dependencies the cache lacks from the registry, as on a runner).
 *
 * Also: samples/.devcontainer/devcontainer.json and samples/.vscode/tasks.json are valid JSONC and name the right
 * commands, and the `$bra` problem matcher of package.json reads the stylish output the task prints.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import * as YAML from 'yaml';
import { sarifValidator } from '../unit/report/sarif-schema';
import { CLI, ROOT } from './helpers';

const WORKFLOW = path.join(ROOT, 'examples/github-actions/bra.yml');
const DEVCONTAINER = path.join(ROOT, 'samples/.devcontainer/devcontainer.json');
const TASKS = path.join(ROOT, 'samples/.vscode/tasks.json');
const PINNED_TODAY = '2026-12-01';
const CLEAN = 'vardcentralen-solglantan.bra.yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  shell?: string;
  'continue-on-error'?: unknown;
  'working-directory'?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env?: Record<string, string>;
  defaults?: { run?: { shell?: string } };
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

const CALLS_BRA = /(^|[\s;&|(!])bra(\s|$)/m;

function loadWorkflow(): { wf: Workflow; steps: Step[] } {
  const doc = YAML.parseDocument(fs.readFileSync(WORKFLOW, 'utf8'));
  assert.deepEqual(doc.errors.map((e) => e.message), []);
  const wf = doc.toJS() as Workflow;
  const jobs = Object.values(wf.jobs);
  assert.equal(jobs.length, 1, 'one job');
  return { wf, steps: jobs[0].steps };
}

/** `${{ expr }}` → its value in this fake context; anything else is a test failure (keeps workflow and test in step). */
function expand(s: string, ctx: Record<string, string>): string {
  return s.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in ctx)) throw new Error(`unexpected expression in a bra step: \${{ ${expr} }}`);
    return ctx[expr];
  });
}

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && !k.startsWith('BRA_') && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') env[k] = v;
  return { ...env, LANG: 'C', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-11-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-11-01T00:00:00Z' };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd, env: gitEnv(), encoding: 'utf8' });
}

/** Replace exactly one occurrence. */
function edit(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i === -1 || text.indexOf(from, i + 1) !== -1) throw new Error(`edit: "${from}" must occur exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

const tmp: string[] = [];
function tempDir(prefix: string): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  tmp.push(d);
  return d;
}

/** A `bra` on PATH that runs the built bin, with new Date() pinned (the workflow gives no --as-of). */
function shimDir(): string {
  const dir = tempDir('bra-shim-');
  const pin = path.join(dir, 'pin-today.js');
  fs.writeFileSync(pin, `'use strict';
const RealDate = Date;
const fixed = RealDate.parse('${PINNED_TODAY}T12:00:00Z');
class PinnedDate extends RealDate {
  constructor(...a) { if (a.length === 0) super(fixed); else super(...a); }
  static now() { return fixed; }
}
globalThis.Date = PinnedDate;
`);
  fs.writeFileSync(path.join(dir, 'bra'), `#!/bin/sh\nexec "${process.execPath}" --require "${pin}" "${CLI}" "$@"\n`, { mode: 0o755 });
  return dir;
}

/**
 * The repository of a care provider, as the runner sees it for a PR: an upstream with `main` (the two samples) and
 * a PR branch that makes `change` to the clean sample; meanwhile `main` moved on (an unrelated commit); the clone
 * is detached at the merge commit of the PR into main, like refs/pull/N/merge.
 */
function prCheckout(change: (text: string) => string): string {
  const up = tempDir('bra-ci-upstream-');
  git(up, 'init', '-q', '-b', 'main');
  fs.copyFileSync(path.join(ROOT, 'samples', CLEAN), path.join(up, CLEAN));
  fs.cpSync(path.join(ROOT, 'samples/psykiatri-norrby'), path.join(up, 'psykiatri-norrby'), { recursive: true });
  git(up, 'add', '-A');
  git(up, 'commit', '-q', '-m', 'base');
  git(up, 'checkout', '-q', '-b', 'pr');
  fs.writeFileSync(path.join(up, CLEAN), change(fs.readFileSync(path.join(up, CLEAN), 'utf8')));
  git(up, 'commit', '-q', '-am', 'the pull request');
  git(up, 'checkout', '-q', 'main');
  fs.writeFileSync(path.join(up, 'README.md'), '# Behovs- och riskanalyser\n');
  git(up, 'add', '-A');
  git(up, 'commit', '-q', '-m', 'main moves on');
  const ci = tempDir('bra-ci-checkout-');
  git(ci, 'clone', '-q', up, '.');
  git(ci, 'checkout', '-q', '--detach', 'origin/main');
  git(ci, 'merge', '-q', '--no-ff', '-m', 'Merge pull request', 'origin/pr');
  return ci;
}

interface StepRun { code: number | null; stdout: string; stderr: string; summary: string }

/** Runs one `run:` step as the runner does (defaults.run.shell = bash → bash --noprofile --norc -eo pipefail {0}). */
function runStep(wf: Workflow, step: Step, cwd: string, ctx: Record<string, string>, extra: { path?: string; env?: NodeJS.ProcessEnv } = {}): StepRun {
  assert.equal(step.shell ?? wf.defaults?.run?.shell, 'bash', `${step.name}: bash`);
  assert.equal(step['working-directory'], undefined);
  const runner = tempDir('bra-runner-');
  const summary = path.join(runner, 'summary.md');
  const output = path.join(runner, 'output');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  const script = path.join(runner, 'step.sh');
  fs.writeFileSync(script, expand(step.run!, ctx));
  const job = Object.values(wf.jobs)[0];
  const stepEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...wf.env, ...job.env, ...step.env })) stepEnv[k] = expand(String(v), ctx);
  const base = gitEnv();
  const env: NodeJS.ProcessEnv = {
    ...base,
    ...stepEnv,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_BASE_REF: ctx['github.base_ref'] ?? '',
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    PATH: [extra.path, base.PATH].filter(Boolean).join(path.delimiter),
    ...extra.env,
  };
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: fs.readFileSync(summary, 'utf8') };
}

const named = (steps: Step[], re: RegExp) => {
  const s = steps.filter((x) => x.run !== undefined && re.test(x.run));
  assert.equal(s.length, 1, `exactly one step runs ${re}`);
  return s[0];
};

function parseJsoncStrict(file: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJsonc(fs.readFileSync(file, 'utf8'), errors, { allowTrailingComma: false, disallowComments: false });
  assert.deepEqual(errors.map((e) => `${printParseErrorCode(e.error)} at ${e.offset}`), [], path.relative(ROOT, file));
  return value;
}

describe('CI example: examples/github-actions/bra.yml run for real', function () {
  this.timeout(120000);
  const { wf, steps } = loadWorkflow();
  const install = steps.find((s) => s.id === 'install')!;
  const braSteps = steps.filter((s) => s !== install && s.run !== undefined && CALLS_BRA.test(s.run));
  const sarif = named(braSteps, /bra check --format sarif > bra\.sarif/);
  const annotations = named(braSteps, /bra check --format github/);
  const diff = named(braSteps, /bra diff --base "origin\/\$BASE_REF" --format markdown > bra-diff\.md/);
  let shim: string;
  const ctx = { 'github.base_ref': 'main' };

  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');
    shim = shimDir();
  });
  after(() => {
    for (const d of tmp.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('the workflow: PR trigger, full history, node, permissions, and every bra step fails the job on its exit code', () => {
    assert.ok('pull_request' in wf.on);
    assert.deepEqual(
      { contents: wf.permissions.contents, 'security-events': wf.permissions['security-events'], 'pull-requests': wf.permissions['pull-requests'] },
      { contents: 'read', 'security-events': 'write', 'pull-requests': 'write' },
    );
    const uses = (prefix: string) => {
      const s = steps.filter((x) => x.uses?.startsWith(prefix));
      assert.equal(s.length, 1, prefix);
      return s[0];
    };
    assert.equal(uses('actions/checkout@').with?.['fetch-depth'], 0);
    assert.ok(Number(uses('actions/setup-node@').with?.['node-version']) >= 20);
    assert.match(install.run!, /npm install --global .*"\$BRA_PACKAGE"/);
    assert.ok(wf.env?.BRA_PACKAGE, 'BRA_PACKAGE has a default');
    assert.deepEqual(braSteps, [sarif, annotations, diff], 'the bra steps, in order');
    for (const s of braSteps) {
      assert.equal(s['continue-on-error'], undefined, `${s.name}: a failing bra fails the job`);
      assert.ok(s.if === undefined || /!cancelled\(\)|always\(\)/.test(s.if), `${s.name}: runs after an earlier bra failure`);
    }
    // the reports are published even when bra failed
    const upload = uses('github/codeql-action/upload-sarif@');
    assert.equal(upload.with?.sarif_file, 'bra.sarif');
    assert.match(upload.if ?? '', /!cancelled\(\)/);
    assert.ok(steps.indexOf(upload) > steps.indexOf(sarif));
    const comment = uses('actions/github-script@');
    assert.match(comment.if ?? '', /!cancelled\(\)/);
    assert.match(String(comment.with?.script), /bra-diff\.md/);
    assert.ok(steps.indexOf(comment) > steps.indexOf(diff));
  });

  it('a PR that widens access without justification: check and diff exit 1, SARIF with results, ::error annotations, the Markdown table', () => {
    const ci = prCheckout((t) => edit(t, '    units: [vc, bvc]\n    operations: [read, write, print]\n', '    units: [vc, bvc, phv]\n    operations: [read, write, print]\n'));
    const ran = braSteps.map((s) => runStep(wf, s, ci, ctx, { path: shim }));
    assert.deepEqual(ran.map((r) => r.code), [1, 1, 1], ran.map((r) => r.stderr).join(''));
    assert.deepEqual(ran.map((r) => r.stderr), ['', '', '']);

    const log = JSON.parse(fs.readFileSync(path.join(ci, 'bra.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const results = log.runs[0].results as unknown as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    assert.deepEqual(results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri]), [['BRA032', 'error', CLEAN]]);

    const errors = ran[1].stdout.split('\n').filter((l) => l.startsWith('::error '));
    assert.equal(errors.length, 1, ran[1].stdout);
    assert.match(errors[0], /^::error file=vardcentralen-solglantan\.bra\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=BRA032::Behörigheten AM-10/);

    const md = fs.readFileSync(path.join(ci, 'bra-diff.md'), 'utf8');
    assert.ok(md.startsWith('## Behörighetsändringar jämfört med `origin/main`'), md);
    assert.ok(md.includes('| Behörighet | Roll | System | Ändring | Detaljer | Stöd i analysen |\n|---|---|---|---|---|---|\n'), md);
    assert.ok(md.includes('| AM-10 | Medicinska sekreterare | Journalsystem Medvera Primärvård (inre sekretess) | vidgad | vårdenheter: +Psykisk hälsa i primärvården (PHV-teamet) | ❌ BRA032 |'), md);
    assert.ok(!md.includes('README'), 'main moving on is not part of the PR');
    assert.equal(ran[2].summary, md, 'the report goes to the job summary too');
  });

  it('a PR that narrows access in a clean analysis: every step exits 0, SARIF without results, no annotations, the table', () => {
    const ci = prCheckout((t) => edit(t, '    units: [vc, bvc, phv]\n    operations: [read, write]\n', '    units: [vc, bvc]\n    operations: [read, write]\n'));
    const ran = braSteps.map((s) => runStep(wf, s, ci, ctx, { path: shim }));
    assert.deepEqual(ran.map((r) => r.code), [0, 0, 0], ran.map((r) => r.stderr + r.stdout).join(''));
    const log = JSON.parse(fs.readFileSync(path.join(ci, 'bra.sarif'), 'utf8'));
    assert.equal(log.version, '2.1.0');
    assert.deepEqual(log.runs[0].results, []);
    assert.ok(!ran[1].stdout.includes('::error'), ran[1].stdout);
    const md = fs.readFileSync(path.join(ci, 'bra-diff.md'), 'utf8');
    assert.ok(md.includes('| AM-11 | Vårdadministratörer (reception och tidbok) | Journalsystem Medvera Primärvård (inre sekretess) | inskränkt | vårdenheter: −Psykisk hälsa i primärvården (PHV-teamet) | ✅ |'), md);
  });

  it('exit 2 (an unknown base branch, nothing to check): the step fails with one line and leaves no empty report to publish', () => {
    const ci = prCheckout((t) => edit(t, '    units: [vc, bvc, phv]\n    operations: [read, write]\n', '    units: [vc, bvc]\n    operations: [read, write]\n'));
    let r = runStep(wf, diff, ci, { 'github.base_ref': 'no-such-branch' }, { path: shim });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'bra: okänd git-referens "origin/no-such-branch"\n');
    assert.ok(!fs.existsSync(path.join(ci, 'bra-diff.md')), 'no comment from an empty report');
    assert.equal(r.summary, '');
    const empty = tempDir('bra-ci-empty-');
    git(empty, 'init', '-q', '-b', 'main');
    r = runStep(wf, sarif, empty, ctx, { path: shim });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^bra: inga filer att kontrollera i '\.'[^\n]*\n$/);
    assert.ok(!fs.existsSync(path.join(empty, 'bra.sarif')), 'upload-sarif is skipped (hashFiles is empty)');
  });

  it('the comment step: creates the comment once, then updates it; truncates a huge report', async () => {
    const script = String(steps.find((s) => s.uses?.startsWith('actions/github-script@'))!.with!.script);
    const dir = tempDir('bra-ci-comment-');
    const comments: { id: number; body: string; user: { type: string } }[] = [{ id: 1, body: 'LGTM', user: { type: 'User' } }];
    const calls: string[] = [];
    const rest = {
      issues: {
        listComments: async () => ({ data: comments }),
        createComment: async (p: { issue_number: number; body: string }) => {
          calls.push(`create #${p.issue_number}`);
          comments.push({ id: comments.length + 1, body: p.body, user: { type: 'Bot' } });
        },
        updateComment: async (p: { comment_id: number; body: string }) => {
          calls.push(`update ${p.comment_id}`);
          comments.find((c) => c.id === p.comment_id)!.body = p.body;
        },
      },
    };
    const github = { rest, paginate: async (fn: (p: unknown) => Promise<{ data: unknown[] }>, p: unknown) => (await fn(p)).data };
    const context = { repo: { owner: 'o', repo: 'r' }, issue: { number: 7 } };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...a: string[]) => (...v: unknown[]) => Promise<void>;
    const fn = new AsyncFunction('github', 'context', 'core', 'require', script);
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      fs.writeFileSync('bra-diff.md', '## Behörighetsändringar\n\n| a |\n|---|\n');
      await fn(github, context, {}, require);
      fs.writeFileSync('bra-diff.md', '## Behörighetsändringar (ny)\n');
      await fn(github, context, {}, require);
      assert.deepEqual(calls, ['create #7', 'update 2']);
      assert.equal(comments.length, 2);
      assert.match(comments[1].body, /^<!-- bra diff -->\n## Behörighetsändringar \(ny\)\n$/);
      fs.writeFileSync('bra-diff.md', 'x'.repeat(70000));
      await fn(github, context, {}, require);
      assert.ok(comments[1].body.length < 65536, String(comments[1].body.length));
      assert.match(comments[1].body, /truncated/);
    } finally {
      process.chdir(cwd);
    }
  });

  // npm may fetch from the registry what its cache lacks (a fresh machine has an empty cache) and nothing else:
  // --prefer-offline takes what the cache has without asking the registry again.
  it('the install step installs bra from a tarball (npm pack) or a checkout directory, into a global prefix', function () {
    const work = tempDir('bra-ci-install-');
    fs.mkdirSync(path.join(work, '.github/bra'), { recursive: true });
    const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', path.join(work, '.github/bra')], { cwd: ROOT, env: gitEnv(), encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stderr);
    const tgz = packed.stdout.trim().split('\n').pop()!;
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
    assert.equal(`./.github/bra/${tgz}`, wf.env!.BRA_PACKAGE, 'the default BRA_PACKAGE is what npm pack writes');
    for (const pkg of [wf.env!.BRA_PACKAGE, ROOT]) {
      const prefix = tempDir('bra-ci-prefix-');
      const r = runStep(wf, install, work, ctx, {
        path: path.join(prefix, 'bin'),
        env: { BRA_PACKAGE: pkg, npm_config_prefix: prefix, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' },
      });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim().split('\n').pop(), version, pkg);
    }
  });
});

describe('samples/.devcontainer and samples/.vscode: valid JSONC naming the right commands', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('devcontainer.json: node, the CLI from the npm pack tarball, the extension from the .vsix of npm run package, Swedish', () => {
    const dc = parseJsoncStrict(DEVCONTAINER) as {
      image?: string;
      features?: Record<string, { version?: string }>;
      mounts?: { source: string; target: string; type: string }[];
      postCreateCommand: string;
      customizations: { vscode: { extensions: string[]; settings: Record<string, unknown> } };
    };
    assert.ok(dc.image);
    const node = Object.entries(dc.features ?? {}).find(([k]) => k.startsWith('ghcr.io/devcontainers/features/node:'));
    assert.ok(node && Number(node[1].version) >= 20, 'the node feature, node 20 or later');
    const mount = dc.mounts?.find((m) => m.source === '${localWorkspaceFolder}/.devcontainer' && m.type === 'bind');
    assert.ok(mount, 'the .devcontainer folder is mounted');
    const vsix = /-o (\S+\.vsix)\b/.exec(pkg.scripts.package)![1];
    assert.deepEqual(dc.customizations.vscode.extensions, [`${mount.target}/${vsix}`]);
    assert.match(dc.postCreateCommand, new RegExp(`^npm install --global [^&]*${mount.target}/${pkg.name}-\\*\\.tgz && bra --version$`));
    const language = dc.customizations.vscode.settings['behorighet.language'];
    assert.equal(language, 'sv');
    assert.ok(pkg.contributes.configuration.properties['behorighet.language'].enum.includes(language));
    for (const key of Object.keys(dc.customizations.vscode.settings)) {
      assert.ok(key in pkg.contributes.configuration.properties, `${key} is a setting of the extension`);
    }
  });

  it('tasks.json: "bra check" runs `bra check . --format stylish` with the $bra problem matcher the extension contributes', () => {
    const tasks = parseJsoncStrict(TASKS) as { version: string; tasks: { label: string; type: string; command: string; problemMatcher: string; options?: { env?: Record<string, string> } }[] };
    assert.equal(tasks.version, '2.0.0');
    const t = tasks.tasks.find((x) => x.label === 'bra check')!;
    assert.ok(t);
    assert.equal(t.type, 'shell');
    assert.equal(t.command, 'npx --no-install bra check . --format stylish');
    assert.equal(t.problemMatcher, '$bra');
    assert.ok((pkg.contributes.problemMatchers as { name: string }[]).some((m) => `$${m.name}` === t.problemMatcher));
  });

  it('the $bra problem matcher reads what the task prints: every finding of `bra check --format stylish`, at its place', () => {
    const matcher = (pkg.contributes.problemMatchers as { name: string; pattern: { regexp: string; file?: number; line?: number; column?: number; severity?: number; message?: number; code?: number; loop?: boolean }[] }[])
      .find((m) => m.name === 'bra')!;
    assert.equal(matcher.pattern.length, 2);
    const [head, row] = matcher.pattern.map((p) => ({ ...p, re: new RegExp(p.regexp) }));
    assert.ok(row.loop);
    const tasks = parseJsoncStrict(TASKS) as { tasks: { command: string; options?: { env?: Record<string, string> } }[] };
    const task = tasks.tasks[0];
    const args = task.command.replace(/^npx --no-install bra /, '').split(' ');
    const env = { ...gitEnv(), ...task.options?.env, FORCE_COLOR: undefined };
    const cwd = path.join(ROOT, 'samples');
    const stylish = spawnSync(process.execPath, [CLI, ...args, '--as-of', PINNED_TODAY], { cwd, env, encoding: 'utf8' });
    assert.equal(stylish.status, 1, stylish.stderr);
    assert.ok(!stylish.stdout.includes('\u001b['), 'no colour codes');
    // VS Code's multi-line matcher: a file line, then rows while the loop pattern matches (↳ rows carry no line)
    const got: string[] = [];
    let file: string | undefined;
    for (const line of stylish.stdout.split('\n')) {
      const r = file !== undefined ? row.re.exec(line) : null;
      if (r) {
        if (r[row.line!] !== undefined) got.push(`${file}:${r[row.line!]}:${r[row.column!]} ${r[row.severity!]} ${r[row.code!]} ${r[row.message!]}`);
        continue;
      }
      const h = head.re.exec(line);
      file = h ? h[head.file!] : undefined;
    }
    const json = JSON.parse(spawnSync(process.execPath, [CLI, ...args.filter((a) => a !== 'stylish' && a !== '--format'), '--format', 'json', '--as-of', PINNED_TODAY], { cwd, env, encoding: 'utf8' }).stdout) as {
      files: { path: string; diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; column: number } } }[] }[];
    };
    const want = json.files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.rule} ${d.message.replace(/\s*\n\s*/g, ' ').trim()}`));
    assert.ok(want.length > 50, String(want.length));
    assert.deepEqual(got.sort(), want.sort());
  });
});
