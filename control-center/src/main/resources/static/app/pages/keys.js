// 注册密钥: robots' enrolment keys. A new key is shown once, in the dialog that made it.
import { h, mount } from '../dom.js';
import { t, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, badge, pageHead, problemAlert, button, modal, field, act, loading } from '../ui.js';
import { may } from '../session.js';

export function render(el) {
  const box = h('div', loading());
  mount(el, pageHead(t('nav.keys'), t('keys.sub'), may.admin() ? button(t('keys.create'), () => createDialog(load), { kind: 'primary', id: 'create-key' }) : null),
    card(null, box, { flush: true }));

  async function load() {
    try {
      const keys = await api.get('/enrolment-keys');
      mount(box, table([
        { label: t('keys.label'), value: k => k.label },
        { label: t('col.pool'), value: k => k.pool || '—' },
        { label: t('keys.uses'), num: true, value: k => `${k.uses} / ${k.maxUses ?? '∞'}` },
        { label: t('col.created'), value: k => time(k.createdAt) },
        { label: t('keys.expires'), value: k => k.expiresAt ? time(k.expiresAt) : t('keys.never') },
        { label: t('col.status'), value: k => k.revokedAt ? badge('REVOKED') : badge('ACTIVE') },
        { label: '', value: k => k.revokedAt || !may.admin() ? '' : button(t('keys.revoke'), async () => {
          await act(() => api.post(`/enrolment-keys/${k.id}/revoke`), t('common.done')); load();
        }, { kind: 'small danger', id: 'revoke' }) },
      ], keys, { id: 'keys', empty: t('keys.none') }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  load();
}

function createDialog(done) {
  modal(t('keys.create'), (body, foot, close) => {
    const label = h('input', { type: 'text', name: 'label', placeholder: t('keys.labelHint') });
    const pool = h('input', { type: 'text', name: 'pool' });
    const maxUses = h('input', { type: 'number', name: 'maxUses', min: 1, value: 1 });
    const days = h('input', { type: 'number', name: 'days', min: 1, value: 7 });
    const err = h('div');
    mount(body, err, field(t('keys.label'), label, { required: true }), h('div.form-grid',
      field(t('col.pool'), pool), field(t('keys.maxUses'), maxUses), field(t('keys.validDays'), days)));
    mount(foot, button(t('common.cancel'), () => close()), button(t('common.create'), async () => {
      try {
        const r = await api.post('/enrolment-keys', { label: label.value.trim(), pool: pool.value.trim() || null,
          maxUses: maxUses.value ? Number(maxUses.value) : null, validFor: days.value ? `P${Number(days.value)}D` : null });
        mount(body, h('div.alert.warn', t('keys.once')), h('div.secret-once', { 'data-secret': 'key' }, r.key),
          h('p.muted', t('keys.how')), h('pre.mono', `./rpa robot --orchestrator ${location.origin} --enrol-key ${r.key}`));
        mount(foot, button(t('common.close'), () => close(), { kind: 'primary' }));
        done();
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary', id: 'save' }));
  });
}
