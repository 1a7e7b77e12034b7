// 运行记录: every job, searchable by flow, state, robot and who started it; live.
import { h, mount } from '../dom.js';
import { t, time, duration } from '../i18n.js';
import { api, qs } from '../api.js';
import { card, table, badge, pageHead, problemAlert, pager, button, loading } from '../ui.js';
import { hasRole, session } from '../session.js';
import { onChange, throttled } from '../live.js';
import { myFlows } from './sharing.js';

const STATES = ['PENDING', 'ASSIGNED', 'RUNNING', 'STOPPING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

export function runDuration(j) {
  const from = j.startedAt || j.assignedAt;
  if (!from) return null;
  return new Date(j.finishedAt || Date.now()) - new Date(from);
}

/** The runs table, shared with the robot page and the clerk's page. */
/** Who a run is for and why: "li", "li · 队列触发 sync-li", "— · 计划 nightly" (a schedule of nobody). */
export function startedBy(j) {
  const via = j.scheduleName ? t('runs.via.' + (j.startedVia === 'queue-trigger' ? 'trigger' : 'schedule'), { name: j.scheduleName })
    : j.scheduleId ? t('runs.bySchedule', { id: j.scheduleId }) : null;
  return [j.startedBy || '—', via].filter(Boolean).join(' · ');
}

export function runsTable(jobs, opts = {}) {
  return table([
    { label: '#', value: j => h('a', { href: '#/runs/' + j.id }, '#' + j.id) },
    { label: t('col.flow'), value: j => [j.flowName, h('span.faint', ' v' + j.flowVersion)] },
    { label: t('col.state'), value: j => badge(j.state) },
    opts.compact ? null : { label: t('col.robot'), value: j => j.robotId ? h('a', { href: '#/robots/' + j.robotId }, (opts.robots?.[j.robotId]) || '#' + j.robotId) : '—' },
    opts.compact ? null : { label: t('col.startedBy'), value: j => startedBy(j) },
    { label: t('col.created'), value: j => time(j.createdAt) },
    { label: t('col.duration'), num: true, value: j => duration(runDuration(j)) },
  ].filter(Boolean), jobs, { id: 'runs', empty: t('runs.none'), onRow: j => { location.hash = '#/runs/' + j.id; } });
}

export function render(el) {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const f = { flow: params.get('flow') || '', state: params.get('state') || '', robot: params.get('robot') || '',
    startedBy: params.get('startedBy') || (hasRole('supervisor', 'admin') ? '' : session.user), from: '', to: '', page: 0 };
  const box = h('div', loading());
  const flowSel = h('select', { 'data-filter': 'flow', 'aria-label': t('col.flow'), onchange: e => { f.flow = e.target.value; f.page = 0; load(); } },
    h('option', { value: '' }, t('runs.allFlows')));
  const robotSel = h('select', { 'data-filter': 'robot', 'aria-label': t('col.robot'), onchange: e => { f.robot = e.target.value; f.page = 0; load(); } },
    h('option', { value: '' }, t('runs.allRobots')));
  const stateSel = h('select', { 'data-filter': 'state', 'aria-label': t('col.state'), onchange: e => { f.state = e.target.value; f.page = 0; load(); } },
    h('option', { value: '' }, t('runs.allStates')), STATES.map(s => h('option', { value: s, selected: f.state === s }, t('state.' + s))));
  const who = h('input', { type: 'search', placeholder: t('col.startedBy'), 'aria-label': t('col.startedBy'), value: f.startedBy, 'data-filter': 'startedBy',
    onchange: e => { f.startedBy = e.target.value.trim(); f.page = 0; load(); } });
  // days in the browser's zone: from the start of the first to the end of the last
  const day = (key, label, shift) => h('input', { type: 'date', 'data-filter': key, 'aria-label': label, title: label,
    onchange: e => {
      const v = e.target.value;
      f[key] = v ? new Date(new Date(v + 'T00:00:00').getTime() + shift * 86400000).toISOString() : '';
      f.page = 0; load();
    } });
  const fromDay = day('from', t('runs.from'), 0);
  const toDay = day('to', t('runs.to'), 1);
  let robots = {};

  mount(el, pageHead(t('nav.runs'), t('runs.sub')),
    h('div.toolbar', flowSel, stateSel, robotSel, who, fromDay, h('span.faint', '–'), toDay, h('span.grow'), button(t('common.refresh'), () => load())),
    card(null, box, { flush: true }));

  const everything = hasRole('supervisor', 'admin');
  Promise.all([(everything ? api.get('/flows') : myFlows()).catch(() => []), everything ? api.get('/robots').catch(() => []) : []])
    .then(([flows, rs]) => {
      flows.forEach(fl => flowSel.appendChild(h('option', { value: fl.name, selected: f.flow === fl.name }, fl.name)));
      rs.forEach(r => { robots[r.id] = r.name; robotSel.appendChild(h('option', { value: r.id, selected: String(f.robot) === String(r.id) }, r.name)); });
      if (!hasRole('supervisor', 'admin')) robotSel.remove();
    });

  async function load() {
    try {
      const size = 50;
      const jobs = await api.get('/jobs' + qs({ flow: f.flow, state: f.state, robot: f.robot, startedBy: f.startedBy, from: f.from, to: f.to, page: f.page, size }));
      mount(box, runsTable(jobs, { robots }), pager(f.page, jobs.length === size, p => { f.page = p; load(); }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  load();
  const reload = throttled(load, 2000);
  return onChange(c => { if (c.jobs.length) reload(); });
}
