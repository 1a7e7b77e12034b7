// 我的机器人: the clerk's page — the flows they may start, and their own recent runs.
import { h, mount } from '../dom.js';
import { t, num, time } from '../i18n.js';
import { api } from '../api.js';
import { card, pageHead, problemAlert, table, badge, button, loading } from '../ui.js';
import { valueDialog } from './credentials.js';
import { session } from '../session.js';
import { onChange, throttled } from '../live.js';
import { runsTable } from './runs.js';
import { inputText } from './flow-detail.js';
import { myFlows } from './sharing.js';

export function render(el) {
  const flowsBox = h('div.flow-cards', { 'data-list': 'my-flows' }, loading());
  const runsBox = h('div', loading());
  const accountsBox = h('div', loading());
  mount(el, pageHead(t('nav.mine'), t('mine.sub', { name: session.name })), flowsBox,
    h('div', { style: { height: '20px' } }), h('div.grid.three',
      card(t('mine.recent'), runsBox, { flush: true, id: 'my-runs' }),
      card(t('mine.accounts'), accountsBox, { flush: true, id: 'my-accounts', sub: t('mine.accountsSub') })));

  async function loadAccounts() {
    try {
      const list = await api.get('/me/credentials');
      mount(accountsBox, table([
        { label: t('col.name'), value: c => [h('code', c.name), c.description ? h('div.faint', c.description) : null] },
        { label: t('cred.value'), value: c => c.valueSet ? badge('ok', t('cred.set'))
          : c.erasedAt ? badge('FAILED', t('cred.erased')) : badge('FAILED', t('cred.notSet')) },
        { label: '', value: c => button(t('cred.setMine'), () => valueDialog(c.name, true, loadAccounts), { kind: 'small' }) },
      ], list, { id: 'my-accounts', empty: t('mine.noAccounts') }));
    } catch (e) {
      mount(accountsBox, problemAlert(e));
    }
  }
  loadAccounts();

  (async () => {
    try {
      const flows = await myFlows();
      if (!flows.length) return mount(flowsBox, h('div.card', h('div.empty', t('mine.noFlows'))));
      mount(flowsBox, flows.map(f => h('div.card.flow-card', { 'data-flow': f.name },
        h('h3', f.name), h('div.muted', f.description || ''),
        h('div.meta', h('span', t('mine.byHand', { n: num(f.manualMinutesPerItem, 1) })), h('span', 'v' + f.liveVersion)),
        f.input ? h('div.meta', inputText(f.input)) : null,
        sharedAccounts(f),
        h('div.actions', h('a.btn.primary', { href: '#/mine/' + encodeURIComponent(f.name), 'data-start': f.name }, t('mine.start'))))));
    } catch (e) {
      mount(flowsBox, problemAlert(e));
    }
  })();

  async function loadRuns() {
    try {
      mount(runsBox, runsTable(await api.get('/jobs?size=20&startedBy=' + encodeURIComponent(session.user)), { compact: true }));
    } catch (e) {
      mount(runsBox, problemAlert(e));
    }
  }
  loadRuns();
  const reload = throttled(loadRuns, 2000);
  return onChange(c => { if (c.jobs.length) reload(); });
}

/** A flow that may run on the clerk's own machine says which shared accounts such a run puts there, and who allowed it. */
function sharedAccounts(f) {
  const list = f.sharedDesktopAccounts || [];
  if (!list.length || !(f.placements || []).includes('desktop')) return null;
  return h('div.alert.warn', { 'data-shared-desktop': f.name }, t('mine.sharedDesktop', {
    accounts: list.map(a => t('mine.sharedAccount', { name: a.credential, by: a.markedBy || '?', at: time(a.markedAt) })).join(t('mine.listSep')),
  }));
}
