// 运营总览: the supervisor's page. Numbers come from GET /overview and /overview/trends (computed in the
// database from rollups); the page re-reads them when the live feed says items, robots or jobs changed.
import { h, mount } from '../dom.js';
import { t, num, pct, hourLabel, dayLabel } from '../i18n.js';
import { api } from '../api.js';
import { card, kpi, table, pageHead, segmented, problemAlert, button, loading, whileLoading, stopLoading } from '../ui.js';
import { chart, stackedBars, hbars } from '../charts.js';
import { onChange, throttled } from '../live.js';

export function render(el) {
  const state = { period: 'hour', by: 'total', data: null };
  const kpis = h('div.grid.kpis', loading('overview'));
  const throughputEl = h('div.chart', { 'data-chart': 'throughput' });
  const reasonsBox = h('div', loading());
  const flowsBox = h('div', loading());
  const backlogBox = h('div', loading());
  const utilEl = h('div.chart.small', { 'data-chart': 'utilisation' });
  const errorBox = h('div');
  const controls = h('div.toolbar', { style: { margin: 0 } },
    segmented([['hour', t('ov.24h')], ['day', t('ov.30d')]], state.period, v => { state.period = v; drawThroughput(); }),
    segmented([['total', t('ov.all')], ['flow', t('ov.byFlow')], ['robot', t('ov.byRobot')]], state.by, v => { state.by = v; drawThroughput(); }));

  mount(el,
    pageHead(t('nav.overview'), t('ov.sub'), button(t('ov.bigScreen'), () => { location.hash = '#/big'; }, { kind: 'primary', id: 'big' })),
    errorBox, kpis,
    h('div.grid', { style: { marginTop: '16px' } }, card(t('ov.throughput'), throughputEl, { actions: controls, id: 'throughput' })),
    h('div.grid.three', { style: { marginTop: '16px' } },
      card(t('ov.flows'), flowsBox, { flush: true, id: 'flows', sub: t('ov.last30') }),
      card(t('ov.reasons'), reasonsBox, { id: 'reasons', sub: t('ov.last30') })),
    h('div.grid.two', { style: { marginTop: '16px' } },
      card(t('ov.utilisation'), utilEl, { id: 'utilisation', sub: t('ov.last24') }),
      card(t('ov.backlog'), backlogBox, { flush: true, id: 'backlog' })));

  const throughput = chart(throughputEl);
  const util = chart(utilEl);
  const chartsLoaded = whileLoading(throughputEl, utilEl);

  function drawThroughput() {
    const d = state.data;
    if (!d) return;
    const hourly = state.period === 'hour';
    const labels = hourly ? d.trends.hours.map(hourLabel) : d.trends.days.map(dayLabel);
    let series;
    if (state.by === 'total') {
      const buckets = hourly ? d.overview.perHour : d.overview.perDay;
      // success green and failure red, whatever the palette's order
      series = [{ name: t('ov.successful'), data: buckets.map(b => b.successful), color: '#16a34a' },
        { name: t('ov.failed'), data: buckets.map(b => b.items - b.successful), color: '#dc2626' }];
    } else {
      const src = state.by === 'flow' ? (hourly ? d.trends.hourlyByFlow : d.trends.dailyByFlow)
        : (hourly ? d.trends.hourlyByRobot : d.trends.dailyByRobot);
      series = src.map(s => ({ name: s.label, data: s.items }));
    }
    stackedBars(throughput, labels, series);
  }

  async function load() {
    try {
      const [overview, trends] = await Promise.all([api.get('/overview'), api.get('/overview/trends')]);
      state.data = { overview, trends };
      mount(errorBox);
      drawKpis(kpis, overview, trends);
      drawThroughput();
      drawFlows(flowsBox, trends);
      drawReasons(reasonsBox, overview);
      drawBacklog(backlogBox, overview);
      const robots = trends.robots.filter(r => r.status !== 'RETIRED');
      hbars(util, robots.map(r => r.name), robots.map(r => Math.round(r.utilisation * 1000) / 10), { unit: '%', max: 100 });
      chartsLoaded(true);
    } catch (e) {
      mount(errorBox, problemAlert(e));
      chartsLoaded(false);
      stopLoading(kpis, reasonsBox, flowsBox, backlogBox);
    }
  }

  load();
  const reload = throttled(load, 2500);
  const off = onChange(c => { if (c.items || c.robots || c.jobs.length || c.queues) reload(); });
  return () => { off(); throughput.dispose2(); util.dispose2(); };
}

function drawKpis(box, o, tr) {
  const r = o.robots;
  const ready = o.backlog.reduce((s, b) => s + b.ready, 0);
  const inProgress = o.backlog.reduce((s, b) => s + b.inProgress, 0);
  const todayRate = o.items.today ? o.items.todaySuccessful / o.items.today : null;
  mount(box,
    kpi(t('ov.robots'), num(r.online), { id: 'robots-online', tone: 'accent', unit: t('ov.online'),
      foot: h('div.robot-split',
        h('span', h('b', { 'data-value': 'robots-busy' }, num(r.busy)), t('ov.busy')),
        h('span', h('b', { 'data-value': 'robots-idle' }, num(r.idle)), t('ov.idle')),
        h('span', h('b', { 'data-value': 'robots-offline' }, num(r.offline)), t('ov.offline'))) }),
    kpi(t('ov.itemsToday'), num(o.items.today), { id: 'items-today', tone: 'accent',
      foot: [h('span', t('ov.total') + ' ', h('b', { 'data-value': 'items-total' }, num(o.items.total)))] }),
    kpi(t('ov.successRate'), pct(o.items.successRate), { id: 'success-rate', tone: 'ok',
      foot: [h('span', t('ov.today') + ' ', h('b', { 'data-value': 'success-today' }, pct(todayRate)))] }),
    kpi(t('ov.savedMonth'), num(tr.month.minutesSaved), { id: 'saved-month', tone: 'ok', unit: t('unit.minutes'),
      foot: [h('span', { 'data-value': 'saved-month-hours' }, num(tr.month.hoursSaved, 1) + ' ' + t('unit.hours')),
        h('span', { 'data-value': 'saved-fte' }, num(o.timeSaved.fullTimeEquivalents, 2) + ' ' + t('unit.fte')),
        h('span', t('ov.total') + ' ', h('b', { 'data-value': 'saved-total' }, num(o.timeSaved.totalMinutes)), ' ' + t('unit.minutes'))] }),
    kpi(t('ov.backlogTitle'), num(ready), { id: 'backlog', tone: ready > 0 ? 'warn' : 'accent',
      foot: [h('span', t('ov.inProgress') + ' ', h('b', { 'data-value': 'backlog-in-progress' }, num(inProgress)))] }),
    kpi(t('ov.sla'), num(o.slaRisk.items + o.slaRisk.jobs), { id: 'sla-risk', tone: o.slaRisk.items + o.slaRisk.jobs > 0 ? 'bad' : 'ok',
      foot: [h('span', t('ov.slaItems', { n: num(o.slaRisk.items) })), h('span', t('ov.slaJobs', { n: num(o.slaRisk.jobs) })),
        h('a', { href: '#/overview/sla-risk', 'data-action': 'sla-list' }, t('sla.open'))] }),
    kpi(t('ov.utilisation'), pct(tr.utilisation.ratio), { id: 'utilisation', tone: 'accent',
      foot: [h('span', t('ov.last24'))] }));
}

function drawFlows(box, tr) {
  const failed = f => f.businessFailed + f.systemFailed;
  const worst = tr.flows.reduce((w, f) => (failed(f) > (w ? failed(w) : 0) ? f : w), null);
  mount(box, table([
    { label: t('col.flow'), value: f => [h('a', { href: '#/flows/' + encodeURIComponent(f.flow) }, f.flow),
      f === worst ? [' ', h('span.badge.warn', { 'data-worst': f.flow }, t('ov.failsMost'))] : null] },
    { label: t('ov.itemsToday'), num: true, value: f => num(f.itemsToday) },
    { label: t('col.items30'), num: true, value: f => num(f.items) },
    { label: t('ov.successRate'), num: true, value: f => pct(f.successRate) },
    { label: t('col.businessFailed'), num: true, value: f => num(f.businessFailed) },
    { label: t('col.systemFailed'), num: true, value: f => num(f.systemFailed) },
    { label: t('col.savedMonth'), num: true, value: f => num(f.minutesSavedThisMonth) },
  ], tr.flows, { id: 'flows', empty: t('ov.noItems') }));
}

function drawReasons(box, o) {
  if (!o.topFailureReasons.length) return mount(box, h('div.empty', t('ov.noFailures')));
  const max = Math.max(...o.topFailureReasons.map(r => r.count));
  mount(box, h('div.bars', { 'data-list': 'reasons' }, o.topFailureReasons.map(r => h('div.bar-row',
    h('div', h('div.wrap', { title: r.reason }, r.reason), h('div.track', h('div', { style: { width: (100 * r.count / max) + '%' } }))),
    h('div.num', { style: { textAlign: 'right' } }, num(r.count))))));
}

function drawBacklog(box, o) {
  mount(box, table([
    { label: t('col.queue'), value: b => h('a', { href: '#/queues/' + encodeURIComponent(b.queue) }, b.queue) },
    { label: t('col.ready'), num: true, value: b => num(b.ready) },
    { label: t('col.inProgress'), num: true, value: b => num(b.inProgress) },
  ], o.backlog, { id: 'backlog', empty: t('ov.noQueues') }));
}
