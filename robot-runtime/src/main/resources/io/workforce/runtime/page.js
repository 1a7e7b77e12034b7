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
//@forceFill
(el, value) => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true })); return true; }
