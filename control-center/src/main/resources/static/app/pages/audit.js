// 审计日志: who did what, when, from where; searchable, exportable as CSV.
import { h, mount } from '../dom.js';
import { t, time } from '../i18n.js';
import { api, qs } from '../api.js';
import { card, table, badge, pageHead, problemAlert, pager, button, loading } from '../ui.js';

const OUTCOME = { OK: 'SUCCEEDED', FAILED: 'FAILED', DENIED: 'STOPPING' };

export function render(el) {
  const f = { actor: '', action: '', q: '', outcome: '', page: 0 };
  const box = h('div', loading());
  const input = (key, placeholder) => h('input', { type: 'search', placeholder, 'aria-label': placeholder, 'data-filter': key,
    onchange: e => { f[key] = e.target.value.trim(); f.page = 0; load(); } });
  const outcome = h('select', { 'data-filter': 'outcome', 'aria-label': t('col.outcome'), onchange: e => { f.outcome = e.target.value; f.page = 0; load(); } },
    h('option', { value: '' }, t('audit.allOutcomes')), Object.keys(OUTCOME).map(o => h('option', { value: o }, t('audit.outcome.' + o))));
  const exportLink = h('a.btn', { download: '' }, t('audit.export'));
  mount(el, pageHead(t('nav.audit'), t('audit.sub'), exportLink),
    h('div.toolbar', input('actor', t('audit.actor')), input('action', t('audit.actionHint')), input('q', t('audit.search')), outcome,
      h('span.grow'), button(t('common.refresh'), () => load())),
    card(null, box, { flush: true }));

  async function load() {
    const filter = { actor: f.actor, action: f.action, q: f.q, outcome: f.outcome };
    exportLink.href = '/api/v1/audit/export' + qs(filter);
    try {
      const size = 100;
      const rows = await api.get('/audit' + qs({ ...filter, page: f.page, size }));
      mount(box, table([
        { label: t('col.time'), value: e => time(e.at) },
        { label: t('audit.actor'), value: e => [e.actor, e.actorKind !== 'USER' ? h('span.faint', ' · ' + e.actorKind.toLowerCase()) : null] },
        { label: t('audit.action'), value: e => h('code', e.action) },
        { label: t('audit.target'), value: e => e.target || '' },
        { label: t('col.outcome'), value: e => badge(OUTCOME[e.outcome] || '', t('audit.outcome.' + e.outcome)) },
        { label: t('audit.detail'), wrap: true, value: e => e.detail || '' },
        { label: t('audit.from'), value: e => e.remoteAddress || '' },
      ], rows, { id: 'audit', empty: t('audit.none') }), pager(f.page, rows.length === size, p => { f.page = p; load(); }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  load();
}
