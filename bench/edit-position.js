// Where the benchmarks type: inside the value of the first `context:`, `title:`, `label:` or `role:` at or after
// the given fraction of the document (the same positions for our engine and for yaml-language-server).
exports.editPosition = function editPosition(text, fraction) {
  const re = /\b(context|title|label|role): /g;
  re.lastIndex = Math.floor(text.length * fraction);
  const m = re.exec(text);
  return m ? m.index + m[0].length : text.indexOf(': ') + 2;
};
