// A run's report for the clerk: printable summary and per-row results, and the same rows as CSV.
import { h, mount } from '../dom.js';
import { t, time } from '../i18n.js';
import { modal, button, table, badge } from '../ui.js';
import { itemCounts, referenceText } from './run-parts.js';

export function openReport(job, items) {
  const c = itemCounts(items);
  modal(t('start.report'), (body, foot, close) => {
    mount(body, h('div', { 'data-report': 'run' },
      h('h2', `${job.flowName} v${job.flowVersion} · #${job.id}`),
      h('p.muted', `${time(job.startedAt || job.createdAt)} → ${time(job.finishedAt)} · ${job.startedBy || ''}`),
      h('div.alert', { class: c.failed ? 'warn' : 'ok' }, t('start.result', { ok: c.ok, failed: c.failed })),
      table([
        { label: t('col.reference'), value: i => referenceText(i.reference) },
        { label: t('col.outcome'), value: i => badge(i.outcome) },
        { label: t('col.reason'), wrap: true, value: i => i.reason || '' },
        { label: t('col.finished'), value: i => time(i.finishedAt) },
      ], items)));
    mount(foot, button(t('start.csv'), () => downloadCsv(job, items)), button(t('start.print'), () => window.print()),
      button(t('common.close'), () => close(), { kind: 'primary' }));
  }, { wide: true });
}

/** A cell as CSV; a leading = + - @ is quoted away so that a spreadsheet never runs it as a formula. */
function cell(v) {
  let s = v == null ? '' : String(v);
  if (/^[=+\-@]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function downloadCsv(job, items) {
  const head = [t('col.reference'), t('col.outcome'), t('col.reason'), t('col.finished')];
  const rows = items.map(i => [referenceText(i.reference), t('state.' + i.outcome), i.reason, time(i.finishedAt)]);
  const csv = '\ufeff' + [head, ...rows].map(r => r.map(cell).join(',')).join('\r\n');
  const a = h('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), download: `${job.flowName}-${job.id}.csv` });
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
