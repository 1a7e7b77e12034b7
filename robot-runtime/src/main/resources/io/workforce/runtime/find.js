// Selector matching for the Selenium driver, written to give the same answers as Playwright's
// getByText / getByRole / getByLabel. Called as find(kind, query, exact, role); returns, for every
// match in document order, [element, visible, enabled].
//@find
(kind, query, exact, role) => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const matches = (text, q) => exact ? norm(text) === norm(q)
      : norm(text).toLowerCase().includes(norm(q).toLowerCase());
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; };
  const ownText = (el) => {
    let out = '';
    for (const n of el.childNodes) {
      if (n.nodeType === 3) out += n.data;
      else if (n.nodeType === 1 && !SKIP.has(n.tagName)) out += ownText(n);
    }
    return out;
  };
  const elements = () => Array.from(document.querySelectorAll('body, body *')).filter((e) => !SKIP.has(e.tagName));
  const isButtonInput = (e) => e.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes((e.type || '').toLowerCase());
  const byText = () => {
    const hits = elements().filter((e) => isButtonInput(e) ? matches(e.value, query) : matches(ownText(e), query));
    return hits.filter((e) => isButtonInput(e) || !Array.from(e.children).some((c) => hits.includes(c)));
  };
  const labelTexts = (e) => {
    const out = [];
    if (e.labels) for (const l of e.labels) out.push(ownText(l));
    const by = e.getAttribute('aria-labelledby');
    if (by) out.push(by.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map(ownText).join(' '));
    if (e.getAttribute('aria-label')) out.push(e.getAttribute('aria-label'));
    return out;
  };
  const byLabel = () => elements().filter((e) => labelTexts(e).some((t) => matches(t, query)));
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
      LI: 'listitem', NAV: 'navigation', MAIN: 'main', DIALOG: 'dialog', FORM: 'form', TEXTAREA: 'textbox' };
    return simple[tag] || null;
  };
  const roleOf = (e) => (e.getAttribute('role') || '').trim().split(/\s+/)[0] || implicitRole(e);
  const hidden = (e) => { for (let n = e; n; n = n.parentElement) {
    if (n.getAttribute && n.getAttribute('aria-hidden') === 'true') return true; } return !visible(e); };
  const nameOf = (e) => {
    const by = e.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map(ownText).join(' ');
    if (e.getAttribute('aria-label')) return e.getAttribute('aria-label');
    if (isButtonInput(e)) return e.value || (e.type === 'reset' ? 'Reset' : 'Submit');
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName)) {
      const labels = e.labels ? Array.from(e.labels).map(ownText).join(' ') : '';
      return labels || e.getAttribute('title') || e.getAttribute('placeholder') || '';
    }
    if (e.tagName === 'IMG') return e.getAttribute('alt') || e.getAttribute('title') || '';
    return ownText(e) || e.getAttribute('title') || '';
  };
  const byRole = () => elements().filter((e) => roleOf(e) === role && !hidden(e)
      && (query === null || query === undefined || matches(nameOf(e), query)));
  const byXpath = () => {
    const r = document.evaluate(query, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    const out = [];
    for (let i = 0; i < r.snapshotLength; i++) if (r.snapshotItem(i).nodeType === 1) out.push(r.snapshotItem(i));
    return out;
  };
  let found;
  switch (kind) {
    case 'CSS': found = Array.from(document.querySelectorAll(query)); break;
    case 'XPATH': found = byXpath(); break;
    case 'TEXT': found = byText(); break;
    case 'LABEL': found = byLabel(); break;
    case 'ROLE': found = byRole(); break;
    default: throw new Error('unknown selector kind ' + kind);
  }
  return found.map((e) => [e, visible(e), !e.disabled]);
}
