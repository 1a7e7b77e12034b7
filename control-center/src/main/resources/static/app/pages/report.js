// A run's report for the clerk: printable summary and the result table as the orchestrator builds it (the flow's
// labels, the same table as the result file), and the result file itself (xlsx or CSV) — at any time, from the run
// page and from the clerk's own start page.
import { h, mount } from '../dom.js';
import { t, time, lang } from '../i18n.js';
import { api } from '../api.js';
import { modal, button, table, problemAlert } from '../ui.js';
import { itemCounts } from './run-parts.js';

/** The result file's address (the server writes it in the user's language). */
export function resultFile(job, format) {
  return `/api/v1/jobs/${job.id}/result.${format}?lang=${lang() === 'en' ? 'en' : 'zh'}`;
}

/** Links that download the run's result file, as Excel and as CSV. */
export function resultLinks(job) {
  return [
    h('a.btn', { href: resultFile(job, 'xlsx'), download: `${job.flowName}-${job.id}.xlsx`, 'data-action': 'xlsx' }, t('start.xlsx')),
    h('a.btn', { href: resultFile(job, 'csv'), download: `${job.flowName}-${job.id}.csv`, 'data-action': 'csv' }, t('start.csv')),
  ];
}

export function openReport(job, items) {
  const c = itemCounts(items);
  modal(t('start.report'), (body, foot, close) => {
    mount(body, h('div.empty', { 'data-loading': 'report' }, t('common.loading')));
    api.get(`/jobs/${job.id}/result`).then(result => mount(body, h('div', { 'data-report': 'run' },
      h('h2', `${job.flowName} v${job.flowVersion} · #${job.id}`),
      h('p.muted', `${time(job.startedAt || job.createdAt)} → ${time(job.finishedAt)} · ${job.startedBy || ''}`),
      h('div.alert', { class: c.failed ? 'warn' : 'ok' }, t('start.result', { ok: c.ok, failed: c.failed })),
      table(result.columns.map((label, n) => ({ label, wrap: n > 0, value: row => row[n] })), result.rows))))
      .catch(e => mount(body, problemAlert(e)));
    mount(foot, ...resultLinks(job), button(t('start.print'), () => window.print()),
      button(t('common.close'), () => close(), { kind: 'primary' }));
  }, { wide: true });
}
