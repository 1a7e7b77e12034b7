// ECharts (from the webjar, loaded by index.html) with the control center's look; charts resize with their box
// and are disposed when the page goes.
import { esc } from './dom.js';
import { loadScript, ECHARTS } from './scripts.js';

export const PALETTE = ['#2563eb', '#16a34a', '#f59e0b', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#ea580c',
  '#4f46e5', '#0d9488', '#9333ea', '#ca8a04'];

const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/**
 * A chart in {@code el}. ECharts (1 MB) loads on first use, so a page shows its numbers first; options set
 * before it arrives are applied when it does.
 */
export function chart(el, dark = false) {
  const c = { dark, inst: null, pending: null, disposed: false, ro: null };
  c.setOption = (option, notMerge) => { if (c.inst) c.inst.setOption(option, notMerge); else c.pending = [option, notMerge]; };
  c.dispose2 = () => { c.disposed = true; c.ro?.disconnect(); c.inst?.dispose(); };
  loadScript(ECHARTS).then(() => {
    if (c.disposed) return;
    c.inst = window.echarts.init(el, null, { renderer: 'canvas' });
    c.ro = new ResizeObserver(() => c.inst.resize());
    c.ro.observe(el);
    if (c.pending) c.inst.setOption(...c.pending);
  });
  return c;
}

function axisStyle(dark) {
  const line = dark ? 'rgba(147,197,253,.18)' : '#e4e8ef';
  const text = dark ? '#93c5fd' : '#667085';
  return { axisLine: { lineStyle: { color: line } }, axisLabel: { color: text, fontFamily: FONT },
    splitLine: { lineStyle: { color: line } }, axisTick: { show: false } };
}

/** Stacked bars (or one bar series) over category labels. series: [{ name, data, color? }] */
export function stackedBars(c, labels, series, opts = {}) {
  const ax = axisStyle(c.dark);
  c.setOption({
    color: PALETTE, animationDuration: 400, textStyle: { fontFamily: FONT },
    grid: { left: 44, right: 16, top: series.length > 1 ? 36 : 16, bottom: 28 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: v => String(v),
      formatter: ps => esc(ps[0]?.axisValueLabel) + '<br>' + ps.filter(p => p.value).map(p => `${p.marker}${esc(p.seriesName)}: <b>${p.value}</b>`).join('<br>') },
    legend: series.length > 1 ? { type: 'scroll', top: 0, textStyle: { color: c.dark ? '#bfdbfe' : '#475467' } } : { show: false },
    xAxis: { type: 'category', data: labels, ...ax, splitLine: { show: false } },
    yAxis: { type: 'value', minInterval: 1, ...ax, axisLine: { show: false } },
    series: series.map(s => ({ name: s.name, type: opts.line ? 'line' : 'bar', stack: opts.line ? undefined : 'all',
      data: s.data, barMaxWidth: 26, smooth: true, showSymbol: false, itemStyle: s.color ? { color: s.color } : undefined,
      areaStyle: opts.line ? { opacity: .12 } : undefined, emphasis: { focus: 'series' } })),
  }, true);
}

/** Horizontal bars, e.g. utilisation per robot (values 0–100). */
export function hbars(c, labels, values, opts = {}) {
  const ax = axisStyle(c.dark);
  c.setOption({
    textStyle: { fontFamily: FONT }, grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: ps => `${esc(ps[0].name)}: <b>${ps[0].value}${opts.unit || ''}</b>` },
    xAxis: { type: 'value', max: opts.max, splitNumber: opts.max ? undefined : 4, ...ax,
      axisLabel: { ...ax.axisLabel, hideOverlap: true, formatter: v => v + (opts.unit || '') } },
    yAxis: { type: 'category', data: labels, inverse: true, ...ax, splitLine: { show: false } },
    series: [{ type: 'bar', data: values, barMaxWidth: 16, itemStyle: { color: opts.color || PALETTE[0], borderRadius: [0, 4, 4, 0] },
      label: { show: true, position: 'right', color: c.dark ? '#e6edf7' : '#475467', formatter: p => p.value + (opts.unit || '') } }],
  }, true);
}

/** A ring gauge for a ratio 0–1. */
export function ring(c, ratio, label) {
  c.setOption({
    series: [{ type: 'gauge', startAngle: 90, endAngle: -270, radius: '90%', pointer: { show: false },
      progress: { show: true, roundCap: true, width: 12, itemStyle: { color: PALETTE[1] } },
      axisLine: { lineStyle: { width: 12, color: [[1, c.dark ? 'rgba(147,197,253,.15)' : '#eef1f6']] } },
      splitLine: { show: false }, axisTick: { show: false }, axisLabel: { show: false },
      title: { offsetCenter: [0, '30%'], color: c.dark ? '#93c5fd' : '#667085', fontSize: 13, fontFamily: FONT },
      detail: { offsetCenter: [0, '-8%'], fontSize: 26, fontWeight: 700, color: c.dark ? '#fff' : '#1c2433', formatter: v => v.toFixed(1) + '%' },
      data: [{ value: Math.round(ratio * 1000) / 10, name: label }] }],
  }, true);
}
