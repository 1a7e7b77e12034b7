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
() => document.body ? document.body.innerText : ''
//@table
(el, rowsCss) => {
  const text = (c) => (c.innerText === undefined ? c.textContent : c.innerText).replace(/\s+/g, ' ').trim();
  if (rowsCss) {
    const th = Array.from(el.querySelectorAll('tr')).find((r) => r.children.length > 0
        && Array.from(r.children).every((c) => c.tagName === 'TH'));
    return [th ? Array.from(th.children).map(text) : []].concat(Array.from(el.querySelectorAll(rowsCss))
        .filter((r) => r !== th).map((r) => Array.from(r.children).map(text)));
  }
  const rows = Array.from(el.querySelectorAll('tr'));
  let header = [];
  const body = [];
  for (const r of rows) {
    const cells = Array.from(r.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (header.length === 0 && body.length === 0 && cells.length > 0 && cells.every((c) => c.tagName === 'TH')) {
      header = cells.map(text);
    } else if (cells.length > 0) {
      body.push(cells.map(text));
    }
  }
  return [header].concat(body);
}
//@forceFill
(el, value) => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true })); return true; }
