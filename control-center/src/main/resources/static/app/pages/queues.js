// 工作队列: every queue with its depth and items per status; create a queue (administrators).
import { h, mount } from '../dom.js';
import { t, num, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, pageHead, problemAlert, button, modal, field, act, loading } from '../ui.js';
import { may } from '../session.js';
import { onChange, throttled } from '../live.js';

export const ITEM_STATUSES = ['NEW', 'IN_PROGRESS', 'SUCCESSFUL', 'BUSINESS_FAILED', 'SYSTEM_FAILED', 'ABANDONED'];

export function render(el) {
  const box = h('div', loading());
  mount(el, pageHead(t('nav.queues'), t('queues.sub'), may.admin() ? button(t('queues.create'), create, { kind: 'primary', id: 'create-queue' }) : null),
    card(null, box, { flush: true }));

  async function load() {
    try {
      const queues = await api.get('/queues');
      mount(box, table([
        { label: t('col.queue'), value: q => h('a', { href: '#/queues/' + encodeURIComponent(q.name) }, q.name) },
        { label: t('col.description'), wrap: true, value: q => q.description || '' },
        { label: t('col.ready'), num: true, value: q => num((q.counts.NEW || 0) + (q.counts.SYSTEM_FAILED || 0)) },
        ...ITEM_STATUSES.map(s => ({ label: t('state.' + s), num: true, value: q => num(q.counts[s] || 0) })),
        { label: t('queues.last24h'), num: true, value: q => num(q.throughput?.last24Hours || 0) },
        { label: t('queues.sla'), num: true, value: q => q.slaMinutes ? t('queues.minutes', { n: q.slaMinutes }) : '—' },
        { label: t('col.created'), value: q => time(q.createdAt) },
      ], queues, { id: 'queues', empty: t('queues.none'), onRow: q => { location.hash = '#/queues/' + encodeURIComponent(q.name); } }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }

  function create() {
    modal(t('queues.create'), (body, foot, close) => {
      const name = h('input', { type: 'text', name: 'name', placeholder: 'new-registrations' });
      const desc = h('input', { type: 'text', name: 'description' });
      const attempts = h('input', { type: 'number', name: 'maxAttempts', min: 1, max: 100, placeholder: '3' });
      const sla = h('input', { type: 'number', name: 'slaMinutes', min: 1, placeholder: '240' });
      const err = h('div');
      mount(body, err, field(t('col.name'), name, { required: true, hint: t('queues.nameHint') }), field(t('col.description'), desc),
        h('div.form-grid', field(t('queues.maxAttempts'), attempts), field(t('queues.slaMinutes'), sla)));
      mount(foot, button(t('common.cancel'), () => close()), button(t('common.create'), async () => {
        try {
          await api.post('/queues', { name: name.value.trim(), description: desc.value || null,
            maxAttempts: attempts.value ? Number(attempts.value) : null, slaMinutes: sla.value ? Number(sla.value) : null });
          close(); load();
        } catch (e) { mount(err, problemAlert(e)); }
      }, { kind: 'primary', id: 'save' }));
    });
  }
  load();
  const reload = throttled(load, 3000);
  return onChange(c => { if (c.queues) reload(); });
}
