// 机器人: every robot with its state, current job, last heartbeat and capabilities; live.
import { h, mount } from '../dom.js';
import { t, ago, time } from '../i18n.js';
import { api } from '../api.js';
import { card, table, badge, pageHead, problemAlert, button, loading } from '../ui.js';
import { may } from '../session.js';
import { onChange, throttled } from '../live.js';

export function capabilities(c) {
  if (!c) return '—';
  return [
    ...(c.drivers || []).map(d => h('span.tag', d)),
    ...(c.ocrLanguages || []).map(l => h('span.tag', 'OCR ' + l)),
    c.version ? h('span.tag', 'v' + c.version) : null,
    c.os ? h('span.tag', c.os) : null,
  ];
}

export function render(el) {
  const box = h('div', loading());
  mount(el, pageHead(t('nav.robots'), t('robots.sub'),
    may.admin() ? button(t('robots.enrol'), () => { location.hash = '#/keys'; }, { kind: 'primary' }) : null),
  card(null, box, { flush: true }));

  async function load() {
    try {
      const robots = await api.get('/robots');
      mount(box, table([
        { label: t('col.name'), value: r => h('a', { href: '#/robots/' + r.id }, r.name) },
        { label: t('col.status'), value: r => badge(r.status) },
        { label: t('col.activity'), value: r => r.status === 'ONLINE' ? badge(r.activity) : '—' },
        { label: t('col.currentJob'), value: r => r.currentJobId ? h('a', { href: '#/runs/' + r.currentJobId }, '#' + r.currentJobId) : '—' },
        { label: t('col.heartbeat'), value: r => h('span', { title: time(r.lastHeartbeatAt) }, ago(r.lastHeartbeatAt)) },
        { label: t('col.pool'), value: r => r.pool || t('robots.defaultPool') },
        { label: t('col.labels'), value: r => r.labels.length ? r.labels.map(l => h('span.tag', l)) : '—' },
        { label: t('col.capabilities'), wrap: true, value: r => capabilities(r.capabilities) },
      ], robots, { id: 'robots', empty: t('robots.none'), onRow: r => { location.hash = '#/robots/' + r.id; } }));
    } catch (e) {
      mount(box, problemAlert(e));
    }
  }
  load();
  const reload = throttled(load, 2000);
  return onChange(c => { if (c.robots || c.jobs.length) reload(); });
}
