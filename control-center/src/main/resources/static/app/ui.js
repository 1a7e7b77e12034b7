// The shared components every page uses, so that the pages look and behave alike.
import { h, mount } from './dom.js';
import { t } from './i18n.js';
import { ApiError } from './api.js';

export function card(title, body, opts = {}) {
  return h('section.card', { class: opts.class, 'data-card': opts.id },
    title ? h('div.card-head', h('h2', title, opts.sub ? h('span.sub', '  ' + opts.sub) : null), opts.actions || null) : null,
    h('div.card-body', { class: opts.flush ? 'flush' : null }, body));
}

export function kpi(label, value, opts = {}) {
  return h('div.card.kpi', { class: opts.tone, 'data-kpi': opts.id },
    h('div.label', h('span', label), opts.badge || null),
    h('div.value', { 'data-value': opts.id }, value, opts.unit ? h('small', opts.unit) : null),
    opts.foot ? h('div.foot', opts.foot) : null);
}

export function pageHead(title, sub, ...actions) {
  return h('div.page-head', h('div', h('h1', title), sub ? h('p', sub) : null), h('div.toolbar', actions));
}

const TONES = {
  SUCCEEDED: 'ok', SUCCESSFUL: 'ok', UNCHANGED: 'info', ONLINE: 'ok', IDLE: 'ok', ACTIVE: 'ok', ADDED: 'ok', ok: 'ok',
  RUNNING: 'primary', ASSIGNED: 'info', IN_PROGRESS: 'primary', BUSY: 'primary', NEW: 'info', PENDING: 'info',
  STOPPING: 'warn', CANCELLED: 'warn', ABANDONED: 'warn', PAUSED: 'warn', DUPLICATE: 'warn', BUSINESS_FAILED: 'warn',
  business_error: 'warn', FAILED: 'bad', SYSTEM_FAILED: 'bad', OFFLINE: 'bad', ERROR: 'bad', RETIRED: '', REVOKED: '',
  system_error: 'bad',
};

/** A state badge with the state's translated name. */
export function badge(state, text) {
  return h('span.badge', { class: TONES[state] ?? '', 'data-state': state }, text ?? t('state.' + state));
}

/**
 * A table. columns: [{ label, value: row => node|text, num: bool, wrap: bool }]; rows: objects;
 * opts.onRow(row) makes rows clickable.
 */
export function table(columns, rows, opts = {}) {
  if (!rows || rows.length === 0) return h('div.empty', opts.empty || t('common.empty'));
  return h('div.table-wrap', h('table.data', { 'data-table': opts.id },
    h('thead', h('tr', columns.map(c => h('th', { class: c.num ? 'num' : null }, c.label)))),
    h('tbody', rows.map(r => h('tr', {
      class: opts.onRow ? 'click' : null,
      onclick: opts.onRow ? (e) => { if (!e.target.closest('button, a')) opts.onRow(r); } : null,
    }, columns.map(c => h('td', { class: [c.num ? 'num' : '', c.wrap ? 'wrap' : ''].join(' ') }, c.value(r))))))));
}

export function button(text, onclick, opts = {}) {
  return h('button.btn', {
    type: opts.submit ? 'submit' : 'button', class: opts.kind, onclick, disabled: opts.disabled,
    'data-action': opts.id, title: opts.title,
  }, text);
}

export function toast(text, bad = false) {
  let box = document.querySelector('.toasts');
  if (!box) document.body.appendChild(box = h('div.toasts'));
  const el = h('div.toast', { class: bad ? 'bad' : null, role: 'status' }, text);
  box.appendChild(el);
  setTimeout(() => el.remove(), bad ? 7000 : 3500);
}

/** An error from the API as an alert: the problem's detail and each field/line error with its hint. */
export function problemAlert(err) {
  if (!(err instanceof ApiError)) return h('div.alert.bad', { role: 'alert' }, messageOf(err));
  return h('div.alert.bad', { role: 'alert', 'data-problem': err.problem?.type || '' },
    h('strong', err.message),
    err.errors.length ? h('ul', err.errors.map(e => h('li',
      e.field ? h('code', e.field) : null, e.field ? ' ' : null, e.message || '',
      e.hint ? h('span.muted', ' — ' + e.hint) : null))) : null);
}

/** What to tell people about a failure: the API's words, never a script's own (English) error text. */
export function messageOf(err) {
  if (err instanceof ApiError) return err.message;
  console.error(err);
  return t('api.pageFailed');
}

/** Runs an action, shows success or the API's problem. */
export async function act(fn, okText) {
  try {
    const r = await fn();
    if (okText) toast(okText);
    return r;
  } catch (e) {
    toast(messageOf(e), true);
    throw e;
  }
}

/** A modal dialog; resolves when closed. body gets a close() function. */
export function modal(title, build, opts = {}) {
  return new Promise(resolve => {
    const opener = document.activeElement;
    const close = (v) => {
      back.remove(); document.removeEventListener('keydown', onKey);
      if (opener && opener.isConnected) opener.focus();
      resolve(v);
    };
    const onKey = e => {
      if (e.key === 'Escape') close(null);
      else if (e.key === 'Tab') keepFocusInside(back, e);
    };
    const body = h('div.modal-body');
    const foot = h('div.modal-foot');
    const back = h('div.modal-back', { onclick: e => { if (e.target === back) close(null); } },
      h('div.modal', { class: opts.wide ? 'wide' : null, role: 'dialog', 'aria-modal': 'true', 'aria-label': title },
        h('div.modal-head', h('h2', title), h('button.btn.ghost.small', { onclick: () => close(null), 'aria-label': t('common.close') }, '✕')),
        body, foot));
    build(body, foot, close);
    document.addEventListener('keydown', onKey);
    document.body.appendChild(back);
    back.querySelector('input, select, textarea')?.focus();
  });
}

/** Tab and Shift+Tab cycle through the dialog's own controls only. */
function keepFocusInside(box, e) {
  const all = [...box.querySelectorAll('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')]
    .filter(x => !x.disabled && x.offsetParent !== null);
  if (!all.length) return;
  const first = all[0];
  const last = all[all.length - 1];
  if (e.shiftKey && (document.activeElement === first || !box.contains(document.activeElement))) { e.preventDefault(); last.focus(); }
  else if (!e.shiftKey && (document.activeElement === last || !box.contains(document.activeElement))) { e.preventDefault(); first.focus(); }
}

export function confirmDialog(title, text, okLabel, danger = true) {
  return modal(title, (body, foot, close) => {
    mount(body, h('p', text));
    mount(foot, button(t('common.cancel'), () => close(false)),
      button(okLabel, () => close(true), { kind: danger ? 'danger' : 'primary', id: 'confirm' }));
  });
}

let fieldIds = 0;

/** A labelled form field; the label is tied to its control, so screen readers name it and a click focuses it. */
export function field(label, input, opts = {}) {
  const control = input instanceof HTMLElement && input.matches('input, select, textarea') ? input : null;
  if (control && !control.id) control.id = 'f' + (++fieldIds);
  return h('div.field', h('label', { class: opts.required ? 'req' : null, for: control ? control.id : null }, label), input,
    opts.hint ? h('div.hint', opts.hint) : null, h('div.err', { 'data-err': opts.name || '' }));
}

export function props(pairs) {
  return h('dl.props', pairs.filter(Boolean).map(([k, v]) => [h('dt', k), h('dd', v ?? '—')]));
}

export function pager(page, hasMore, go) {
  return h('div.pager', button('‹', () => go(page - 1), { kind: 'small', disabled: page === 0 }),
    h('span', t('common.page', { n: page + 1 })), button('›', () => go(page + 1), { kind: 'small', disabled: !hasMore }));
}

/** Said where data is on its way, so that an empty box never reads as "nothing" or a zero. */
export function loading(id) {
  return h('div.empty.loading', { 'data-loading': id || 'data', role: 'status' }, h('span.spinner', { 'aria-hidden': 'true' }), t('common.loading'));
}

/** Said where data could not come (the reason is shown once, at the top of the page). */
export function notLoaded() { return h('div.empty', { 'data-not-loaded': '' }, t('common.notLoaded')); }

/** Replaces what still says "loading" in these boxes by "not loaded": a failed load never spins forever. */
export function stopLoading(...boxes) {
  for (const box of boxes) box.querySelectorAll('[data-loading]').forEach(l => l.replaceWith(notLoaded()));
}

/**
 * Hides each (attached) element, a chart say, behind a loading indicator; the returned done(ok) shows the
 * elements again, or says they were not loaded. Only the first call counts.
 */
export function whileLoading(...els) {
  const marks = els.map(el => { const m = loading(); el.before(m); el.hidden = true; return m; });
  let finished = false;
  return ok => {
    if (finished) return;
    finished = true;
    marks.forEach((m, i) => {
      if (ok) { m.remove(); els[i].hidden = false; } else m.replaceWith(notLoaded());
    });
  };
}

export function segmented(options, value, onChange) {
  const box = h('div.seg');
  const draw = v => mount(box, options.map(([k, label]) => h('button', {
    type: 'button', class: k === v ? 'on' : null, 'aria-pressed': String(k === v), 'data-seg': k, onclick: () => { draw(k); onChange(k); },
  }, label)));
  draw(value);
  return box;
}

/** Tabs: [[id, label, () => node]]; the body is built when its tab is first shown. */
export function tabs(list, first) {
  const head = h('div.tabs', { role: 'tablist' });
  const body = h('div.tab-body');
  const built = {};
  const show = id => {
    head.querySelectorAll('button').forEach(b => {
      const on = b.dataset.tab === id;
      b.classList.toggle('on', on);
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
    });
    body.replaceChildren(built[id] ??= list.find(x => x[0] === id)[2]());
  };
  list.forEach(([id, label]) => head.appendChild(h('button', { type: 'button', role: 'tab', 'data-tab': id, onclick: () => show(id) }, label)));
  // arrow keys move between tabs, as in every tab list
  head.addEventListener('keydown', e => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const buttons = [...head.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement);
    const next = buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next.click(); next.focus();
  });
  show(first ?? list[0][0]);
  return h('div', head, body);
}
