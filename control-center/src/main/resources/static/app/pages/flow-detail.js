// One flow: its versions, the chosen version's YAML (highlighted), what it needs, which version is live, and
// who may start it.
import { h, mount } from '../dom.js';
import { t, num, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, pageHead, problemAlert, button, props, act } from '../ui.js';
import { may } from '../session.js';
import { codeView } from './code.js';
import { publishDialog } from './flows.js';
import { sharingCard } from './sharing.js';

export function render(el, [name]) {
  const path = '/flows/' + encodeURIComponent(name);
  let chosen = null;

  async function load() {
    try {
      const [flow, versions] = await Promise.all([api.get(path), api.get(path + '/versions')]);
      chosen = chosen ?? flow.liveVersion ?? flow.latestVersion;
      const v = await api.get(`${path}/versions/${chosen}`);
      const d = v.descriptor;
      const makeLive = may.admin() && !v.live ? button(t('flows.setLive', { v: v.version }), async () => {
        await act(() => api.put(path + '/live', { version: v.version }), t('common.done'));
        load();
      }, { id: 'set-live' }) : null;
      mount(el,
        pageHead(h('span', flow.name, ' ', flow.liveVersion ? h('span.badge.ok', t('flows.liveIs', { v: flow.liveVersion })) : null), flow.description,
          h('a.btn', { href: '#/flows' }, t('common.back')), h('a.btn', { href: '#/runs?flow=' + encodeURIComponent(name) }, t('flows.runs')),
          may.admin() ? button(t('flows.newVersion'), () => publishDialog(v.source), { id: 'new-version' }) : null, makeLive),
        h('div.grid.three',
          card(t('flows.sourceOf', { v: v.version }), codeView(v.source), { id: 'source', sub: v.contentHash.slice(0, 12) }),
          h('div.grid', { style: { alignContent: 'start' } },
            card(t('flows.versions'), table([
              { label: t('flows.version'), value: x => h('button.link', { type: 'button', 'data-version': x.version,
                'aria-current': x.version === v.version ? 'true' : null, onclick: () => { chosen = x.version; load(); } }, 'v' + x.version) },
              { label: '', value: x => x.live ? h('span.badge.ok', t('flows.live')) : '' },
              { label: t('flows.published'), value: x => time(x.publishedAt) },
              { label: t('flows.by'), value: x => x.publishedBy || '—' },
            ], versions, { id: 'versions' }), { flush: true }),
            card(t('flows.needs'), props([
              [t('flows.manualMinutes'), num(d.manualMinutesPerItem, 1)],
              [t('flows.systems'), d.systems.map(s => h('div', h('b', s.name), ` · ${s.credential || '—'} · ${t('flows.sessions', { n: s.maxSessions })}`))],
              [t('nav.credentials'), d.credentials.length ? d.credentials.map(c => h('span.tag', c)) : null],
              [t('flows.input'), inputText(d.input)],
              [t('flows.placements'), d.placements.map(p => h('span.tag', t('placement.' + p)))],
              [t('run.outputs'), d.outputs.length ? d.outputs.map(o => h('span.tag', o)) : null],
            ]), { id: 'needs' }),
            sharingCard(name))));
    } catch (e) {
      mount(el, problemAlert(e));
    }
  }
  load();
}

export function inputText(input) {
  if (!input) return '—';
  if (input.kind === 'queue') return [t('flows.inputQueue') + ' ', h('a', { href: '#/queues/' + encodeURIComponent(input.queue) }, input.queue)];
  if (input.kind === 'file') return t('flows.inputFile', { f: input.format });
  if (input.kind === 'form') return t('flows.inputForm', { n: input.fields.length });
  return t('flows.inputNone');
}
