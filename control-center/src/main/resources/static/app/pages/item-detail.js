// One queue item: payload, output, attempts and reasons (history); retry / abandon (supervisors, administrators).
import { h, mount } from '../dom.js';
import { t, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, badge, pageHead, problemAlert, button, props, act, modal, field } from '../ui.js';
import { may } from '../session.js';

const RETRYABLE = ['SYSTEM_FAILED', 'BUSINESS_FAILED', 'ABANDONED'];
const FINAL = ['SUCCESSFUL', 'ABANDONED'];

export function render(el, [id]) {
  async function load() {
    try {
      const i = await api.get('/items/' + id);
      const retry = may.operate() && RETRYABLE.includes(i.status)
        ? button(t('item.retry'), async () => { await act(() => api.post(`/items/${id}/retry`), t('item.retried')); load(); }, { id: 'retry' }) : null;
      const abandon = may.operate() && !FINAL.includes(i.status) ? button(t('item.abandon'), () => abandonDialog(id, load), { kind: 'danger', id: 'abandon' }) : null;
      mount(el, pageHead(h('span', `#${i.id} · ${i.reference} `, badge(i.status)), i.reason,
        h('a.btn', { href: '#/queues/' + encodeURIComponent(i.queue) }, t('common.back')), retry, abandon),
      h('div.grid.two',
        card(t('item.summary'), props([
          [t('col.queue'), h('a', { href: '#/queues/' + encodeURIComponent(i.queue) }, i.queue)],
          [t('col.status'), badge(i.status)], [t('col.priority'), String(i.priority)],
          [t('queues.attempts'), String(i.attempts)], [t('col.reason'), i.reason],
          [t('col.deadline'), i.deadline ? time(i.deadline) : null],
          [t('col.robot'), i.robotId ? h('a', { href: '#/robots/' + i.robotId }, '#' + i.robotId) : null],
          [t('item.job'), i.jobId ? h('a', { href: '#/runs/' + i.jobId }, '#' + i.jobId) : null],
          [t('col.created'), time(i.createdAt)], [t('col.finished'), time(i.finishedAt)],
        ])),
        card(t('item.data'), h('div', h('h3', t('item.payload')), h('pre.mono', JSON.stringify(i.payload, null, 2)),
          i.output ? [h('h3', t('col.output')), h('pre.mono', JSON.stringify(i.output, null, 2))] : null))),
      h('div', { style: { height: '16px' } }),
      card(t('item.history'), table([
        { label: t('col.time'), value: x => time(x.at) },
        { label: t('queues.attempt'), num: true, value: x => String(x.attempt) },
        { label: t('run.from'), value: x => x.from ? badge(x.from) : '—' },
        { label: t('run.to'), value: x => badge(x.to) },
        { label: t('col.robot'), value: x => x.robotId ? '#' + x.robotId : '' },
        { label: t('item.job'), value: x => x.jobId ? h('a', { href: '#/runs/' + x.jobId }, '#' + x.jobId) : '' },
        { label: t('col.reason'), wrap: true, value: x => x.reason || '' },
      ], i.history || [], { id: 'history' }), { flush: true }));
    } catch (e) {
      mount(el, problemAlert(e));
    }
  }
  load();
}

function abandonDialog(id, done) {
  modal(t('item.abandon'), (body, foot, close) => {
    const reason = h('input', { type: 'text', name: 'reason' });
    mount(body, field(t('col.reason'), reason));
    mount(foot, button(t('common.cancel'), () => close()), button(t('item.abandon'), async () => {
      await act(() => api.post(`/items/${id}/abandon`, { reason: reason.value || null }), t('item.abandoned'));
      close(); done();
    }, { kind: 'danger', id: 'confirm' }));
  });
}
