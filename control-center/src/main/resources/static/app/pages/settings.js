// 系统设置: non-secret settings such as the systems' addresses, which flows read as ${env.NAME}.
// A default value for everyone and, optionally, one per robot label; every change is audited.
import { h, mount } from '../dom.js';
import { t, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, pageHead, problemAlert, button, modal, field, act } from '../ui.js';
import { may } from '../session.js';

export function render(el) {
  const box = h('div', h('p.muted', t('common.loading')));
  mount(el, pageHead(t('nav.settings'), t('settings.sub'),
    may.admin() ? button(t('settings.set'), () => setDialog(null, load), { kind: 'primary', id: 'set-setting' }) : null),
    card(null, box, { flush: true }));

  async function load() {
    try {
      const values = await api.get('/settings');
      mount(box, table([
        { label: t('settings.name'), value: s => h('code', s.name) },
        { label: t('settings.scope'), value: s => s.robotLabel ? t('settings.forLabel', { label: s.robotLabel }) : t('settings.forEveryone') },
        { label: t('settings.value'), value: s => h('span.mono', s.value) },
        { label: t('settings.description'), value: s => s.description || '' },
        { label: t('settings.updated'), value: s => `${time(s.updatedAt)} · ${s.updatedBy}` },
        { label: '', value: s => !may.admin() ? '' : h('span',
          button(t('settings.change'), () => setDialog(s, load), { kind: 'small', id: 'change' }),
          button(t('settings.remove'), async () => {
            const q = s.robotLabel ? `?robotLabel=${encodeURIComponent(s.robotLabel)}` : '';
            await act(() => api.del(`/settings/${encodeURIComponent(s.name)}${q}`), t('common.done')); load();
          }, { kind: 'small danger', id: 'remove' })) },
      ], values, { id: 'settings', empty: t('settings.none') }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  load();
}

function setDialog(current, done) {
  modal(current ? t('settings.change') : t('settings.set'), (body, foot, close) => {
    const name = h('input', { type: 'text', name: 'name', placeholder: 'INTAKE_URL', value: current ? current.name : '' });
    const value = h('input', { type: 'text', name: 'value', placeholder: 'http://intake.example:8080', value: current ? current.value : '' });
    const label = h('input', { type: 'text', name: 'robotLabel', value: current ? current.robotLabel : '' });
    const description = h('input', { type: 'text', name: 'description', value: current && current.description ? current.description : '' });
    if (current) { name.disabled = true; label.disabled = true; }
    const err = h('div');
    mount(body, err, h('p.muted', t('settings.hint')), field(t('settings.name'), name, { required: true }),
      field(t('settings.value'), value, { required: true }), field(t('settings.label'), label),
      field(t('settings.description'), description));
    mount(foot, button(t('common.cancel'), () => close()), button(t('common.save'), async () => {
      try {
        await api.put(`/settings/${encodeURIComponent(name.value.trim())}`, { value: value.value,
          robotLabel: label.value.trim(), description: description.value.trim() || null });
        close();
        done();
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary', id: 'save' }));
  });
}
