// 运行详情: one run — state, inputs, outputs, step timeline, items, errors with screenshots, journal, history;
// stop. New events arrive through the live feed.
import { h, mount } from '../dom.js';
import { t, time, duration } from '../i18n.js';
import { api } from '../api.js';
import { card, badge, pageHead, problemAlert, button, props, confirmDialog, act, table, tabs } from '../ui.js';
import { may, hasRole } from '../session.js';
import { onChange, throttled } from '../live.js';
import { runDuration, startedBy } from './runs.js';
import { timeline, itemsTable, outputs, errors, errorCount, journal, screenshots, itemCounts } from './run-parts.js';
import { openReport, resultLinks } from './report.js';

const ACTIVE = ['PENDING', 'ASSIGNED', 'RUNNING'];

export function render(el, [id]) {
  let events = [];
  let lastSeq = 0;
  let tab = 'timeline';

  async function loadEvents() {
    for (;;) {
      const batch = await api.get(`/jobs/${id}/events?after=${lastSeq}&limit=2000`);
      events = events.concat(batch);
      if (batch.length) lastSeq = batch[batch.length - 1].seq;
      if (batch.length < 2000) break;
    }
  }

  let robotName = null;

  async function load() {
    try {
      const [job, items, shots] = await Promise.all([api.get('/jobs/' + id), api.get(`/jobs/${id}/items?size=2000`),
        api.get(`/jobs/${id}/screenshots`), loadEvents()]);
      if (job.robotId && robotName == null && may.operate()) {
        robotName = (await api.get('/robots/' + job.robotId).catch(() => ({}))).name || '';
      }
      draw(job, items, shots);
    } catch (e) {
      mount(el, problemAlert(e));
    }
  }

  function draw(job, items, shots) {
    const canStop = ACTIVE.includes(job.state) && (may.operate() || hasRole('clerk'));
    const stop = canStop ? button(t('run.stop'), async () => {
      if (await confirmDialog(t('run.stop'), t('run.stopText', { id: job.id }), t('run.stop'))) {
        await act(() => api.post(`/jobs/${id}/stop`), t('run.stopRequested'));
        load();
      }
    }, { kind: 'danger', id: 'stop' }) : null;
    const c = itemCounts(items);
    mount(el,
      pageHead(h('span', { 'data-run': job.id }, `#${job.id} · ${job.flowName} `, h('span.faint', 'v' + job.flowVersion), ' ', badge(job.state)),
        job.failureMessage ? job.failureMessage : null, h('a.btn', { href: '#/runs' }, t('common.back')),
        button(t('start.report'), () => openReport(job, items), { id: 'report' }), ...resultLinks(job), stop),
      h('div.grid.two',
        card(t('run.summary'), props([
          [t('col.state'), badge(job.state)],
          [t('col.robot'), job.robotId ? h('a', { href: '#/robots/' + job.robotId, 'data-robot': job.robotId }, robotName || '#' + job.robotId)
            : job.attended ? h('span', { 'data-value': 'attended' }, t('run.attended')) : null],
          [t('col.startedBy'), startedBy(job)],
          [t('col.created'), time(job.createdAt)], [t('run.started'), time(job.startedAt)], [t('col.finished'), time(job.finishedAt)],
          [t('col.duration'), duration(runDuration(job))], [t('col.priority'), String(job.priority)],
          job.deadline ? [t('col.deadline'), time(job.deadline)] : null,
          job.queueName ? [t('col.queue'), h('a', { href: '#/queues/' + encodeURIComponent(job.queueName) }, job.queueName)] : null,
          [t('run.items'), h('span', { 'data-value': 'run-items' }, t('run.itemCounts', c))],
          job.failureKind ? [t('run.failure'), badge(job.failureKind === 'BUSINESS' ? 'business_error' : 'system_error', t('failure.' + job.failureKind))] : null,
          [t('run.inputs'), Object.keys(job.inputs || {}).length ? h('code', JSON.stringify(job.inputs)) : null],
        ]), { id: 'summary' }),
        card(t('run.outputs'), outputs(job.result), { id: 'outputs' })),
      h('div', { style: { height: '16px' } }),
      card(null, tabs([
        ['timeline', tabLabel(t('run.timeline'), null), () => timeline(events)],
        ['errors', tabLabel(t('run.errors'), errorCount(events, job)), () => errors(job.id, events, job)],
        ['items', tabLabel(t('run.items'), items.length), () => itemsTable(items)],
        ['screenshots', tabLabel(t('run.screenshots'), shots.length), () => screenshots(job.id, shots)],
        ['journal', tabLabel(t('run.journal'), events.length), () => journal(events)],
        ['history', tabLabel(t('run.history'), (job.history || []).length), () => table([
          { label: t('col.time'), value: x => time(x.at) },
          { label: t('run.from'), value: x => x.from ? badge(x.from) : '—' },
          { label: t('run.to'), value: x => badge(x.to) },
          { label: t('run.actor'), value: x => x.actor },
          { label: t('col.reason'), wrap: true, value: x => x.reason || '' },
        ], job.history || [], { id: 'history' })],
      ], tab), { id: 'run-tabs' }));
    el.querySelectorAll('[data-tab]').forEach(b => b.addEventListener('click', () => { tab = b.dataset.tab; }));
  }

  load();
  const reload = throttled(load, 1500);
  return onChange(c => {
    if (c.jobs.some(j => String(j.id) === String(id)) || c.progress.some(p => String(p.jobId) === String(id))) reload();
  });
}

function tabLabel(text, count) {
  return count == null ? text : [text, h('span.count', String(count))];
}
