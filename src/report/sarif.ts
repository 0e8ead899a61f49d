/**
 * SARIF 2.1.0 for code scanning: one run, tool `bra`, results with a physical location (1-based region, UTF-16
 * columns, path relative to `%SRCROOT%` = ctx.cwd) and the finding's stable `location` as a logical location, so a
 * finding stays identifiable across edits that move it.
 *
 * Rule list: EVERY rule (the catalogue in id order, then yaml-syntax, schema, suppression), as spectral does, not
 * only the rules that matched (cfn-lint's choice). Why: `ruleIndex` and the rule descriptors are then the same in
 * every run, a viewer can show the documentation and legal basis of any rule, and a consumer can tell "rule ran,
 * nothing found" from "rule unknown". Cost: about 48 small descriptors per log.
 */
import type { FileResult, Finding, LegalRef, RuleMeta, Severity } from '../model';
import { allRuleMeta, docsUrl } from '../rules';
import { positions } from './types';
import type { Formatter, Region } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/behorighet/behorighet';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function legalText(l: LegalRef): string {
  return `${l.act} ${l.ref}`.trim();
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\\\') || /^[A-Za-z]:[\\/]/.test(p);
}

function encodePath(p: string): string {
  return p
    .replace(/\\/g, '/')
    .split('/')
    .map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
}

/** `file://` URI of an absolute path (POSIX or Windows). */
export function fileUri(abs: string): string {
  const p = abs.replace(/\\/g, '/');
  if (p.startsWith('//')) return `file:${encodePath(p)}`; // UNC: //server/share
  return `file://${p.startsWith('/') ? '' : '/'}${encodePath(p)}`;
}

function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: fileUri(path) };
  return { uri: encodePath(path.replace(/^\.\//, '')), uriBaseId: SRCROOT };
}

function sarifRegion(r: Region) {
  return { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column };
}

/** JSON with sorted keys, so that equal data gives equal fingerprints. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** 64-bit FNV-1a as 16 hex digits (pure, no crypto needed for an identity key). */
function fnv64(s: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/** Stable identity of a finding: rule + id-based location + data (not the line, which moves with edits). */
export function fingerprint(f: Finding): string {
  return fnv64(`${f.rule}\u0000${f.location}\u0000${stableJson(f.data ?? {})}`);
}

function tags(m: RuleMeta): string[] {
  return /^BRA\d{3}$/.test(m.id) ? ['compliance', 'access-control'] : [m.id];
}

function descriptor(m: RuleMeta, lang: 'sv' | 'en') {
  const title = m.title[lang];
  const legal = m.legal.map(legalText);
  const basis = legal.length ? ` ${lang === 'sv' ? 'Rättsliga källor' : 'Legal sources'}: ${legal.join('; ')}.` : '';
  const full = `${title.replace(/\.$/, '')}.${basis}`;
  const url = docsUrl(m.id);
  return {
    id: m.id,
    name: m.name,
    shortDescription: { text: title },
    fullDescription: { text: full },
    helpUri: url,
    help: {
      text: `${full} ${lang === 'sv' ? 'Dokumentation' : 'Documentation'}: ${url}`,
      markdown: `${full}\n\n[${lang === 'sv' ? 'Regeldokumentation' : 'Rule documentation'}](${url})`,
    },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { legal: m.legal.map((l) => ({ ...l })), tags: tags(m) },
  };
}

export const sarif: Formatter = (results: FileResult[], ctx) => {
  const pos = positions(results, ctx);
  const metas = allRuleMeta();
  const rules = metas.map((m) => descriptor(m, ctx.lang));
  const indexOf = new Map(metas.map((m, i) => [m.id, i] as const));
  const ruleIndex = (id: string): number => {
    let i = indexOf.get(id);
    if (i === undefined) {
      // a finding of a rule outside the registry (should not happen): still describe it, so ruleIndex is valid
      i = rules.length;
      rules.push({
        ...descriptor({ id, name: id, severity: 'error', title: { sv: id, en: id }, legal: [], fixable: false, doc: `${id}.md` }, ctx.lang),
      });
      indexOf.set(id, i);
    }
    return i;
  };

  const sarifResults = results.flatMap((file) =>
    file.findings.map((f) => {
      const region = pos.region(file.text, f.span);
      const related = (f.related ?? []).map((rel, id) => {
        const path = rel.path ?? file.path;
        const rr = pos.relatedRegion(file, rel.path, rel.span);
        return {
          id,
          physicalLocation: { artifactLocation: artifactLocation(path), ...(rr ? { region: sarifRegion(rr) } : {}) },
          message: { text: rel.message[ctx.lang] },
        };
      });
      return {
        ruleId: f.rule,
        ruleIndex: ruleIndex(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message[ctx.lang] },
        locations: [
          {
            physicalLocation: { artifactLocation: artifactLocation(file.path), region: sarifRegion(region) },
            logicalLocations: [{ fullyQualifiedName: f.location, kind: 'member' }],
          },
        ],
        ...(related.length ? { relatedLocations: related } : {}),
        partialFingerprints: { 'braFinding/v1': fingerprint(f) },
        ...(f.data && Object.keys(f.data).length ? { properties: { data: { ...f.data } } } : {}),
      };
    }),
  );

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'bra', version: ctx.version, semanticVersion: ctx.version, informationUri: INFORMATION_URI, rules } },
        ...(ctx.cwd ? { originalUriBaseIds: { [SRCROOT]: { uri: `${fileUri(ctx.cwd).replace(/\/?$/, '/')}` } } } : {}),
        language: ctx.lang === 'sv' ? 'sv-SE' : 'en-US',
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        properties: { asOf: ctx.asOf },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
