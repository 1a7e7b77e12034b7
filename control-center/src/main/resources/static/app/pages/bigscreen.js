// 大屏: the overview for a wall display — dark, large numbers, no navigation, live; F or the button goes full screen.
import { h, mount } from '../dom.js';
import { t, num, pct, hourLabel, dayLabel } from '../i18n.js';
import { api } from '../api.js';
import { chart, stackedBars, hbars, ring, PALETTE } from '../charts.js';
import { onChange, throttled } from '../live.js';
import { problemAlert, loading, whileLoading } from '../ui.js';

export function render(el) {
  const clock = h('div.clock');
  const kpis = h('div.big-kpis', loading('big'));
  const panels = {};
  const panel = (id, title, cls) => {
    const c = h('div.chart', { 'data-chart': id });
    panels[id] = c;
    return h('div.big-panel', { style: cls }, h('h2', title), c);
  };
  const full = () => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.())?.catch?.(() => {});
  mount(el, h('div.big', { 'data-page': 'big' },
    h('div.big-head', h('h1', t('big.title')), clock),
    kpis,
    h('div.big-grid',
      panel('hourly', t('big.hourly'), { gridRow: 'span 1' }),
      panel('util', t('ov.utilisation')),
      panel('rate', t('ov.successRate')),
      panel('daily', t('big.daily')),
      panel('flows', t('big.savedByFlow')),
      panel('reasons', t('ov.reasons'))),
    h('div.big-exit', h('button.btn.small', { onclick: full }, t('big.fullscreen')), ' ',
      h('a.btn.small', { href: '#/overview' }, t('big.exit')))));

  const charts = Object.fromEntries(Object.entries(panels).map(([k, v]) => [k, chart(v, true)]));
  const chartsLoaded = whileLoading(...Object.values(panels));
  const tick = () => { clock.textContent = new Date().toLocaleString(document.documentElement.lang); };
  tick();
  const timer = setInterval(tick, 1000);
  const onKey = e => { if (e.key === 'f' || e.key === 'F') full(); };
  document.addEventListener('keydown', onKey);

  async function load() {
    const [o, tr] = await Promise.all([api.get('/overview'), api.get('/overview/trends')]);
    const ready = o.backlog.reduce((s, b) => s + b.ready, 0);
    const big = (label, value, unit, id) => h('div.big-kpi', h('div.label', label), h('div.value', { 'data-value': id }, value, unit ? h('small', unit) : null));
    mount(kpis,
      big(t('ov.robotsOnline'), num(o.robots.online), `${t('ov.busy')} ${num(o.robots.busy)}`, 'robots-online'),
      big(t('ov.itemsToday'), num(o.items.today), null, 'items-today'),
      big(t('big.itemsTotal'), num(o.items.total), null, 'items-total'),
      big(t('ov.savedMonth'), num(tr.month.hoursSaved, 1), t('unit.hours'), 'saved-month'),
      big(t('big.fte'), num(o.timeSaved.fullTimeEquivalents, o.timeSaved.fullTimeEquivalents < 10 ? 2 : 1), t('unit.people'), 'fte'),
      big(t('ov.backlogTitle'), num(ready), o.slaRisk.items ? `${t('ov.sla')} ${num(o.slaRisk.items)}` : null, 'backlog'));
    const flowsTop = tr.hourlyByFlow.slice(0, 6);
    stackedBars(charts.hourly, tr.hours.map(hourLabel), flowsTop.map(s => ({ name: s.label, data: s.items })), { line: true });
    stackedBars(charts.daily, tr.days.map(dayLabel), [{ name: t('ov.successful'), data: o.perDay.map(b => b.successful), color: '#22c55e' },
      { name: t('ov.failed'), data: o.perDay.map(b => b.items - b.successful), color: '#f87171' }]);
    const robots = tr.robots.filter(r => r.status !== 'RETIRED').slice(0, 12);
    hbars(charts.util, robots.map(r => r.name), robots.map(r => Math.round(r.utilisation * 1000) / 10), { unit: '%', max: 100, color: PALETTE[4] });
    ring(charts.rate, o.items.successRate, t('ov.total'));
    hbars(charts.flows, tr.flows.slice(0, 8).map(f => f.flow), tr.flows.slice(0, 8).map(f => Math.round(f.minutesSaved)), { color: PALETTE[1] });
    hbars(charts.reasons, o.topFailureReasons.slice(0, 6).map(r => r.reason.length > 24 ? r.reason.slice(0, 23) + '…' : r.reason),
      o.topFailureReasons.slice(0, 6).map(r => r.count), { color: '#f87171' });
    chartsLoaded(true);
  }

  load().catch(e => { mount(kpis, problemAlert(e)); chartsLoaded(false); });
  const reload = throttled(() => load().catch(() => {}), 3000);
  const off = onChange(c => { if (c.items || c.robots || c.jobs.length) reload(); });
  const poll = setInterval(reload, 60000);
  return () => {
    off(); clearInterval(timer); clearInterval(poll);
    document.removeEventListener('keydown', onKey);
    Object.values(charts).forEach(c => c.dispose2());
  };
}
