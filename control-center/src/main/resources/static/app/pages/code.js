// Flow source with YAML syntax highlighting (Prism, from its webjar), line numbers, and problem lines marked.
import { h } from '../dom.js';
import { loadPrism } from '../scripts.js';

/** Lines named by problems: "flow.yaml:12:5" → 12. */
export function problemLines(errors) {
  const lines = new Set();
  for (const e of errors || []) {
    const m = String(e.field || '').match(/:(\d+)(?::\d+)?$/);
    if (m) lines.add(Number(m[1]));
  }
  return lines;
}

export function codeView(source, badLines = new Set()) {
  const pre = h('pre', { 'data-code': 'yaml' });
  const code = h('code.language-yaml');
  code.textContent = source;
  loadPrism().then(P => {
    // Prism escapes the source itself; its output is the only HTML string this app inserts
    if (P.languages && P.languages.yaml) code.innerHTML = P.highlight(source, P.languages.yaml, 'yaml');
  }).catch(() => { /* plain text stays */ });
  pre.appendChild(code);
  const count = source.split('\n').length;
  const gutter = h('div.gutter', Array.from({ length: count }, (_, i) =>
    h('div', { class: badLines.has(i + 1) ? 'bad' : null, 'data-line': i + 1 }, String(i + 1))));
  return h('div.code', gutter, pre);
}

/** Problems as a list: file:line:col, message, hint. */
export function problemList(errors) {
  return h('ul.problems', { 'data-list': 'problems' }, (errors || []).map(e => h('li',
    h('span.where', e.field || ''), h('span', e.message || ''), e.hint ? h('span.hint', e.hint) : null)));
}
