// Selector matching shared by both drivers: the Selenium driver finds every kind with it, the
// Playwright driver its label= engine (Playwright's own engines do the other kinds, and this file is
// written to give the same answers as its getByText / getByRole, shadow DOM included).
// Every search walks the composed tree: open shadow roots are searched like the light DOM, and a
// CSS combinator steps from a shadow root's top to its host, as Playwright's CSS engine does.
//@lib
(root) => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const labelNorm = (s) => norm(s).replace(/^[*＊]\s*/, '').replace(/\s*[:：]\s*$/, '').replace(/\s*[*＊]$/, '');
  const matcher = (query, exact) => (text) => exact ? labelNorm(text) === norm(query) || norm(text) === norm(query)
      : norm(text).toLowerCase().includes(norm(query).toLowerCase());
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; };
  const start = root.nodeType === 9 ? (root.body || root.documentElement) : root;
  // every element under the root (open shadow roots included), in document order, a host's shadow
  // content right after the host
  const all = (from, withSelf) => {
    const out = withSelf && from.nodeType === 1 ? [from] : [];
    const walk = (r) => { for (const e of r.querySelectorAll('*')) { out.push(e); if (e.shadowRoot) walk(e.shadowRoot); } };
    if (withSelf && from.shadowRoot) walk(from.shadowRoot);
    walk(from);
    return out;
  };
  const hasShadow = () => all(root.nodeType === 9 ? root.documentElement : root, true).some((e) => e.shadowRoot);
  const parentOf = (e) => e.parentElement || (e.parentNode && e.parentNode.host) || null;
  const kids = (e) => e.shadowRoot ? Array.from(e.shadowRoot.children).concat(Array.from(e.children)) : Array.from(e.children);
  const childNodes = (e) => {
    if (!e.shadowRoot) return Array.from(e.childNodes);
    const out = [];
    for (const n of e.shadowRoot.childNodes) {
      if (n.nodeType === 1 && n.tagName === 'SLOT') out.push(...(n.assignedNodes({ flatten: true }).length ? n.assignedNodes({ flatten: true }) : n.childNodes));
      else out.push(n);
    }
    return out;
  };
  const ownText = (el) => {
    let out = '';
    for (const n of childNodes(el)) {
      if (n.nodeType === 3) out += n.data;
      else if (n.nodeType === 1 && !SKIP.has(n.tagName)) out += ownText(n);
    }
    return out;
  };
  const elements = () => all(start, true).filter((e) => !SKIP.has(e.tagName));
  const isButtonInput = (e) => e.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes((e.type || '').toLowerCase());

  // ---- CSS: the browser's own engine, composed across open shadow roots
  const splitCss = (sel) => {
    const groups = []; let chain = []; let cur = ''; let comb = null; let depth = 0; let quote = null;
    const flush = () => { if (cur) { chain.push({ comb: chain.length ? (comb || ' ') : null, compound: cur }); cur = ''; comb = null; } };
    for (let i = 0; i < sel.length; i++) {
      const c = sel[i];
      if (quote) { cur += c; if (c === '\\') cur += sel[++i] || ''; else if (c === quote) quote = null; continue; }
      if (c === '\\') { cur += c + (sel[++i] || ''); continue; }
      if (c === '"' || c === "'") { quote = c; cur += c; continue; }
      if (c === '(' || c === '[') depth++;
      if (c === ')' || c === ']') depth--;
      if (depth === 0 && /[\s>+~,]/.test(c)) {
        flush();
        if (c === ',') { groups.push(chain); chain = []; comb = null; }
        else if (!/\s/.test(c)) comb = c;
        continue;
      }
      cur += c;
    }
    flush();
    groups.push(chain);
    return groups.filter((g) => g.length);
  };
  const matchChain = (e, chain, i) => {
    if (i === 0) return true;
    const prev = chain[i - 1].compound;
    switch (chain[i].comb) {
      case '>': { const p = parentOf(e); return !!p && p.matches(prev) && matchChain(p, chain, i - 1); }
      case '+': { const s = e.previousElementSibling; return !!s && s.matches(prev) && matchChain(s, chain, i - 1); }
      case '~': for (let s = e.previousElementSibling; s; s = s.previousElementSibling) if (s.matches(prev) && matchChain(s, chain, i - 1)) return true; return false;
      default: for (let p = parentOf(e); p; p = parentOf(p)) if (p.matches(prev) && matchChain(p, chain, i - 1)) return true; return false;
    }
  };
  const byCss = (css) => {
    if (!hasShadow()) return Array.from(root.querySelectorAll(css));
    root.querySelector(css); // a syntax error is reported as the browser words it
    const chains = splitCss(css);
    return all(root.nodeType === 9 ? root.documentElement : root, root.nodeType === 9)
      .filter((e) => chains.some((ch) => e.matches(ch[ch.length - 1].compound) && matchChain(e, ch, ch.length - 1)));
  };

  // ---- text=
  const byText = (query, exact) => {
    const m = matcher(query, exact);
    const hits = elements().filter((e) => isButtonInput(e) ? m(e.value) : m(ownText(e)));
    const set = new Set(hits);
    return hits.filter((e) => isButtonInput(e) || !kids(e).some((c) => set.has(c)));
  };

  // ---- label=, in order of precedence: the first rule that finds anything wins
  const byId = (e, id) => { const r = e.getRootNode(); return (r.getElementById ? r.getElementById(id) : null) || document.getElementById(id); };
  const linkedLabels = (e) => {
    const out = [];
    if (e.labels) for (const l of e.labels) out.push(ownText(l));
    const by = e.getAttribute('aria-labelledby');
    if (by) out.push(by.split(/\s+/).map((id) => byId(e, id)).filter(Boolean).map(ownText).join(' '));
    if (e.getAttribute('aria-label')) out.push(e.getAttribute('aria-label'));
    return out;
  };
  const CONTROL_ROLES = new Set(['textbox', 'combobox', 'checkbox', 'radio', 'listbox', 'spinbutton', 'switch', 'slider', 'searchbox']);
  const isControl = (e) => e.nodeType === 1 && ((e.tagName === 'INPUT' && !['hidden', 'button', 'submit', 'reset', 'image'].includes((e.type || '').toLowerCase()))
      || e.tagName === 'SELECT' || e.tagName === 'TEXTAREA' || CONTROL_ROLES.has(e.getAttribute('role')));
  const holdsControl = (n) => n.nodeType === 1 && (isControl(n) || all(n, false).some(isControl));
  const CELL = new Set(['TD', 'TH']);
  const STOP = new Set(['TD', 'TH', 'TR', 'TABLE', 'FORM', 'FIELDSET', 'BODY', 'HTML']);
  const textOf = (n) => norm(n.nodeType === 3 ? n.data : (SKIP.has(n.tagName) ? '' : ownText(n)));
  // the nearest text before (or, for a checkbox or radio, after) a control among its siblings, going
  // up to three containers while the control is their first content
  const besideText = (c) => {
    const after = c.tagName === 'INPUT' && ['checkbox', 'radio'].includes((c.type || '').toLowerCase());
    let n = c;
    for (let level = 0; level < 4 && n; level++) {
      const step = (x) => after ? x.nextSibling : x.previousSibling;
      for (let s = step(n); s; s = step(s)) {
        if (holdsControl(s)) return null;
        const t = textOf(s);
        if (t) return t;
      }
      if (after) return null;
      const p = n.parentNode && n.parentNode.nodeType === 11 ? null : n.parentElement;
      if (!p || STOP.has(p.tagName)) return null;
      n = p;
    }
    return null;
  };
  // the text of the cell before the control's cell, when the control is the first one in its cell
  const cellText = (c) => {
    let cell = c.parentElement;
    while (cell && !CELL.has(cell.tagName)) { if (STOP.has(cell.tagName)) return null; cell = cell.parentElement; }
    if (!cell || all(cell, false).find(isControl) !== c) return null;
    for (let p = cell.previousElementSibling; p; p = p.previousElementSibling) {
      if (holdsControl(p)) return null;
      const t = textOf(p);
      if (t) return t;
    }
    return null;
  };
  const LABEL_RULES = [
    (els, m) => els.filter((e) => linkedLabels(e).some(m)),
    (els, m) => els.filter((e) => isControl(e) && (() => { const t = besideText(e); return t !== null && m(t); })()),
    (els, m) => els.filter((e) => isControl(e) && (() => { const t = cellText(e); return t !== null && m(t); })()),
  ];
  const byLabel = (query, exact) => {
    const els = elements();
    const m = matcher(query, exact);
    for (const rule of LABEL_RULES) {
      const hits = rule(els, m);
      if (hits.length) return hits;
    }
    return [];
  };
  // the label texts the rules see on the page, for a message that says what was there
  const labelTexts = () => {
    const out = new Set();
    for (const e of elements()) {
      if (out.size >= 12) break;
      if (!isControl(e)) continue;
      const t = linkedLabels(e).map(norm).find(Boolean) || besideText(e) || cellText(e);
      if (t) out.add(labelNorm(t).slice(0, 20));
    }
    return Array.from(out);
  };

  // ---- role=
  const implicitRole = (e) => {
    const tag = e.tagName, type = (e.getAttribute('type') || '').toLowerCase();
    if (tag === 'BUTTON') return 'button';
    if (tag === 'A' || tag === 'AREA') return e.hasAttribute('href') ? 'link' : null;
    if (tag === 'INPUT') {
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'range') return 'slider';
      if (type === 'number') return 'spinbutton';
      if (['', 'text', 'email', 'tel', 'url', 'search'].includes(type)) return e.hasAttribute('list') ? 'combobox' : 'textbox';
      return null;
    }
    if (tag === 'TEXTAREA') return 'textbox';
    if (tag === 'SELECT') return (e.multiple || e.size > 1) ? 'listbox' : 'combobox';
    if (tag === 'OPTION') return 'option';
    if (/^H[1-6]$/.test(tag)) return 'heading';
    if (tag === 'IMG') return e.getAttribute('alt') === '' ? 'presentation' : 'img';
    const simple = { TABLE: 'table', TR: 'row', TD: 'cell', TH: 'columnheader', UL: 'list', OL: 'list',
      LI: 'listitem', NAV: 'navigation', MAIN: 'main', DIALOG: 'dialog', FORM: 'form', FIELDSET: 'group' };
    return simple[tag] || null;
  };
  const roleOf = (e) => (e.getAttribute('role') || '').trim().split(/\s+/)[0] || implicitRole(e);
  const hidden = (e) => { for (let n = e; n; n = parentOf(n)) {
    if (n.getAttribute && n.getAttribute('aria-hidden') === 'true') return true; } return !visible(e); };
  const nameOf = (e) => {
    const by = e.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => byId(e, id)).filter(Boolean).map(ownText).join(' ');
    if (e.getAttribute('aria-label')) return e.getAttribute('aria-label');
    if (isButtonInput(e)) return e.value || (e.type === 'reset' ? 'Reset' : 'Submit');
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName)) {
      const labels = e.labels ? Array.from(e.labels).map(ownText).join(' ') : '';
      return labels || e.getAttribute('title') || e.getAttribute('placeholder') || '';
    }
    if (e.tagName === 'IMG') return e.getAttribute('alt') || e.getAttribute('title') || '';
    if (e.tagName === 'FIELDSET') { const l = e.querySelector('legend'); return l ? ownText(l) : ''; }
    return ownText(e) || e.getAttribute('title') || '';
  };
  const byRole = (role, name, exact) => {
    const m = matcher(name, exact);
    return elements().filter((e) => roleOf(e) === role && !hidden(e) && (name === null || name === undefined || m(nameOf(e))));
  };

  // ---- xpath= (like Playwright's, it does not enter shadow roots)
  const byXpath = (xpath) => {
    const doc = root.nodeType === 9 ? root : root.ownerDocument;
    const r = doc.evaluate(xpath, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    const out = [];
    for (let i = 0; i < r.snapshotLength; i++) if (r.snapshotItem(i).nodeType === 1) out.push(r.snapshotItem(i));
    return out;
  };

  const find = (kind, query, exact, role, visibleOnly) => {
    let found;
    switch (kind) {
      case 'CSS': found = byCss(query); break;
      case 'XPATH': found = byXpath(query); break;
      case 'TEXT': found = byText(query, exact); break;
      case 'LABEL': found = byLabel(query, exact); break;
      case 'ROLE': found = byRole(role, query, exact); break;
      default: throw new Error('unknown selector kind ' + kind);
    }
    return visibleOnly ? found.filter(visible) : found;
  };
  return { find, byLabel, labelTexts, visible };
}
//@find
(kind, query, exact, role, visibleOnly) => { const lib = (LIB)(document);
  return lib.find(kind, query, exact, role, visibleOnly).map((e) => [e, lib.visible(e), !e.disabled]); }
//@labelEngine
({
  queryAll(root, body) { const a = JSON.parse(decodeURIComponent(body)); return (LIB)(root).byLabel(a.text, a.exact); },
  query(root, body) { return this.queryAll(root, body)[0] || null; },
})
//@labelTexts
() => (LIB)(document).labelTexts()
