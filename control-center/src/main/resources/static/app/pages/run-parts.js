// Pieces of a run shown on the run detail and on the clerk's page: step timeline, items, outputs, errors with
// screenshots, journal.
import { h, mount } from '../dom.js';
import { t, time, duration, num } from '../i18n.js';
import { table, badge, modal } from '../ui.js';

/**
 * The step timeline: each step (STEP_END event) as a bar on the run's time axis. A run of many items repeats
 * its steps, so beyond 40 steps the same axis shows each step path once: time spent in it, count, mean, longest.
 */
export function timeline(events) {
  const ends = events.filter(e => e.kind === 'STEP_END' && e.durationMs != null);
  if (!ends.length) return h('div.empty', t('run.noSteps'));
  return ends.length <= 40 ? stepBars(ends) : stepSummary(ends);
}

function tone(outcome) {
  return outcome === 'system_error' ? 'bad' : outcome === 'business_error' ? 'warn' : null;
}

function stepBars(ends) {
  const spans = ends.map(e => ({ e, end: new Date(e.at).getTime(), start: new Date(e.at).getTime() - e.durationMs }));
  const t0 = Math.min(...spans.map(s => s.start));
  const total = Math.max(1, Math.max(...spans.map(s => s.end)) - t0);
  return h('div.timeline', { 'data-list': 'timeline' }, spans.map(({ e, start }) => h('div.tl-row', { title: `${e.step} · ${duration(e.durationMs)}` },
    h('div.step', e.step || '—'),
    h('div.tl-track', h('div.tl-bar', { class: tone(e.outcome),
      style: { left: (100 * (start - t0) / total) + '%', width: Math.max(0.3, 100 * e.durationMs / total) + '%' } })),
    h('div.num', { style: { textAlign: 'right' } }, duration(e.durationMs)))));
}

function stepSummary(ends) {
  const by = new Map();
  for (const e of ends) {
    const s = by.get(e.step) || { step: e.step, count: 0, total: 0, max: 0, bad: 0, worst: null };
    s.count++; s.total += e.durationMs; s.max = Math.max(s.max, e.durationMs);
    if (e.outcome && e.outcome !== 'ok') { s.bad++; s.worst = s.worst === 'system_error' ? s.worst : e.outcome; }
    by.set(e.step, s);
  }
  const rows = [...by.values()];
  const most = Math.max(1, ...rows.map(r => r.total));
  return h('div.timeline', { 'data-list': 'timeline' },
    h('div.muted', { style: { fontSize: '12px', marginBottom: '4px' } }, t('run.stepSummary', { n: ends.length })),
    rows.map(r => h('div.tl-row.sum', { title: r.step },
      h('div.step', r.step || '—'),
      h('div.tl-track', h('div.tl-bar', { style: { left: 0, width: Math.max(0.5, 100 * r.total / most) + '%' } }),
        r.bad ? h('div.tl-bar', { class: tone(r.worst), style: { left: 0, width: Math.max(0.5, 100 * r.total / most * r.bad / r.count) + '%' } }) : null),
      h('div.num', { style: { textAlign: 'right' } }, t('run.stepStats', { n: r.count, avg: duration(Math.round(r.total / r.count)), max: duration(r.max) })))));
}

/** Items the run finished. */
/** A spreadsheet row's reference (robot's copy of the file + ':' + row) reads as the row number the clerk knows. */
export function referenceText(ref) {
  const row = /\.(?:xlsx|xls|csv):(\d+)$/.exec(ref || '');
  return row ? t('run.row', { n: row[1] }) : (ref || '');
}

function reference(ref) {
  return ref ? h('span', { title: ref }, referenceText(ref)) : '—';
}

export function itemsTable(items) {
  return table([
    { label: t('col.reference'), value: i => i.queueItemId ? h('a', { href: '#/items/' + i.queueItemId }, i.reference || '#' + i.queueItemId) : reference(i.reference) },
    { label: t('col.outcome'), value: i => badge(i.outcome) },
    { label: t('col.reason'), wrap: true, value: i => i.reason || '' },
    { label: t('col.output'), wrap: true, value: i => values(i.output) },
    { label: t('col.finished'), value: i => time(i.finishedAt) },
  ], items, { id: 'items', empty: t('run.noItems') });
}

/** An item's outputs as name: value lines (what the flow reported, e.g. a receipt number). */
function values(map) {
  const entries = Object.entries(map || {});
  if (!entries.length) return '';
  return h('dl.props', { 'data-list': 'item-output' }, entries.map(([k, v]) => [h('dt', k),
    h('dd', v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))]));
}

/** Item counts: done / ok (of which nothing changed) / failed. */
export function itemCounts(items) {
  const ok = items.filter(i => i.outcome === 'SUCCESSFUL' || i.outcome === 'UNCHANGED').length;
  const unchanged = items.filter(i => i.outcome === 'UNCHANGED').length;
  return { total: items.length, ok, unchanged, failed: items.length - ok };
}

/** The job's declared outputs and counters, as the robot reported them at the end. */
export function outputs(result) {
  if (!result || !Object.keys(result).length) return h('div.empty', t('run.noOutputs'));
  return h('dl.props', { 'data-list': 'outputs' }, Object.entries(result).map(([k, v]) => [h('dt', k),
    h('dd', typeof v === 'object' ? h('code', JSON.stringify(v)) : String(v))]));
}

export function screenshotUrl(jobId, ref) {
  return '/api/v1/jobs/' + encodeURIComponent(jobId) + '/screenshots/' + encodeURIComponent(ref);
}

/** Errors (ERROR events and failed steps), each with its screenshot when the robot sent one. */
function failedEvents(events) {
  return events.filter(e => e.kind === 'ERROR' || (e.kind === 'STEP_END' && e.outcome && e.outcome !== 'ok')
    || (e.kind === 'LOG' && e.level === 'ERROR'));
}

export function errorCount(events, job) {
  return failedEvents(events).length || (job?.failureMessage ? 1 : 0);
}

export function errors(jobId, events, job) {
  const bad = failedEvents(events);
  const rows = bad.map(e => h('div.err-card', { 'data-error': e.seq },
    h('div', { style: { display: 'flex', gap: '8px', alignItems: 'center' } },
      e.outcome ? badge(e.outcome, t('outcome.' + e.outcome)) : badge('ERROR', t('state.ERROR')),
      h('code', e.step || ''), h('span.faint', time(e.at))),
    h('div', { style: { marginTop: '6px' } }, e.message || ''),
    e.screenshot ? shot(jobId, e.screenshot, e.step) : null));
  if (job?.failureMessage && !rows.length) rows.push(h('div.alert.bad', job.failureMessage));
  return rows.length ? h('div.err-grid', rows) : h('div.empty', t('run.noErrors'));
}

function shot(jobId, ref, caption) {
  const url = screenshotUrl(jobId, ref);
  return h('figure', { style: { margin: '10px 0 0' } },
    h('img', { src: url, alt: caption || ref, 'data-screenshot': ref,
      style: { width: '100%', border: '1px solid var(--line)', borderRadius: '6px', cursor: 'zoom-in' },
      onclick: () => zoom(url, caption || ref) }));
}

export function screenshots(jobId, refs) {
  if (!refs.length) return h('div.empty', t('run.noScreenshots'));
  return h('div.shots', refs.map(r => h('figure',
    h('img', { src: screenshotUrl(jobId, r.ref), alt: r.ref, loading: 'lazy', onclick: () => zoom(screenshotUrl(jobId, r.ref), r.ref) }),
    h('figcaption', r.ref))));
}

function zoom(url, caption) {
  modal(caption, body => mount(body, h('img', { src: url, alt: caption, style: { width: '100%' } })), { wide: true });
}

/** Every event as a line: time, kind, step, message. */
export function journal(events) {
  if (!events.length) return h('div.empty', t('run.noEvents'));
  return h('div.journal', { 'data-list': 'journal' }, events.map(e => h('div', { class: 'lvl-' + (e.level || (e.kind === 'ERROR' ? 'ERROR' : 'INFO')) },
    h('span.t', time(e.at).slice(11)), h('span', e.kind.padEnd(10, ' ')), ' ',
    e.step ? h('span', e.step + ' ') : null, e.message || '', e.durationMs != null ? h('span.t', ' ' + duration(e.durationMs)) : null)));
}

/** Progress from ITEM_END events when the run's total is known (a spreadsheet's rows). */
export function progress(done, total) {
  const ratio = total ? Math.min(1, done / total) : 0;
  return h('div', { 'data-progress': `${done}/${total || '?'}` },
    h('div', { style: { display: 'flex', justifyContent: 'space-between', fontSize: '12.5px', marginBottom: '6px' } },
      h('span', t('run.itemsDone', { done: num(done), total: total ? num(total) : '?' })),
      h('span.muted', total ? Math.round(ratio * 100) + '%' : '')),
    h('div.progress', h('div', { style: { width: (ratio * 100) + '%' } })));
}
