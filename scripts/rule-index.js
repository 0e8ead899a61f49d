// Regenerate README's rule index from the registry (run after `npm run build`).
const fs = require('fs');
const path = require('path');
const { ruleIndexMarkdown } = require('../out/src/rules/rule-index.js');
const file = path.join(__dirname, '..', 'README.md');
const readme = fs.readFileSync(file, 'utf8');
const next = readme.replace(/<!-- rules:start -->\n[\s\S]*?<!-- rules:end -->/, `<!-- rules:start -->\n${ruleIndexMarkdown()}<!-- rules:end -->`);
fs.writeFileSync(file, next);
console.log(next === readme ? 'README rule index already current' : 'README rule index updated');
