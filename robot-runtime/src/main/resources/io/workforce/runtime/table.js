// Tables, pagers and label/value tables, read in the page by both drivers (TableScripts.java), so
// that what a table reads as is one implementation: one evaluation reads a whole page.
// Each function is a standalone expression taken by name from this file (see Scripts.java).
//
// grid(el, opts): the table as a grid, merged cells expanded the way the browser lays them out
// (every slot a rowspan/colspan covers holds the merged cell's text, as pandas.read_html does).
// opts = { rows: {kind, query} | null, header: 'auto' | 'none' | N }.
// Returns { keys: [header text per column], rows: [[cell texts]], skipped: banner rows left out,
// rowCount: rows of the table }.
// Rules (docs/flow-language.md#read_table):
// - rows are the table's own rows (never a nested table's); with `rows`, the matched elements
//   (table rows keep the grid; other elements, e.g. cards, give their children as cells);
// - a row that is one cell across the whole width (a title, "no records", a pager) is no record;
// - header auto: the rows of <thead>; else the leading rows whose cells are all <th>; else a first
//   row whose non-empty cells are all bold (<b>, <strong>, CSS font-weight >= 600) when the row
//   after it is not bold; header rows continue into the rows their merged cells reach, and into a
//   next header-like row below a cell spanning several columns. Rows above the header are no
//   records. header N: row N (1-based) is the header, extended the same way. none: no header.
// - a column's key is its header cells' texts from top to bottom, repeats removed, joined by '/'.
//@grid
(el, opts) => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const text = (c) => norm(c.innerText === undefined ? c.textContent : c.innerText);
  const isTh = (tr) => tr.cells.length > 0 && Array.from(tr.cells)
      .every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader');
  const bold = (c) => {
    let any = false;
    const walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (!n.data.trim()) continue;
      any = true;
      if (!n.parentElement || parseInt(getComputedStyle(n.parentElement).fontWeight, 10) < 600) return false;
    }
    return any;
  };
  const isBold = (tr) => {
    const cells = Array.from(tr.cells).filter((c) => text(c) !== '');
    return cells.length > 0 && cells.every((c) => c.tagName === 'TH' || bold(c));
  };
  const matchRows = (r) => {
    if (r.kind === 'CSS') return Array.from(el.querySelectorAll(r.query));
    if (r.kind === 'XPATH') {
      const x = document.evaluate(r.query, el, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      const out = [];
      for (let i = 0; i < x.snapshotLength; i++) {
        const n = x.snapshotItem(i);
        if (n.nodeType === 1 && n !== el && el.contains(n)) out.push(n);
      }
      return out;
    }
    if (r.kind === 'ROLE') {
      const implicit = { TR: 'row', LI: 'listitem', ARTICLE: 'article' };
      return Array.from(el.querySelectorAll('*')).filter((e) =>
          ((e.getAttribute('role') || '').trim().split(/\s+/)[0] || implicit[e.tagName]) === r.query);
    }
    throw new Error('rows: a ' + r.kind + ' selector cannot select rows (use CSS, XPath or role=)');
  };
  const table = el.tagName === 'TABLE' || /^T(BODY|HEAD|FOOT)$/.test(el.tagName)
      ? el : el.querySelector('table');
  const trs = table ? Array.from(table.rows) : [];
  let only = null;
  if (opts.rows) {
    const matched = matchRows(opts.rows);
    if (!(matched.length > 0 && matched.every((r) => trs.includes(r)))) {
      const th = Array.from(el.querySelectorAll('tr')).find(isTh);
      return {
        keys: th && opts.header !== 'none' ? Array.from(th.cells).map(text) : [],
        rows: matched.filter((r) => r !== th).map((r) => Array.from(r.children).map(text)),
        skipped: 0,
        rowCount: matched.length
      };
    }
    only = new Set(matched);
  }
  // rows left in each row group, for rowspan="0" and to end spans with their group
  const left = new Array(trs.length);
  for (let y = trs.length - 1; y >= 0; y--) {
    left[y] = y + 1 < trs.length && trs[y + 1].parentElement === trs[y].parentElement ? left[y + 1] + 1 : 1;
  }
  const grid = trs.map(() => []);
  trs.forEach((tr, y) => {
    let x = 0;
    for (const c of tr.cells) {
      while (grid[y][x]) x++;
      const cs = Math.max(1, Math.min(c.colSpan || 1, 1000));
      const rs = c.rowSpan === 0 ? left[y] : Math.max(1, Math.min(c.rowSpan || 1, left[y]));
      const slot = { c, t: text(c) };
      for (let dy = 0; dy < rs; dy++) for (let dx = 0; dx < cs; dx++) grid[y + dy][x + dx] = slot;
      x += cs;
    }
  });
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  const banner = (y) => width > 1 && grid[y].length === width && grid[y].every((s) => s && s.c === grid[y][0].c);
  const spansRight = (y) => Array.from(trs[y].cells).some((c) => c.colSpan > 1);
  // header rows from `first`: the rows its merged cells reach, then header-like rows below a wide cell
  const extend = (first) => {
    const head = [first];
    let reach = first;
    for (let y = first; ; y++) {
      for (const c of trs[y].cells) reach = Math.max(reach, y + Math.max(1, c.rowSpan) - 1);
      const next = y + 1;
      if (next >= trs.length || banner(next)) break;
      if (next <= reach || (spansRight(y) && (isTh(trs[next]) || isBold(trs[next])))) head.push(next);
      else break;
    }
    return head;
  };
  let start = 0;
  while (start < trs.length && banner(start)) start++;
  let head = [];
  if (typeof opts.header === 'number') {
    if (opts.header - 1 < trs.length) head = extend(opts.header - 1);
  } else if (opts.header !== 'none' && start < trs.length) {
    if (table.tHead && table.tHead.rows.length > 0) {
      head = trs.map((tr, y) => (tr.parentElement === table.tHead ? y : -1)).filter((y) => y >= 0);
    } else if (isTh(trs[start])) {
      for (let y = start; y < trs.length && isTh(trs[y]); y++) head.push(y);
    } else if (isBold(trs[start])) {
      const h = extend(start);
      const after = h[h.length - 1] + 1;
      if (h.length > 1 || after >= trs.length || !isBold(trs[after])) head = h;
    }
  }
  const keys = [];
  for (let x = 0; x < width; x++) {
    const parts = [];
    for (const y of head) {
      if (banner(y)) continue;
      const t = grid[y][x] ? grid[y][x].t : '';
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    keys.push(parts.join('/'));
  }
  const from = head.length > 0 ? Math.max(...head) + 1 : (typeof opts.header === 'number' ? trs.length : 0);
  const rows = [];
  let skipped = 0;
  for (let y = from; y < trs.length; y++) {
    if (only && !only.has(trs[y])) continue;
    if (banner(y)) { skipped++; continue; }
    const cells = [];
    for (let x = 0; x < width; x++) cells.push(grid[y][x] ? grid[y][x].t : '');
    rows.push(cells);
  }
  return { keys, rows, skipped, rowCount: trs.length };
}
// pager(els, opts): what a pager shows. els = the elements a `pages` (or `next`) selector matches;
// opts = { current: N | null } (N when the flow says where the current page number is).
// Returns { current: N | null, items: [[text, number | null, current, more, after, clickable, visible]] }:
// - current: the page shown now: opts.current; else the one matched item marked current
//   (aria-current, a class like current/active/selected/cur/on, on it or its parent, or not
//   clickable); else the one number the pager shows as plain text (not inside a link or button);
// - more: a link to further pages (…, ..., >, ›, 下一页, 下页, 后页, 下一组, 更多, next, more);
// - after: whether it comes after the current page's marker in the document (null: no marker);
// - clickable: a link with href, a button, an input button, or onclick/role=button|link/cursor:
//   pointer — and not disabled (disabled, aria-disabled, a class with "disabled").
//@pager
(els, opts) => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const text = (e) => norm(e.tagName === 'INPUT' ? e.value : (e.innerText === undefined ? e.textContent : e.innerText));
  const num = (t) => { const m = /^[\[【(（]?\s*(\d+)\s*[\]】)）]?$/.exec(t); return m ? parseInt(m[1], 10) : null; };
  const MORE = /^(\.{2,}|…+|>|›|下一页|下页|后页|下一组|更多|next|more)$/i;
  const cls = (e) => (e && typeof e.className === 'string' ? ' ' + e.className + ' ' : ' ');
  const disabled = (e) => e.disabled === true || e.getAttribute('aria-disabled') === 'true'
      || /disabled?/i.test(cls(e)) || /disabled?/i.test(cls(e.parentElement));
  const clickable = (e) => !disabled(e) && (e.matches(
      'a[href], button, input[type=button], input[type=submit], input[type=image], [onclick], [role=button], [role=link]')
      || getComputedStyle(e).cursor === 'pointer');
  const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
  const marked = (e) => {
    const a = e.getAttribute('aria-current');
    if (a && a !== 'false') return true;
    for (const n of [e, e.parentElement]) {
      if (/current|active|selected/i.test(cls(n)) || /\s(cur|on|curr|now|sel|this|thisclass)\s/i.test(cls(n))) return true;
    }
    return !clickable(e);
  };
  const items = els.map((e) => ({ e, t: text(e) }));
  items.forEach((it) => { it.n = num(it.t); it.cur = marked(it.e); });
  let current = typeof opts.current === 'number' ? opts.current : null;
  let marker = null;
  const flagged = items.filter((it) => it.cur && it.n !== null && (current === null || it.n === current));
  if (flagged.length === 1) { marker = flagged[0].e; current = current === null ? flagged[0].n : current; }
  if (marker === null && els.length > 0) {
    let box = els[0].parentElement;
    while (box && !els.every((e) => box.contains(e))) box = box.parentElement;
    for (let up = 0; up < 3 && box && marker === null; up++, box = box.parentElement) {
      const found = [];
      const walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const v = num(norm(n.data));
        if (v === null || (current !== null && v !== current)) continue;
        const p = n.parentElement;
        if (!p || p.closest('a[href], button, select, option, [onclick]') || !visible(p)) continue;
        found.push({ p, v });
      }
      if (found.length === 1) { marker = found[0].p; current = found[0].v; }
      else if (found.length > 1) break;
    }
  }
  return {
    current,
    items: items.map((it) => [it.t, it.n, it.cur, MORE.test(it.t),
      marker ? !!(marker.compareDocumentPosition(it.e) & Node.DOCUMENT_POSITION_FOLLOWING) : null,
      clickable(it.e), visible(it.e)])
  };
}
// scrollEnd(el): scrolls every scrollable box around el, and the window, to the bottom.
//@scrollEnd
(el) => {
  for (let p = el; p; p = p.parentElement) if (p.scrollHeight > p.clientHeight + 1) p.scrollTop = p.scrollHeight;
  window.scrollTo(0, Math.max(document.body.scrollHeight, document.documentElement.scrollHeight));
  return true;
}
// labels(el): a label/value table as [[label, value]]. Rows of one cell are section titles. In a
// row where some cells are marked as labels (<th>, bold, or text ending in : or ：) each label takes
// the next cell as its value; otherwise cells pair up in order: label, value, label, value.
//@labels
(el) => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const text = (c) => norm(c.innerText === undefined ? c.textContent : c.innerText);
  const bold = (c) => {
    let any = false;
    const walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (!n.data.trim()) continue;
      any = true;
      if (!n.parentElement || parseInt(getComputedStyle(n.parentElement).fontWeight, 10) < 600) return false;
    }
    return any;
  };
  const table = el.tagName === 'TABLE' ? el : el.querySelector('table');
  const out = [];
  for (const tr of table ? Array.from(table.rows) : []) {
    const cells = Array.from(tr.cells);
    if (cells.length < 2) continue;
    const label = cells.map((c) => c.tagName === 'TH' || /[:：]\s*$/.test(text(c)) || bold(c));
    if (label.some(Boolean) && !label.every(Boolean)) {
      cells.forEach((c, i) => {
        if (label[i]) out.push([text(c), i + 1 < cells.length && !label[i + 1] ? text(cells[i + 1]) : '']);
      });
    } else {
      for (let i = 0; i + 1 < cells.length; i += 2) out.push([text(cells[i]), text(cells[i + 1])]);
    }
  }
  return out;
}
