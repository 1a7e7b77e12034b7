// 用户与角色: people, their roles and groups (departments); create, change roles, disable, reset a password,
// unlock. Generated passwords are shown once.
import { h, mount } from '../dom.js';
import { t, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, badge, pageHead, problemAlert, button, modal, field, act, loading, notLoaded } from '../ui.js';
import { may } from '../session.js';

const ROLES = ['CLERK', 'SUPERVISOR', 'ADMINISTRATOR'];
const ROLE_KEY = { CLERK: 'clerk', SUPERVISOR: 'supervisor', ADMINISTRATOR: 'admin' };

export function render(el) {
  const usersBox = h('div', loading());
  const groupsBox = h('div', loading());
  mount(el, pageHead(t('nav.users'), t('users.sub'),
    may.admin() ? button(t('users.newGroup'), () => groupDialog(load), { id: 'create-group' }) : null,
    may.admin() ? button(t('users.create'), () => userDialog(null, load), { kind: 'primary', id: 'create-user' }) : null),
  card(t('users.people'), usersBox, { flush: true, id: 'users' }), h('div', { style: { height: '16px' } }),
  card(t('users.groups'), groupsBox, { flush: true, id: 'groups' }));

  async function load() {
    try {
      const [users, groups] = await Promise.all([api.get('/users'), api.get('/groups')]);
      mount(usersBox, table([
        { label: t('users.username'), value: u => h('code', u.username) },
        { label: t('users.displayName'), value: u => u.displayName },
        { label: t('users.roles'), value: u => u.roles.map(r => h('span.tag', t('role.' + ROLE_KEY[r]))) },
        { label: t('users.groups'), value: u => u.groups.length ? u.groups.map(g => h('span.tag', g)) : '—' },
        { label: t('col.status'), value: u => !u.enabled ? badge('RETIRED', t('users.disabled')) : u.lockedUntil ? badge('FAILED', t('users.locked')) : badge('ACTIVE') },
        { label: t('users.lastLogin'), value: u => time(u.lastLoginAt) },
        { label: '', value: u => may.admin() ? h('span',
          button(t('users.edit'), () => userDialog(u, load), { kind: 'small', id: 'edit-user' }), ' ',
          button(t('users.reset'), () => resetDialog(u.username), { kind: 'small', id: 'reset-password' }), ' ',
          u.lockedUntil ? button(t('users.unlock'), async () => { await act(() => api.post(`/users/${encodeURIComponent(u.username)}/unlock`), t('common.done')); load(); }, { kind: 'small', id: 'unlock' }) : null) : '' },
      ], users, { id: 'users' }));
      mount(groupsBox, table([
        { label: t('col.name'), value: g => h('code', g.name) },
        { label: t('users.displayName'), value: g => g.displayName },
        { label: t('col.description'), wrap: true, value: g => g.description || '' },
        { label: t('users.members'), wrap: true, value: g => g.members.length ? g.members.map(m => h('span.tag', m)) : '—' },
      ], groups, { id: 'groups', empty: t('users.noGroups') }));
    } catch (e) {
      mount(usersBox, problemAlert(e));
      mount(groupsBox, notLoaded());
    }
  }
  load();
}

function userDialog(user, done) {
  modal(user ? t('users.editOf', { name: user.username }) : t('users.create'), (body, foot, close) => {
    const username = h('input', { type: 'text', name: 'username', value: user?.username || '', disabled: !!user });
    const display = h('input', { type: 'text', name: 'displayName', value: user?.displayName || '' });
    const roles = ROLES.map(r => h('label', { style: { marginRight: '14px' } },
      h('input', { type: 'checkbox', name: 'role', value: r, checked: user ? user.roles.includes(r) : r === 'CLERK' }), ' ', t('role.' + ROLE_KEY[r])));
    const groups = h('input', { type: 'text', name: 'groups', value: (user?.groups || []).join(', '), placeholder: 'civil-affairs, tax' });
    const lang = h('select', { name: 'language' }, h('option', { value: 'zh', lang: 'zh-CN', selected: user?.language !== 'en' }, '中文'),
      h('option', { value: 'en', selected: user?.language === 'en' }, 'English'));
    const enabled = h('input', { type: 'checkbox', name: 'enabled', checked: user ? user.enabled : true });
    const password = h('input', { type: 'password', name: 'password', autocomplete: 'new-password' });
    const err = h('div');
    mount(body, err, h('div.form-grid', field(t('users.username'), username, { required: true }), field(t('users.displayName'), display, { required: true })),
      field(t('users.roles'), h('div', roles)), field(t('users.groups'), groups, { hint: t('users.groupsHint') }),
      h('div.form-grid', field(t('users.language'), lang), user ? field(t('users.enabled'), h('label', enabled, ' ', t('users.mayLogIn')))
        : field(t('users.firstPassword'), password, { hint: t('users.passwordHint') })));
    mount(foot, button(t('common.cancel'), () => close()), button(t('common.save'), async () => {
      const picked = roles.map(l => l.querySelector('input')).filter(i => i.checked).map(i => i.value);
      const groupList = groups.value.split(/[,，\s]+/).filter(Boolean);
      try {
        if (user) {
          await api.put('/users/' + encodeURIComponent(user.username), { displayName: display.value, roles: picked, groups: groupList,
            language: lang.value, enabled: enabled.checked });
          close();
        } else {
          const r = await api.post('/users', { username: username.value.trim(), displayName: display.value.trim(), roles: picked,
            groups: groupList, language: lang.value, password: password.value || null });
          if (r.initialPassword) {
            mount(body, h('div.alert.warn', t('users.once')), h('div.secret-once', { 'data-secret': 'password' }, r.initialPassword));
            mount(foot, button(t('common.close'), () => close(), { kind: 'primary' }));
          } else {
            close();
          }
        }
        done();
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary', id: 'save' }));
  });
}

function resetDialog(username) {
  modal(t('users.resetOf', { name: username }), (body, foot, close) => {
    const password = h('input', { type: 'password', name: 'password', autocomplete: 'new-password' });
    const err = h('div');
    mount(body, err, field(t('users.newPassword'), password, { hint: t('users.passwordHint') }));
    mount(foot, button(t('common.cancel'), () => close()), button(t('users.reset'), async () => {
      try {
        const r = await api.post(`/users/${encodeURIComponent(username)}/password`, { password: password.value || null });
        const generated = r && (r.initialPassword || r.password);
        if (generated) {
          mount(body, h('div.alert.warn', t('users.once')), h('div.secret-once', generated));
          mount(foot, button(t('common.close'), () => close(), { kind: 'primary' }));
        } else {
          close();
        }
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary' }));
  });
}

function groupDialog(done) {
  modal(t('users.newGroup'), (body, foot, close) => {
    const name = h('input', { type: 'text', name: 'name', placeholder: 'civil-affairs' });
    const display = h('input', { type: 'text', name: 'displayName', placeholder: '民政科' });
    const desc = h('input', { type: 'text', name: 'description' });
    const err = h('div');
    mount(body, err, field(t('col.name'), name, { required: true, hint: t('queues.nameHint') }), field(t('users.displayName'), display, { required: true }),
      field(t('col.description'), desc));
    mount(foot, button(t('common.cancel'), () => close()), button(t('common.create'), async () => {
      try {
        await api.post('/groups', { name: name.value.trim(), displayName: display.value.trim(), description: desc.value || null });
        close(); done();
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary', id: 'save' }));
  });
}
