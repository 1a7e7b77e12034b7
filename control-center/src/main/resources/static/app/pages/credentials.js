// 凭据: credentials in the vault. Secrets are write-only: the page can set them but never shows them, because the
// API never returns them. Checkouts (who used which credential for which run) are listed per credential.
import { h, mount } from '../dom.js';
import { t, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, badge, pageHead, problemAlert, button, modal, field, act, loading } from '../ui.js';
import { may } from '../session.js';

export function render(el) {
  const box = h('div', loading());
  mount(el, pageHead(t('nav.credentials'), t('cred.sub'), may.admin() ? button(t('cred.create'), () => createDialog(load), { kind: 'primary', id: 'create-credential' }) : null),
    h('div.alert.info', t('cred.writeOnly')), card(null, box, { flush: true }));

  async function load() {
    try {
      const list = await api.get('/credentials');
      mount(box, table([
        { label: t('col.name'), value: c => h('code', c.name) },
        { label: t('cred.kind'), value: c => badge(c.kind === 'SHARED' ? 'ASSIGNED' : 'NEW', t('cred.kind.' + c.kind)) },
        { label: t('cred.exclusive'), value: c => c.exclusive ? t('common.yes') : t('common.no') },
        { label: t('col.description'), wrap: true, value: c => c.description || '' },
        { label: t('cred.value'), value: c => c.kind === 'SHARED' ? (c.hasSharedValue ? badge('ok', t('cred.set')) : badge('FAILED', t('cred.notSet')))
          : t('cred.personalCount', { n: (c.personalOwners || []).length }) },
        { label: t('cred.desktop'), wrap: true, value: desktopUse },
        { label: t('col.updated'), value: c => time(c.updatedAt) },
        { label: '', value: c => h('span',
          may.admin() && c.kind === 'SHARED' ? button(t('cred.setValue'), () => valueDialog(c.name, null, load), { kind: 'small', id: 'set-' + c.name }) : null, ' ',
          may.admin() && c.kind === 'SHARED' ? button(c.desktopUse ? t('cred.desktopRevoke') : t('cred.desktopAllow'), () => desktopDialog(c, load), { kind: 'small', id: 'desktop-' + c.name }) : null, ' ',
          c.kind === 'PERSONAL' ? button(t('cred.setMine'), () => valueDialog(c.name, true, load), { kind: 'small' }) : null, ' ',
          button(t('cred.checkouts'), () => checkouts(c.name), { kind: 'small' })) },
      ], list, { id: 'credentials', empty: t('cred.none') }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  load();
}

/** Whether attended runs may put a shared account on people's own machines, and who allowed it when. */
function desktopUse(c) {
  if (c.kind !== 'SHARED') return h('span.faint', t('cred.desktopPersonal'));
  if (!c.desktopUse) return h('span', { 'data-desktop': 'robots-only' }, t('cred.robotsOnly'));
  return h('span', { 'data-desktop': 'allowed' }, badge('STOPPING', t('cred.desktopAllowed')), ' ',
    h('span.muted', t('cred.desktopBy', { by: c.desktopUseBy || '?', at: time(c.desktopUseAt) })));
}

/** Allows or withdraws desktop use, after saying what it means (audited by the API). */
function desktopDialog(c, done) {
  const allow = !c.desktopUse;
  modal(allow ? t('cred.desktopAllow') : t('cred.desktopRevoke'), (body, foot, close) => {
    const err = h('div');
    mount(body, err, h('p', t(allow ? 'cred.desktopAllowText' : 'cred.desktopRevokeText', { name: c.name })));
    mount(foot, button(t('common.cancel'), () => close()), button(allow ? t('cred.desktopAllow') : t('cred.desktopRevoke'), async () => {
      try {
        await act(() => api.put(`/credentials/${encodeURIComponent(c.name)}/desktop-use`, { allowed: allow }), t('cred.saved'));
        close(); done();
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: allow ? 'danger' : 'primary', id: 'confirm-desktop' }));
  });
}

function createDialog(done) {
  modal(t('cred.create'), (body, foot, close) => {
    const name = h('input', { type: 'text', name: 'name', placeholder: 'registry-clerk' });
    const kind = h('select', { name: 'kind' }, h('option', { value: 'SHARED' }, t('cred.kind.SHARED')), h('option', { value: 'PERSONAL' }, t('cred.kind.PERSONAL')));
    const exclusive = h('input', { type: 'checkbox', name: 'exclusive' });
    const desc = h('input', { type: 'text', name: 'description' });
    const err = h('div');
    mount(body, err, field(t('col.name'), name, { required: true, hint: t('cred.nameHint') }), field(t('cred.kind'), kind),
      field(t('col.description'), desc), h('label', exclusive, ' ', t('cred.exclusiveHint')));
    mount(foot, button(t('common.cancel'), () => close()), button(t('common.create'), async () => {
      try {
        await api.post('/credentials', { name: name.value.trim(), kind: kind.value, exclusive: exclusive.checked, description: desc.value || null });
        close(); done();
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary', id: 'save' }));
  });
}

/** Sets a value; the secret field is a password input and is cleared from the page as soon as it is sent. */
export function valueDialog(name, mine, done) {
  modal(t('cred.setValueOf', { name }), (body, foot, close) => {
    const username = h('input', { type: 'text', name: 'username', autocomplete: 'off' });
    const secret = h('input', { type: 'password', name: 'secret', autocomplete: 'new-password' });
    const err = h('div');
    mount(body, err, h('p.muted', t('cred.neverShown')), field(t('cred.username'), username, { required: true }),
      field(t('cred.secret'), secret, { required: true }));
    mount(foot, button(t('common.cancel'), () => close()), button(t('common.save'), async () => {
      const path = mine ? `/me/credentials/${encodeURIComponent(name)}` : `/credentials/${encodeURIComponent(name)}/value`;
      const value = { username: username.value, secret: secret.value };
      secret.value = '';
      try {
        await act(() => api.put(path, value), t('cred.saved'));
        close(); done();
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary', id: 'save' }));
  });
}

async function checkouts(name) {
  const list = await api.get(`/credentials/${encodeURIComponent(name)}/checkouts`).catch(e => e);
  modal(t('cred.checkoutsOf', { name }), body => mount(body, list instanceof Error ? problemAlert(list) : table([
    { label: t('col.time'), value: c => time(c.at) },
    { label: t('cred.owner'), value: c => c.owner === '*' ? t('cred.kind.SHARED') : (c.owner || '—') },
    { label: t('col.robot'), value: c => c.robotId ? '#' + c.robotId : '—' },
    { label: t('item.job'), value: c => c.jobId ? h('a', { href: '#/runs/' + c.jobId }, '#' + c.jobId) : '—' },
    { label: t('cred.granted'), value: c => c.granted ? badge('ok', t('common.yes')) : badge('FAILED', t('common.no')) },
    { label: t('col.reason'), wrap: true, value: c => c.reason || '' },
  ], list, { empty: t('cred.noCheckouts') })), { wide: true });
}
