// One robot: its properties, capabilities, and its recent runs; retire (administrators).
import { h, mount } from '../dom.js';
import { t, ago, time } from '../i18n.js';
import { api } from '../api.js';
import { card, badge, pageHead, problemAlert, button, props, confirmDialog, act } from '../ui.js';
import { may } from '../session.js';
import { capabilities } from './robots.js';
import { runsTable } from './runs.js';

export function render(el, [id]) {
  async function load() {
    try {
      const [r, jobs] = await Promise.all([api.get('/robots/' + id), api.get('/jobs?robot=' + id + '&size=20')]);
      const retire = may.admin() && r.status !== 'RETIRED' ? button(t('robots.retire'), async () => {
        if (await confirmDialog(t('robots.retire'), t('robots.retireText', { name: r.name }), t('robots.retire'))) {
          await act(() => api.post('/robots/' + id + '/retire'), t('common.done'));
          load();
        }
      }, { kind: 'danger', id: 'retire' }) : null;
      mount(el, pageHead(r.name, r.hostname, h('a.btn', { href: '#/robots' }, t('common.back')), retire),
        h('div.grid.two',
          card(t('robots.properties'), props([
            [t('col.status'), badge(r.status)], [t('col.activity'), badge(r.activity)],
            [t('col.currentJob'), r.currentJobId ? h('a', { href: '#/runs/' + r.currentJobId }, '#' + r.currentJobId) : null],
            [t('col.heartbeat'), `${ago(r.lastHeartbeatAt)} (${time(r.lastHeartbeatAt)})`],
            [t('robots.enrolled'), time(r.enrolledAt)], [t('col.pool'), r.pool || t('robots.defaultPool')],
            [t('col.labels'), r.labels.length ? r.labels.map(l => h('span.tag', l)) : null],
            [t('col.capabilities'), h('div', capabilities(r.capabilities))],
          ])),
          card(t('robots.recent'), runsTable(jobs, { compact: true }), { flush: true })));
    } catch (e) {
      mount(el, problemAlert(e));
    }
  }
  load();
}
