// 计划: cron and queue-trigger schedules; create, pause/resume, delete; upload a working-day calendar.
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { cronInWords, timeIn } from '../cron.js';
import { card, table, badge, pageHead, problemAlert, button, modal, field, act, confirmDialog, loading } from '../ui.js';
import { may } from '../session.js';

export function render(el) {
  const box = h('div', loading());
  mount(el, pageHead(t('nav.schedules'), t('sched.sub'),
    may.admin() ? button(t('sched.calendar'), calendarDialog, { id: 'calendar' }) : null,
    may.admin() ? button(t('sched.create'), () => createDialog(load), { kind: 'primary', id: 'create-schedule' }) : null),
  card(null, box, { flush: true }));

  async function load() {
    try {
      const list = await api.get('/schedules');
      mount(box, table([
        { label: t('col.name'), value: s => s.name },
        { label: t('sched.kind'), value: s => badge(s.kind === 'CRON' ? 'ASSIGNED' : 'NEW', t('sched.kind.' + s.kind)) },
        { label: t('col.flow'), value: s => h('a', { href: '#/flows/' + encodeURIComponent(s.flow) }, s.flow) },
        { label: t('sched.when'), wrap: true, value: s => s.kind === 'CRON'
          ? h('span', { 'data-cron': s.cron }, cronInWords(s.cron) ?? '', ' ', h('code.faint', s.cron))
          : t('sched.whileQueue', { q: s.queue, n: s.maxJobs }) },
        { label: t('sched.zone'), value: s => s.timeZone + (s.calendar ? ' · ' + s.calendar : '') },
        { label: t('sched.runsFor'), value: s => s.createdBy || t('sched.nobody') },
        { label: t('col.priority'), num: true, value: s => String(s.priority) },
        // the schedule's own time zone, as its cron means it, not the browser's
        { label: t('sched.next'), value: s => s.paused ? badge('PAUSED')
          : h('span', { 'data-next': s.name }, timeIn(s.nextFireTime, s.timeZone), ' ', h('span.faint', t('sched.nextIn', { zone: s.timeZone }))) },
        { label: '', value: s => may.admin() ? h('span',
          button(s.paused ? t('sched.resume') : t('sched.pause'), async () => {
            await act(() => api.post(`/schedules/${s.id}/${s.paused ? 'resume' : 'pause'}`), t('common.done')); load();
          }, { kind: 'small', id: s.paused ? 'resume' : 'pause' }), ' ',
          button(t('common.delete'), async () => {
            if (await confirmDialog(t('common.delete'), t('sched.deleteText', { name: s.name }), t('common.delete'))) {
              await act(() => api.del('/schedules/' + s.id), t('common.done')); load();
            }
          }, { kind: 'small danger', id: 'delete' })) : '' },
      ], list, { id: 'schedules', empty: t('sched.none') }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  load();
}

async function createDialog(done) {
  const flows = await api.get('/flows').catch(() => []);
  modal(t('sched.create'), (body, foot, close) => {
    const name = h('input', { type: 'text', name: 'name' });
    const flow = h('select', { name: 'flow' }, flows.map(f => h('option', { value: f.name }, f.name)));
    const kind = h('select', { name: 'kind' }, h('option', { value: 'CRON' }, t('sched.kind.CRON')), h('option', { value: 'QUEUE' }, t('sched.kind.QUEUE')));
    const cron = h('input', { type: 'text', name: 'cron', value: '0 0 9 ? * MON-FRI' });
    const queue = h('input', { type: 'text', name: 'queue' });
    const maxJobs = h('input', { type: 'number', name: 'maxJobs', value: 1, min: 1 });
    const calendar = h('input', { type: 'text', name: 'calendar' });
    const priority = h('input', { type: 'number', name: 'priority', value: 5, min: 1, max: 10 });
    const cronBox = h('div', field(t('sched.cron'), cron, { hint: t('sched.cronHint') }), field(t('sched.calendarName'), calendar));
    const queueBox = h('div.hidden', h('div.form-grid', field(t('col.queue'), queue), field(t('sched.maxJobs'), maxJobs)));
    kind.addEventListener('change', () => { cronBox.classList.toggle('hidden', kind.value !== 'CRON'); queueBox.classList.toggle('hidden', kind.value !== 'QUEUE'); });
    const err = h('div');
    mount(body, err, h('div.form-grid', field(t('col.name'), name, { required: true }), field(t('col.flow'), flow, { required: true }),
      field(t('sched.kind'), kind), field(t('col.priority'), priority)), cronBox, queueBox);
    mount(foot, button(t('common.cancel'), () => close()), button(t('common.create'), async () => {
      const cronKind = kind.value === 'CRON';
      try {
        await api.post('/schedules', { name: name.value.trim(), kind: kind.value, flow: flow.value,
          cron: cronKind ? cron.value : null, calendar: cronKind && calendar.value ? calendar.value : null,
          queue: cronKind ? null : queue.value, maxJobs: cronKind ? null : Number(maxJobs.value), priority: Number(priority.value) });
        close(); done();
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary', id: 'save' }));
  });
}

function calendarDialog() {
  modal(t('sched.calendar'), (body, foot, close) => {
    const name = h('input', { type: 'text', name: 'name', value: 'cn-workdays' });
    const file = h('input', { type: 'file', accept: '.txt,.csv' });
    const out = h('div');
    mount(body, h('p.muted', t('sched.calendarHint')), field(t('col.name'), name, { required: true }), file, out);
    mount(foot, button(t('common.close'), () => close()), button(t('queues.upload'), async () => {
      if (!file.files[0]) return;
      try {
        const r = await api.put('/calendars/' + encodeURIComponent(name.value.trim()), await file.files[0].text(), { contentType: 'text/plain' });
        mount(out, h('div.alert.ok', t('sched.calendarOk', { holidays: r.holidays ?? '?', workdays: r.workdays ?? '?' })));
      } catch (e) { mount(out, problemAlert(e)); }
    }, { kind: 'primary' }));
  });
}
