// Start a robot: a form generated from the flow's declared inputs (fields, or a spreadsheet uploaded first),
// then the run's live progress, and at the end its result, per-row report and a CSV of it.
import { h, mount } from '../dom.js';
import { t, num } from '../i18n.js';
import { api, ApiError } from '../api.js';
import { card, pageHead, problemAlert, button, badge, field, table } from '../ui.js';
import { onChange, throttled } from '../live.js';
import { itemsTable, outputs, progress, itemCounts } from './run-parts.js';
import { resultLinks, openReport } from './report.js';
import { myFlows } from './sharing.js';

const DONE = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

export function render(el, [name]) {
  const formBox = h('div');
  const runBox = h('div');
  mount(el, h('div', { 'data-page': 'start' }), formBox, runBox);
  let off = null;

  (async () => {
    try {
      const flow = (await myFlows()).find(f => f.name === name);
      if (!flow) return mount(formBox, h('div.alert.bad', t('start.notShared', { name })));
      drawForm(flow, { input: flow.input, manualMinutesPerItem: flow.manualMinutesPerItem }, flow.fixedInputs || {});
    } catch (e) {
      mount(formBox, problemAlert(e));
    }
  })();

  function drawForm(flow, d, fixed) {
    const inputs = {};
    const err = h('div');
    const parts = [];
    let file = null;
    if (d.input.kind === 'form') {
      for (const f of d.input.fields) parts.push(formField(f, inputs, fixed[f.name]));
    } else if (d.input.kind === 'file') {
      parts.push(fileField(d.input.format, uploaded => { file = uploaded; }));
    } else if (d.input.kind === 'queue') {
      parts.push(h('div.alert.info', t('start.queue', { q: d.input.queue })));
    }
    const start = button(t('mine.start'), async () => {
      mount(err);
      const values = {};
      for (const [k, get] of Object.entries(inputs)) { const v = get(); if (v !== '' && v != null) values[k] = v; }
      if (d.input.kind === 'file') {
        if (!file) return mount(err, h('div.alert.bad', t('start.needFile', { f: d.input.format })));
        values.file = file.id;
      }
      start.disabled = true;
      try {
        const job = await api.post('/jobs', { flow: flow.name, inputs: values });
        watch(job.id, d.input.kind === 'file' ? file.dataRows : d.input.kind === 'form' ? 1 : null);
      } catch (e) {
        start.disabled = false;
        mount(err, problemAlert(e));
        if (e instanceof ApiError) markFields(formBox, e.errors);
      }
    }, { kind: 'primary', id: 'start' });
    mount(formBox, pageHead(h('span', t('start.title', { name: flow.name })), flow.description, h('a.btn', { href: '#/mine' }, t('common.back'))),
      card(t('start.inputs'), h('form', { onsubmit: e => { e.preventDefault(); start.click(); }, 'data-form': 'start' },
        err, h('div.form-grid', parts), h('div', { style: { display: 'flex', gap: '12px', alignItems: 'center' } }, start,
          h('span.muted', t('mine.byHand', { n: num(d.manualMinutesPerItem, 1) }))))));
  }

  function watch(jobId, total) {
    let events = [];
    let lastSeq = 0;
    async function load() {
      const [job, items] = await Promise.all([api.get('/jobs/' + jobId), api.get(`/jobs/${jobId}/items?size=5000`)]);
      const batch = await api.get(`/jobs/${jobId}/events?after=${lastSeq}&limit=2000`);
      events = events.concat(batch);
      if (batch.length) lastSeq = batch[batch.length - 1].seq;
      drawRun(job, items, events, total);
      if (DONE.includes(job.state) && off) { off(); off = null; }
    }
    load().catch(e => mount(runBox, problemAlert(e)));
    const reload = throttled(load, 1000);
    off = onChange(c => {
      if (c.jobs.some(j => j.id === jobId) || c.progress.some(p => p.jobId === jobId)) reload();
    });
  }

  function drawRun(job, items, events, total) {
    const c = itemCounts(items);
    const done = Math.max(c.total, events.filter(e => e.kind === 'ITEM_END').length);
    const current = [...events].reverse().find(e => e.kind === 'STEP_START');
    const finished = DONE.includes(job.state);
    mount(runBox, h('div', { style: { height: '16px' } }), card(t('start.run', { id: job.id }), h('div', { 'data-run-state': job.state },
      h('div', { style: { display: 'flex', gap: '12px', alignItems: 'center', marginBottom: '12px' } }, badge(job.state),
        h('a', { href: '#/runs/' + job.id }, t('start.details')), finished ? null : h('span.muted', current ? t('start.step', { s: current.step }) : t('start.waiting'))),
      progress(finished && !total ? c.total : done, total ?? (finished ? c.total : null)),
      job.failureMessage ? h('div.alert.bad', { style: { marginTop: '12px' } }, job.failureMessage) : null,
      finished ? h('div', { 'data-result': job.state, style: { marginTop: '16px' } },
        h('div.alert', { class: job.state === 'SUCCEEDED' && !c.failed ? 'ok' : 'warn' }, t('start.result', { ok: num(c.ok), failed: num(c.failed) })),
        h('div.toolbar', button(t('start.report'), () => openReport(job, items), { id: 'report' }), ...resultLinks(job)),
        h('h3', { style: { margin: '12px 0 6px' } }, t('run.outputs')), outputs(job.result)) : null),
    { id: 'run' }), finished || items.length ? h('div', { style: { height: '16px' } }) : null,
    items.length ? card(t('start.rows'), itemsTable(items), { flush: true, id: 'rows', sub: t('run.itemCounts', c) }) : null);
  }

  return () => { if (off) off(); };
}

function formField(f, inputs, fixedValue) {
  const label = f.label || f.name;
  let input;
  if (f.type === 'choice') {
    input = h('select', { name: f.name, required: f.required }, h('option', { value: '' }, '—'), (f.choices || []).map(c => h('option', { value: c }, c)));
  } else {
    input = h('input', { name: f.name, required: f.required, type: f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : 'text',
      pattern: f.pattern || null, min: f.min ?? null, max: f.max ?? null });
  }
  if (fixedValue != null) {
    // fixed for this clerk by the flow's share: shown, not changeable
    input.value = String(fixedValue);
    input.disabled = true;
  }
  inputs[f.name] = () => (input.value || '').trim();
  return field(label, input, { required: f.required, name: 'inputs.' + f.name,
    hint: f.pattern ? t('start.pattern', { p: f.pattern }) : (f.min != null || f.max != null) ? t('start.range', { min: f.min ?? '', max: f.max ?? '' }) : null });
}

function fileField(format, onUploaded) {
  const input = h('input', { type: 'file', accept: '.' + format, name: 'file', 'data-input': 'spreadsheet' });
  const out = h('div');
  const zone = h('div.dropzone', h('div', t('start.drop', { f: format })), h('div', { style: { marginTop: '8px' } }, input));
  zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', e => { e.preventDefault(); zone.classList.remove('over'); if (e.dataTransfer.files[0]) upload(e.dataTransfer.files[0]); });
  input.addEventListener('change', () => { if (input.files[0]) upload(input.files[0]); });
  async function upload(f) {
    onUploaded(null);
    mount(out, h('div.muted', t('start.uploading', { name: f.name })));
    const form = new FormData();
    form.append('file', f);
    try {
      const r = await api.post('/job-files', form);
      onUploaded(r);
      mount(out, h('div', { 'data-upload': r.id },
        h('div.alert.ok', t('start.uploaded', { name: r.name, n: num(r.dataRows ?? 0) })),
        r.columns?.length ? table(r.columns.map((c, i) => ({ label: c, value: row => row[i] ?? '' })), r.preview || [], { id: 'preview' }) : null));
    } catch (e) {
      mount(out, problemAlert(e));
    }
  }
  return h('div', { style: { gridColumn: '1 / -1' } }, field(t('start.file', { f: format }), zone, { required: true, name: 'inputs.file' }), out);
}

function markFields(box, errors) {
  for (const e of errors || []) {
    const slot = box.querySelector(`[data-err="${CSS.escape(e.field || '')}"]`);
    if (slot) slot.textContent = e.message + (e.hint ? ' — ' + e.hint : '');
  }
}

