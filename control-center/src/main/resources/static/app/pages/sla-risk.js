// 时限风险清单: what the overview's SLA-risk card counts (GET /overview/sla-risk), each item with its queue,
// when it is due, when it is expected to finish at its queue's pace and the robot working it.
import { h, mount } from '../dom.js';
import { t, num, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, badge, pageHead, problemAlert } from '../ui.js';
import { onChange, throttled } from '../live.js';

export function render(el) {
  const head = pageHead(t('sla.title'), t('sla.sub'), h('a.btn', { href: '#/overview' }, t('common.back')));
  const itemsBox = h('div', h('div.empty', { 'data-loading': 'sla' }, t('common.loading')));
  const jobsBox = h('div', h('div.empty', { 'data-loading': 'sla' }, t('common.loading')));
  const countEl = h('span.sub');
  mount(el, head,
    card(t('sla.items'), itemsBox, { flush: true, id: 'sla-items', actions: countEl }),
    h('div', { style: { height: '16px' } }),
    card(t('sla.jobs'), jobsBox, { flush: true, id: 'sla-jobs' }));

  async function load() {
    try {
      const r = await api.get('/overview/sla-risk');
      mount(countEl, r.itemCount > r.items.length
        ? t('sla.showing', { n: num(r.items.length), total: num(r.itemCount) })
        : t('ov.slaItems', { n: num(r.itemCount) }));
      mount(itemsBox, table([
        { label: t('col.item'), value: i => h('a', { href: '#/items/' + i.id }, i.reference) },
        { label: t('col.queue'), value: i => h('a', { href: '#/queues/' + encodeURIComponent(i.queue) }, i.queue) },
        { label: t('col.status'), value: i => badge(i.status) },
        { label: t('sla.due'), value: i => h('span', { class: late(i.due) ? 'late' : null, 'data-due': i.id }, time(i.due)) },
        { label: t('sla.expected'), value: i => h('span', {
          class: i.expectedFinish && i.due && i.expectedFinish > i.due ? 'late' : null, 'data-expected': i.id },
        i.expectedFinish ? time(i.expectedFinish) : t('sla.noPace')) },
        { label: t('sla.place'), num: true, value: i => num(i.place) },
        { label: t('col.robot'), value: i => i.robot || t('sla.waiting') },
      ], r.items, { id: 'sla-items', empty: t('sla.none') }));
      mount(jobsBox, table([
        { label: t('sla.run'), value: j => h('a', { href: '#/runs/' + j.id }, '#' + j.id) },
        { label: t('col.flow'), value: j => j.flow },
        { label: t('col.status'), value: j => badge(j.state) },
        { label: t('col.deadline'), value: j => h('span', { class: late(j.deadline) ? 'late' : null }, time(j.deadline)) },
        { label: t('col.robot'), value: j => j.robot || t('sla.waiting') },
      ], r.jobs, { id: 'sla-jobs', empty: t('sla.noJobs') }));
    } catch (e) {
      mount(itemsBox, problemAlert(e));
      mount(jobsBox);
    }
  }
  load();
  const reload = throttled(load, 3000);
  return onChange(c => { if (c.queues || c.items || c.jobs.length) reload(); });
}

function late(iso) { return iso && new Date(iso).getTime() < Date.now(); }
