// Who may start a flow: clerks by name or by group (department), each share optionally with inputs fixed for
// them. Administrators change it; the clerk's page lists what /me/flows says is shared with them.
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { card, table, button, problemAlert, act, loading } from '../ui.js';
import { may } from '../session.js';

/** The flows the signed-in user may start, with their live version's input and fixed inputs. */
export async function myFlows() {
  return api.get('/me/flows');
}

export function sharingCard(flow) {
  const box = h('div', loading());
  const path = '/flows/' + encodeURIComponent(flow) + '/shares';
  async function load() {
    try {
      const shares = await api.get(path);
      mount(box, table([
        { label: t('share.who'), value: s => s.user ? [h('span.tag', t('share.user')), s.user] : [h('span.tag', t('share.group')), s.group] },
        { label: t('share.fixed'), wrap: true, value: s => Object.keys(s.fixedInputs || {}).length ? h('code', JSON.stringify(s.fixedInputs)) : '—' },
        { label: '', value: s => may.admin() ? button(t('common.delete'), () => save(shares.filter(x => x !== s)), { kind: 'small danger' }) : '' },
      ], shares, { id: 'shares', empty: t('share.nobody') }), may.admin() ? addForm(shares) : null);
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  async function save(shares) {
    await act(() => api.put(path, shares), t('common.done'));
    load();
  }
  function addForm(shares) {
    const kind = h('select', { name: 'kind', 'aria-label': t('share.who') }, h('option', { value: 'user' }, t('share.user')), h('option', { value: 'group' }, t('share.group')));
    const who = h('input', { type: 'text', name: 'grantee', placeholder: t('share.whoHint'), 'aria-label': t('share.whoHint') });
    return h('div.toolbar', { style: { marginTop: '10px' } }, kind, who, button(t('share.add'), () => {
      const name = who.value.trim();
      if (name) save([...shares, kind.value === 'user' ? { user: name } : { group: name }]);
    }, { id: 'add-share' }));
  }
  load();
  return card(t('share.title'), box, { id: 'sharing' });
}
