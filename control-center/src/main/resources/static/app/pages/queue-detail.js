// One queue: items by status, import a spreadsheet (with the per-row report), export, retry failed items.
import { h, mount } from '../dom.js';
import { t, num, time, ago } from '../i18n.js';
import { api, qs } from '../api.js';
import { card, table, badge, pageHead, problemAlert, button, modal, act, pager, segmented, toast, field, loading } from '../ui.js';
import { may } from '../session.js';
import { onChange, throttled } from '../live.js';
import { ITEM_STATUSES } from './queues.js';

export function render(el, [name]) {
  const f = { status: '', page: 0, atRisk: false, sla: null };
  const head = h('div');
  const counts = h('div.grid.kpis', loading());
  const box = h('div', loading());
  const path = '/queues/' + encodeURIComponent(name);

  mount(el, head, counts, h('div', { style: { height: '16px' } }),
    card(t('queues.items'), box, { flush: true, id: 'items', actions: h('div.toolbar', { style: { margin: 0 } },
      h('label', { style: { display: 'inline-flex', alignItems: 'center', gap: '4px' } }, h('input', { type: 'checkbox', 'data-filter': 'at-risk',
        onchange: e => { f.atRisk = e.target.checked; f.page = 0; loadItems(); } }), ' ' + t('queues.atRisk')),
      segmented([['', t('queues.allStatuses')], ...ITEM_STATUSES.map(s => [s, t('state.' + s)])], '',
        v => { f.status = v; f.page = 0; loadItems(); })) }));

  async function load() {
    try {
      const q = await api.get(path);
      f.sla = q.slaMinutes;
      mount(head, pageHead(q.name, q.description,
        h('a.btn', { href: '#/queues' }, t('common.back')),
        h('a.btn', { href: '/api/v1' + path + '/items/export', download: '' }, t('queues.export')),
        may.operate() ? button(t('queues.retryFailed'), async () => {
          const r = await act(() => api.post(path + '/retry-failed'));
          toast(t('queues.retried', { n: r.retried }));
          load(); loadItems();
        }, { id: 'retry-failed' }) : null,
        may.admin() ? button(t('queues.import'), () => importDialog(path, () => { load(); loadItems(); }), { kind: 'primary', id: 'import' }) : null));
      mount(counts, ITEM_STATUSES.map(s => h('div.card.kpi', h('div.label', badge(s)),
        h('div.value', { 'data-value': 'count-' + s }, num(q.counts[s] || 0)))),
        h('div.card.kpi', h('div.label', t('queues.lastHour')), h('div.value', { 'data-value': 'last-hour' }, num(q.throughput?.lastHour || 0))),
        h('div.card.kpi', h('div.label', t('queues.last24h')), h('div.value', { 'data-value': 'last-24h' }, num(q.throughput?.last24Hours || 0))));
    } catch (e) {
      mount(head, problemAlert(e));
      mount(counts);
    }
  }

  async function loadItems() {
    try {
      const size = 100;
      const items = await api.get(path + '/items' + qs({ status: f.status, atRisk: f.atRisk || '', page: f.page, size }));
      mount(box, itemTable(items, f.sla), pager(f.page, items.length === size, p => { f.page = p; loadItems(); }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  // the items' due times need the queue's SLA
  load().then(loadItems);
  const reload = throttled(() => Promise.all([load(), loadItems()]), 3000);
  return onChange(c => { if (c.queues) reload(); });
}

/** When an item is due: the earlier of its deadline and its queue's SLA after it was added. */
function due(i, slaMinutes) {
  const bySla = slaMinutes ? new Date(new Date(i.createdAt).getTime() + slaMinutes * 60000).toISOString() : null;
  if (!i.deadline) return bySla;
  return !bySla || new Date(i.deadline) < new Date(bySla) ? i.deadline : bySla;
}

const FINAL = new Set(['SUCCESSFUL', 'UNCHANGED', 'BUSINESS_FAILED', 'ABANDONED']);

/** Age and due time of an unfinished item, red once due; a finished item's deadline only. */
function ageAndDue(i, slaMinutes) {
  const d = due(i, slaMinutes);
  if (FINAL.has(i.status) || i.finishedAt) return d ? time(d) : '—';
  const late = d && new Date(d).getTime() < Date.now();
  return h('span', { 'data-age': i.id },
    h('span', t('queues.waited', { age: ago(i.createdAt) })),
    d ? [h('br'), h('span', { class: late ? 'late' : null }, time(d))] : null);
}

export function itemTable(items, slaMinutes) {
  return table([
    { label: '#', value: i => h('a', { href: '#/items/' + i.id }, '#' + i.id) },
    { label: t('col.reference'), value: i => i.reference },
    { label: t('col.status'), value: i => badge(i.status) },
    { label: t('col.priority'), num: true, value: i => String(i.priority) },
    { label: t('queues.attempts'), num: true, value: i => String(i.attempts) },
    { label: t('col.reason'), wrap: true, value: i => i.reason || '' },
    { label: t('queues.ageDue'), value: i => ageAndDue(i, slaMinutes) },
    { label: t('col.updated'), value: i => time(i.updatedAt) },
  ], items, { id: 'items', empty: t('queues.noItems'), onRow: i => { location.hash = '#/items/' + i.id; } });
}

function importDialog(path, done) {
  modal(t('queues.import'), (body, foot, close) => {
    const file = h('input', { type: 'file', accept: '.xlsx,.csv', name: 'file', 'aria-label': t('queues.import') });
    const refCol = h('input', { type: 'text', placeholder: 'reference', name: 'referenceColumn' });
    const out = h('div');
    mount(body, h('p.muted', t('queues.importHint')), h('div.dropzone', file), field(t('queues.referenceColumn'), refCol), out);
    mount(foot, button(t('common.close'), () => close()), button(t('queues.upload'), async () => {
      if (!file.files[0]) return;
      const form = new FormData();
      form.append('file', file.files[0]);
      try {
        const r = await api.post(path + '/items/import' + qs({ referenceColumn: refCol.value.trim() }), form);
        mount(out, importReport(r));
        done();
      } catch (e) { mount(out, problemAlert(e)); }
    }, { kind: 'primary', id: 'upload' }));
  }, { wide: true });
}

/** The per-row report of an import. */
export function importReport(r) {
  return h('div', { 'data-report': 'import' },
    h('div.alert', { class: r.errors ? 'warn' : 'ok' }, t('queues.report', r)),
    table([
      { label: t('queues.row'), num: true, value: x => String(x.row) },
      { label: t('col.reference'), value: x => x.reference || '' },
      { label: t('col.outcome'), value: x => badge(x.outcome) },
      { label: t('col.item'), value: x => x.itemId ? h('a', { href: '#/items/' + x.itemId }, '#' + x.itemId) : '' },
      { label: t('col.message'), wrap: true, value: x => x.message || '' },
    ], r.rows, { id: 'import-rows' }));
}
