/**
 * Which files `bra check PATH…` checks, and reading them.
 *
 * - A file named explicitly is always checked (even `notes.txt`: not YAML is a `yaml-syntax` finding).
 * - A directory is walked recursively, skipping `node_modules`, dot-folders and symbolic links to directories
 *   (no cycles); inside it a file is checked when it matches the configured globs (relative to `base`) or is a
 *   YAML file whose content is ours (`sniff`: top-level `schema_version` with `document` or `access_matrix`).
 * - An argument that does not exist but contains `*`, `?` or `{` is a glob (`**`, `*`, `?`, `{a,b}`) relative to
 *   the current directory; every file it matches is checked, as if named.
 *
 * Glob matching is the engine's `globMatch`, the same one the extension uses for `files` in `.bra.jsonc`.
 * Every problem is a CliError with a one-line message (the CLI prints it and exits 2).
 */
import * as nodePath from 'node:path';
import type { Lang } from '../model';
import { globMatch, sniff } from '../engine';

/** What files.ts needs from the outside world (a subset of CliIo). */
export interface FsIo {
  /** Absolute current directory. */
  cwd: string;
  /** UTF-8 text of a file; throws an error with `code` (ENOENT, EACCES, EISDIR …). */
  readFile(path: string): string;
  /** Follows symbolic links; throws like readFile. */
  stat(path: string): { isFile(): boolean; isDirectory(): boolean };
  /** Entries of a directory (not following links); throws like readFile. */
  readdir(path: string): { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[];
}

/** A one-line usage or I/O error: the CLI prints `bra: <message>` and exits 2. */
export class CliError extends Error {}

export interface CheckedFile {
  /** Absolute path. */
  abs: string;
  /** Path shown in reports and given to the engine: relative to cwd with `/`, or absolute when outside cwd. */
  path: string;
  text: string;
}

const REASON: Record<string, { sv: string; en: string }> = {
  ENOENT: { sv: 'filen eller katalogen finns inte', en: 'no such file or directory' },
  EACCES: { sv: 'åtkomst nekad', en: 'permission denied' },
  EPERM: { sv: 'åtgärden är inte tillåten', en: 'operation not permitted' },
  EISDIR: { sv: 'är en katalog', en: 'is a directory' },
  ENOTDIR: { sv: 'en del av sökvägen är inte en katalog', en: 'not a directory' },
  ELOOP: { sv: 'för många symboliska länkar', en: 'too many symbolic links' },
  EMFILE: { sv: 'för många öppna filer', en: 'too many open files' },
  ENAMETOOLONG: { sv: 'för långt namn', en: 'name too long' },
  ERR_STRING_TOO_LONG: { sv: 'filen är för stor', en: 'file too large' },
  EFBIG: { sv: 'filen är för stor', en: 'file too large' },
};

/** A short reason for an I/O error, in `lang` ("no such file or directory"). */
export function ioReason(e: unknown, lang: Lang): string {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && REASON[code]) return REASON[code][lang];
  const msg = e instanceof Error ? e.message : String(e);
  return (typeof code === 'string' ? code : msg.split('\n')[0]) || (lang === 'sv' ? 'okänt fel' : 'unknown error');
}

export function cannotRead(shown: string, e: unknown, lang: Lang): CliError {
  return new CliError(lang === 'sv' ? `kan inte läsa '${shown}': ${ioReason(e, lang)}` : `cannot read '${shown}': ${ioReason(e, lang)}`);
}

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Display path of an absolute path: relative to cwd with `/`, or absolute (with `/`) when outside it. */
export function displayPath(cwd: string, abs: string): string {
  const rel = nodePath.relative(cwd, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || nodePath.isAbsolute(rel)) return toPosix(abs);
  return toPosix(rel);
}

const GLOB_CHARS = /[*?{]/;
const YAML_EXT = /\.ya?ml$/i;
/** Access tests (`bra check` runs them: src/query/access-tests.ts). */
const ACCESS_TESTS = /\.access-tests\.ya?ml$/i;

function skipDir(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Files under `dir` (absolute), sorted, walking as described above. `onFile` decides and collects. */
function walk(io: FsIo, dir: string, lang: Lang, onFile: (abs: string) => void): void {
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries: ReturnType<FsIo['readdir']>;
    try {
      entries = io.readdir(d);
    } catch (e) {
      throw cannotRead(displayPath(io.cwd, d), e, lang);
    }
    const subdirs: string[] = [];
    for (const ent of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = nodePath.join(d, ent.name);
      if (ent.isDirectory()) {
        if (!skipDir(ent.name)) subdirs.push(abs);
      } else if (ent.isFile()) {
        onFile(abs);
      } else if (ent.isSymbolicLink()) {
        // a link to a file counts; a link to a directory is not followed (no cycles); a dangling link is skipped
        try {
          if (io.stat(abs).isFile()) onFile(abs);
        } catch {
          /* dangling link */
        }
      }
    }
    // depth-first in name order
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
}

/** The static directory part of a glob (the segments before the first one with a glob character). */
function globRoot(pattern: string): string {
  const segs = toPosix(pattern).split('/');
  const i = segs.findIndex((s) => GLOB_CHARS.test(s));
  const root = segs.slice(0, i).join('/');
  return root === '' ? (pattern.startsWith('/') ? '/' : '.') : root;
}

export interface CollectOptions {
  /** Globs of checked files inside directories (config `files`, else DEFAULT_GLOBS). */
  globs: string[];
  /** Absolute directory the globs are relative to (the config file's directory, else cwd). */
  base: string;
  lang: Lang;
}

/**
 * The files to check for the given arguments (default `.`), with their text, without duplicates, in argument
 * order (name order inside a directory). Throws CliError for a missing or unreadable path, or a glob that
 * matches nothing.
 */
export function collectFiles(args: string[], io: FsIo, opts: CollectOptions): CheckedFile[] {
  const out: CheckedFile[] = [];
  const seen = new Set<string>();
  const texts = new Map<string, string>();
  const { lang } = opts;

  const read = (abs: string): string => {
    let t = texts.get(abs);
    if (t === undefined) {
      try {
        t = stripBom(io.readFile(abs));
      } catch (e) {
        throw cannotRead(displayPath(io.cwd, abs), e, lang);
      }
      texts.set(abs, t);
    }
    return t;
  };
  const add = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ abs, path: displayPath(io.cwd, abs), text: read(abs) });
  };
  const matchesGlobs = (abs: string) => {
    const rel = nodePath.relative(opts.base, abs);
    const p = rel.startsWith('..') || nodePath.isAbsolute(rel) ? toPosix(abs) : toPosix(rel);
    return opts.globs.some((g) => globMatch(g, p));
  };
  const inDirectory = (abs: string) => {
    if (seen.has(abs)) return;
    if (matchesGlobs(abs) || ACCESS_TESTS.test(abs) || (YAML_EXT.test(abs) && sniff(read(abs)))) add(abs);
  };

  for (const arg of args.length > 0 ? args : ['.']) {
    const abs = nodePath.resolve(io.cwd, arg);
    let st: ReturnType<FsIo['stat']> | undefined;
    let statError: unknown;
    try {
      st = io.stat(abs);
    } catch (e) {
      statError = e;
    }
    if (st?.isDirectory()) walk(io, abs, lang, inDirectory);
    else if (st?.isFile()) add(abs);
    else if (st) throw new CliError(lang === 'sv' ? `kan inte läsa '${arg}': inte en vanlig fil eller katalog` : `cannot read '${arg}': not a regular file or directory`);
    else if (GLOB_CHARS.test(arg) && (statError as { code?: string })?.code === 'ENOENT') {
      const pattern = toPosix(arg).replace(/^\.\//, '');
      const root = nodePath.resolve(io.cwd, globRoot(pattern));
      const absPattern = nodePath.isAbsolute(arg);
      let matched = 0;
      let rootStat: ReturnType<FsIo['stat']> | undefined;
      try {
        rootStat = io.stat(root);
      } catch {
        /* no match below */
      }
      if (rootStat?.isDirectory()) {
        walk(io, root, lang, (f) => {
          if (globMatch(pattern, absPattern ? toPosix(f) : toPosix(nodePath.relative(io.cwd, f)))) {
            matched++;
            add(f);
          }
        });
      }
      if (matched === 0) {
        throw new CliError(lang === 'sv' ? `inga filer matchar '${arg}'` : `no files match '${arg}'`);
      }
    } else throw cannotRead(arg, statError, lang);
  }
  return out;
}

/** VS Code hides a UTF-8 byte order mark and does not count it in columns; so do we. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The `analysis:` reference of a matrix file kept in its own file (top-level key, no `document:`), cheaply. */
export function matrixRef(text: string): string | undefined {
  if (/^document[ \t]*:/m.test(text)) return undefined;
  const m = /^analysis[ \t]*:[ \t]*(.*)$/m.exec(text);
  if (!m) return undefined;
  let v = m[1].replace(/[ \t]+#.*$/, '').trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
  return v === '' ? undefined : v;
}

/**
 * YAML files beside `abs` (same directory, not recursive), except those in `exclude`: candidates for the
 * matrix files that refer to an analysis. Unreadable entries are skipped (they are context, not checked files).
 */
export function siblingYaml(io: FsIo, abs: string, exclude: Set<string>): { abs: string; text: string }[] {
  const dir = nodePath.dirname(abs);
  let entries: ReturnType<FsIo['readdir']>;
  try {
    entries = io.readdir(dir);
  } catch {
    return [];
  }
  const out: { abs: string; text: string }[] = [];
  for (const ent of entries) {
    if (!YAML_EXT.test(ent.name)) continue;
    const f = nodePath.join(dir, ent.name);
    if (f === abs || exclude.has(f)) continue;
    try {
      if (!ent.isFile() && !(ent.isSymbolicLink() && io.stat(f).isFile())) continue;
      out.push({ abs: f, text: stripBom(io.readFile(f)) });
    } catch {
      /* not readable: not context */
    }
  }
  return out.sort((a, b) => (a.abs < b.abs ? -1 : 1));
}
