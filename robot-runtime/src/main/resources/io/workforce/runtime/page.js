// Page-side helpers shared by both drivers, so that reading and visibility mean the same everywhere.
// Each function is a standalone expression taken by name from this file (see Scripts.java).
//@read
(el) => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
  ? el.value : (el.innerText === undefined ? el.textContent : el.innerText).trim()
//@visible
(el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; }
//@status
() => { const n = performance.getEntriesByType('navigation')[0]; return n ? (n.responseStatus || 0) : 0; }
//@bodyText
() => {
  if (!document.body) return '';
  if (!Array.from(document.querySelectorAll('*')).some((e) => e.shadowRoot)) return document.body.innerText;
  // innerText leaves open shadow roots out: walk the composed tree instead
  const out = [];
  const SKIP = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'];
  const walk = (n) => {
    if (n.nodeType === 3) { out.push(n.data); return; }
    if (n.nodeType !== 1 || SKIP.includes(n.tagName) || (n.checkVisibility && !n.checkVisibility())) return;
    if (n.tagName === 'SLOT') { const a = n.assignedNodes({ flatten: true }); (a.length ? a : Array.from(n.childNodes)).forEach(walk); return; }
    const block = getComputedStyle(n).display !== 'inline';
    if (block) out.push('\n');
    Array.from((n.shadowRoot || n).childNodes).forEach(walk);
    if (block) out.push('\n');
  };
  walk(document.body);
  return out.join('');
}
//@describe
(els) => els.map((e) => {
  const tag = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '');
  const button = e.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes((e.type || '').toLowerCase());
  // never the value of a field: it may be a password typed a moment ago
  let text = (button ? e.value : ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName) ? '' : (e.innerText || e.textContent || ''))
    .replace(/\s+/g, ' ').trim();
  if (text.length > 30) text = text.slice(0, 30) + '…';
  const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
  return [tag, text, r.width > 0 && r.height > 0 && s.visibility !== 'hidden', e.getRootNode() instanceof ShadowRoot];
})
//@forceFill
(el, value) => {
  // the prototype's setter, so that frameworks which wrap .value (React, Vue) see the change
  const proto = Object.getPrototypeOf(el);
  const setter = Object.getOwnPropertyDescriptor(proto, 'value');
  if (setter && setter.set) setter.set.call(el, value); else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
//@change
(doc, floor, cap) => new Promise((resolve) => {
  // true at the first change of the document (no sooner than floor ms after the start, so that a page that
  // changes all the time is not looked at in a tight loop), false after cap ms without one; true at once in
  // a document it has not run in before: a new one, perhaps not yet looked at (a frame that navigated)
  const seen = Symbol.for('workforce.change.seen');
  if (!doc[seen]) { Object.defineProperty(doc, seen, { value: true }); resolve(true); return; }
  const started = performance.now();
  let timer;
  const observer = new MutationObserver(() => {
    observer.disconnect();
    clearTimeout(timer);
    timer = setTimeout(() => resolve(true), Math.max(0, floor - (performance.now() - started)));
  });
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  timer = setTimeout(() => { observer.disconnect(); resolve(false); }, cap);
})
