// 流程: published flows with their live and latest versions; publish a new version (administrators), with every
// validation problem shown at its line.
import { h, mount } from '../dom.js';
import { t, num, time } from '../i18n.js';
import { api, ApiError } from '../api.js';
import { card, table, pageHead, problemAlert, button, modal, field, loading } from '../ui.js';
import { may } from '../session.js';
import { codeView, problemLines, problemList } from './code.js';

export function render(el) {
  const box = h('div', loading());
  mount(el, pageHead(t('nav.flows'), t('flows.sub'), may.admin() ? button(t('flows.publish'), () => publishDialog(), { kind: 'primary', id: 'publish' }) : null),
    card(null, box, { flush: true }));
  (async () => {
    try {
      const flows = await api.get('/flows');
      mount(box, table([
        { label: t('col.flow'), value: f => h('a', { href: '#/flows/' + encodeURIComponent(f.name) }, f.name) },
        { label: t('col.description'), wrap: true, value: f => f.description || '' },
        { label: t('flows.live'), value: f => f.liveVersion ? h('span.badge.ok', 'v' + f.liveVersion) : '—' },
        { label: t('flows.latest'), value: f => 'v' + f.latestVersion },
        { label: t('flows.manualMinutes'), num: true, value: f => num(f.manualMinutesPerItem, 1) },
        { label: t('flows.robotSeconds'), num: true, value: f => f.expectedSeconds == null ? '—' : num(f.expectedSeconds, 1) },
        { label: t('col.updated'), value: f => time(f.updatedAt) },
      ], flows, { id: 'flows', empty: t('flows.none'), onRow: f => { location.hash = '#/flows/' + encodeURIComponent(f.name); } }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  })();
}

/** Publish: paste or choose a YAML file; a rejected flow shows each problem and marks its line. */
export function publishDialog(initial = '') {
  modal(t('flows.publish'), (body, foot, close) => {
    const fileInput = h('input', { type: 'file', accept: '.yaml,.yml,.json', 'data-input': 'flow-file', 'aria-label': t('flows.source') });
    const nameInput = h('input', { type: 'text', value: 'flow.yaml', name: 'sourceName' });
    const text = h('textarea', { rows: 16, name: 'source', spellcheck: false, placeholder: 'flow: my-flow\nversion: 1\n…' }, initial);
    const live = h('input', { type: 'checkbox', checked: true, name: 'live' });
    const out = h('div');
    fileInput.addEventListener('change', async () => {
      const f = fileInput.files[0];
      if (f) { text.value = await f.text(); nameInput.value = f.name; }
    });
    const editor = field(t('flows.source'), text);
    const edit = button(t('flows.edit'), () => { mount(out); editor.classList.remove('hidden'); edit.classList.add('hidden'); },
      { kind: 'small hidden', id: 'edit-flow' });
    mount(body, h('div.toolbar', fileInput, h('label', live, ' ', t('flows.makeLive'))),
      field(t('flows.fileName'), nameInput), out, editor);
    mount(foot, edit, button(t('common.cancel'), () => close()), button(t('flows.publish'), async () => {
      try {
        const v = await api.post('/flows', { source: text.value, sourceName: nameInput.value || 'flow.yaml', live: live.checked });
        close();
        location.hash = '#/flows/' + encodeURIComponent(v.name);
      } catch (e) {
        if (e instanceof ApiError && e.errors.length) {
          // the problems, then the source with their lines marked (instead of the editor, until "edit")
          mount(out, h('div', { 'data-result': 'rejected' }, h('div.alert.bad', { role: 'alert' }, h('strong', e.message)),
            problemList(e.errors), h('div', { style: { height: '10px' } }), codeView(text.value, problemLines(e.errors))));
          editor.classList.add('hidden');
          edit.classList.remove('hidden');
        } else {
          mount(out, problemAlert(e));
        }
      }
    }, { kind: 'primary', id: 'submit-flow' }));
  }, { wide: true });
}
