#!/usr/bin/env node
// npm run model-doc: writes docs/model.md, the field reference generated from the published schemas
// (schemas/analysis.schema.json, access-matrix.schema.json, access-tests.schema.json): one section per object,
// Swedish and English side by side. `node scripts/model-doc.js --check` exits 1 when docs/model.md is stale;
// test/unit/model-doc.test.ts regenerates it in memory and compares.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs/model.md');

function load(name) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8'));
}

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();

/** The markdown of the whole reference. */
function render() {
  const files = [
    { file: 'analysis.schema.json', schema: load('analysis.schema.json'), root: { id: 'analysis', sv: 'Behovs- och riskanalys (toppnivå)', en: 'Needs-and-risk analysis (top level)', files: '`*.bra.yaml`' } },
    { file: 'access-matrix.schema.json', schema: load('access-matrix.schema.json'), root: { id: 'matrix-file', sv: 'Behörighetsmatris i egen fil (toppnivå)', en: 'Access matrix in its own file (top level)', files: '`*.bra.yaml` med/with `analysis:`' } },
    { file: 'access-tests.schema.json', schema: load('access-tests.schema.json'), root: { id: 'access-tests', sv: 'Åtkomsttester (toppnivå)', en: 'Access tests (top level)', files: '`*.access-tests.yaml`' } },
  ];
  // the object definitions, each once (the matrix schema repeats some of the analysis schema's), in schema order
  const sections = [];
  const seen = new Set();
  for (const f of files) {
    sections.push({ id: f.root.id, node: f.schema, defs: f.schema.definitions ?? {}, title: f.root, source: f.file });
    for (const [name, def] of Object.entries(f.schema.definitions ?? {})) {
      if (def.type !== 'object' || !def.properties || seen.has(name)) continue;
      seen.add(name);
      sections.push({ id: name, node: def, defs: f.schema.definitions, title: { sv: def.title ?? name, en: def['x-title-en'] ?? def.title ?? name }, source: f.file });
    }
  }
  const anchors = new Set(sections.map((s) => s.id));

  const resolve = (node, defs) => {
    let n = node;
    for (let i = 0; i < 5 && n && n.$ref; i++) n = defs[n.$ref.replace('#/definitions/', '')];
    return n ?? {};
  };
  const refName = (node) => (node && node.$ref ? node.$ref.replace('#/definitions/', '') : undefined);
  const enumText = (n) => {
    const sv = n['x-label-sv'] ?? {};
    const en = n['x-label-en'] ?? {};
    return n.enum
      .map((v, i) => {
        const l = [sv[v] ?? n.enumDescriptions?.[i], en[v]].filter(Boolean);
        const uniq = [...new Set(l)];
        return `\`${v}\`${uniq.length ? ` ${uniq.join(' / ')}` : ''}`;
      })
      .join(' · ');
  };
  const typeOf = (node, defs, depth = 0) => {
    const name = refName(node);
    if (name && anchors.has(name) && resolve(node, defs).type === 'object') return `[${name}](#${name})`;
    const n = resolve(node, defs);
    if (n.const !== undefined) return `\`${n.const}\``;
    if (n.enum) return enumText(n);
    if (n.anyOf || n.oneOf) return (n.anyOf ?? n.oneOf).map((x) => typeOf(x, defs, depth + 1)).join(' eller/or ');
    if (n.type === 'array') return `lista/list: ${typeOf(n.items ?? {}, defs, depth + 1)}`;
    if (n.type === 'object' && n.properties && depth < 1) return `objekt/object: ${Object.keys(n.properties).map((k) => `\`${k}\``).join(', ')}`;
    const t = Array.isArray(n.type) ? n.type.join(' | ') : n.type ?? '';
    const fmt = n.format === 'date' || /\\d\{4\}-\\d\{2\}/.test(n.pattern ?? '') ? ' (ÅÅÅÅ-MM-DD / YYYY-MM-DD)' : '';
    const range = n.minimum !== undefined ? ` ≥ ${n.minimum}` : '';
    return `${({ string: 'text', integer: 'heltal/integer', number: 'tal/number', boolean: 'ja/nej (true/false)', object: 'objekt/object' })[t] ?? t}${range}${fmt}`;
  };

  const out = [];
  out.push('# Fältreferens / Field reference', '');
  out.push('<!-- Generated from schemas/*.json by `npm run model-doc` (scripts/model-doc.js); a test keeps it current. Do not edit by hand. -->', '');
  out.push('Alla nycklar och koder i en behovs- och riskanalys, en behörighetsmatris och en fil med åtkomsttester, med de svenska och');
  out.push('engelska rubrikerna och förklaringarna ur JSON-schemana i `schemas/`. Nycklar och koder är engelska; all text skrivs på');
  out.push('svenska. `*` = obligatorisk enligt schemat (det mesta innehållet kontrolleras i stället av reglerna BRA001–, se README).', '');
  out.push('Every key and code of a needs-and-risk analysis, an access matrix and an access-tests file, with the Swedish and English');
  out.push('titles and descriptions of the JSON Schemas in `schemas/`. `*` = required by the schema (most content is checked by the');
  out.push('rules BRA001– instead, see the README).', '');
  out.push('## Innehåll / Contents', '');
  for (const s of sections) out.push(`- [${s.title.sv} / ${s.title.en}](#${s.id})`);
  out.push('');
  for (const s of sections) {
    out.push(`<a id="${s.id}"></a>`, '', `## ${s.title.sv} / ${s.title.en}`, '');
    const n = s.node;
    const where = s.title.files ? `${s.title.files} — ` : '';
    out.push(`${where}\`${s.source}\`${s.title.files ? '' : `, \`definitions.${s.id}\``}`, '');
    if (n.description) out.push(`🇸🇪 ${n.description}`, '');
    if (n['x-description-en']) out.push(`🇬🇧 ${n['x-description-en']}`, '');
    const required = new Set(n.required ?? []);
    out.push('| nyckel / key | svenska | English | typ och värden / type and values |', '|---|---|---|---|');
    for (const [key, prop] of Object.entries(n.properties ?? {})) {
      const r = resolve(prop, s.defs);
      const svTitle = prop.title ?? r.title ?? '';
      const enTitle = prop['x-title-en'] ?? r['x-title-en'] ?? '';
      const svDesc = prop.description ?? r.description ?? '';
      const enDesc = prop['x-description-en'] ?? r['x-description-en'] ?? '';
      const sv = svDesc ? `**${cell(svTitle)}** – ${cell(svDesc)}` : `**${cell(svTitle)}**`;
      const en = enDesc ? `**${cell(enTitle)}** – ${cell(enDesc)}` : `**${cell(enTitle)}**`;
      out.push(`| \`${key}\`${required.has(key) ? ' *' : ''} | ${sv} | ${en} | ${cell(typeOf(prop, s.defs))} |`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

module.exports = { render, OUT };

if (require.main === module) {
  const text = render();
  if (process.argv.includes('--check')) {
    const cur = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (cur !== text) {
      console.error('docs/model.md is stale: run npm run model-doc');
      process.exit(1);
    }
  } else {
    fs.writeFileSync(OUT, text);
    console.log(`wrote ${path.relative(process.cwd(), OUT)} (${text.split('\n').length} lines)`);
  }
}
