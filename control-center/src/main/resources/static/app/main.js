// The control center: a shell (sidebar, top bar) and hash routes to pages. Build-free ES modules.
import { h, mount } from './dom.js';
import { t, lang, setLang } from './i18n.js';
import { whenUnauthorized, ApiError } from './api.js';
import { problemAlert, loading } from './ui.js';
import { session, loadSession, mayOpen, homePage, clearSession } from './session.js';
import { startLive, stopLive, onLiveStatus } from './live.js';
import { logout } from './auth.js';
import { ROUTES, NAV } from './routes.js';
import { icon } from './icons.js';

const app = document.getElementById('app');
let cleanup = null;
let shell = null;

async function boot() {
  setLang(lang());
  whenUnauthorized(() => { if (!location.hash.startsWith('#/login')) showLogin(); });
  window.addEventListener('hashchange', route);
  const signedIn = await loadSession().catch(() => false);
  if (!signedIn) return showLogin();
  await askForPassword();
  startLive();
  route();
}

async function askForPassword() {
  if (!session.mustChangePassword) return;
  const { passwordDialog } = await import('./pages/password.js');
  await passwordDialog(true);
}

async function showLogin() {
  stopLive();
  clearSession();
  shell = null;
  runCleanup();
  app.className = '';
  const { render } = await import('./pages/login.js');
  render(app, async () => {
    await loadSession();
    await askForPassword();
    startLive();
    location.hash = homePage();
    route();
  });
}

function runCleanup() {
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
}

async function route() {
  if (!session.user) return;
  const hash = location.hash.replace(/^#/, '') || '';
  if (hash === '' || hash === '/' || hash.startsWith('/login')) { location.replace(homePage()); return; }
  const match = ROUTES.map(r => ({ r, m: hash.match(r.path) })).find(x => x.m);
  runCleanup();
  if (!match) return renderInShell(null, el => mount(el, h('div.empty', t('common.notFound'))));
  const { r, m } = match;
  if (!mayOpen(r.page)) {
    return renderInShell(r, el => mount(el, h('div.card', h('div.card-body', { 'data-denied': r.page },
      h('h2', t('common.denied')), h('p.muted', t('common.deniedText'))))));
  }
  let mod;
  try {
    mod = await r.load();
  } catch (e) {
    // the page's script did not arrive: the server (or the balancer in front of it) cannot be reached
    return renderInShell(r, el => mount(el, problemAlert(new ApiError(0, null))));
  }
  if (r.bare) {
    shell = null;
    app.className = '';
    cleanup = mod.render(app, m.slice(1).map(decodeURIComponent)) || null;
    return;
  }
  renderInShell(r, el => { cleanup = mod.render(el, m.slice(1).map(decodeURIComponent)) || null; });
}

function renderInShell(r, draw) {
  if (!shell) shell = buildShell();
  shell.nav.querySelectorAll('a').forEach(a => {
    const on = r != null && a.dataset.page === r.page;
    a.classList.toggle('active', on);
    if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  mount(shell.crumbs, r ? t(r.title) : '');
  document.title = (r ? t(r.title) + ' · ' : '') + t('app.title');
  // a page that draws only once its data has come shows this until then
  shell.content.replaceChildren(loading('page'));
  window.scrollTo(0, 0);
  draw(shell.content);
}

function buildShell() {
  app.className = '';
  const nav = h('nav.nav', { 'aria-label': t('app.menu') }, NAV.map(group => {
    const links = group.items.filter(i => mayOpen(i.page));
    if (!links.length) return null;
    return [h('div.nav-group', t(group.title)),
      links.map(i => h('a', { href: i.href, 'data-page': i.page, 'data-nav': i.page }, h('span.ico', icon(i.page)), t(i.title)))];
  }));
  const crumbs = h('div.crumbs');
  const dot = h('span.live-dot', t('live.off'));
  onLiveStatus(on => { dot.classList.toggle('on', on); dot.textContent = on ? t('live.on') : t('live.off'); });
  const langBtn = h('button.btn.small', { 'data-action': 'lang', lang: lang() === 'en' ? 'zh-CN' : 'en', onclick: () => { setLang(lang() === 'en' ? 'zh' : 'en'); shell = null; route(); } },
    lang() === 'en' ? '中文' : 'English');
  const user = h('div.user-chip',
    h('span.avatar', (session.name || '?').slice(0, 1).toUpperCase()),
    h('span', h('div', { 'data-user': session.user }, session.name), h('div.faint', { style: { fontSize: '11.5px' } },
      session.roles.map(r => t('role.' + r)).join(' · '))),
    session.local ? null : h('button.btn.small.ghost', { 'data-action': 'password', onclick: async () => {
      const { passwordDialog } = await import('./pages/password.js');
      passwordDialog(false);
    } }, t('pw.change')),
    session.local ? null : h('button.btn.small.ghost', { 'data-action': 'logout', onclick: async () => { await logout(); showLogin(); } }, t('auth.logout')));
  const content = h('main.content', { id: 'main', tabindex: '-1' });
  mount(app, h('a.skip-link', { href: '#main', 'data-action': 'skip', onclick: e => { e.preventDefault(); content.focus(); } }, t('app.skip')), h('div.shell',
    h('aside.sidebar', h('div.brand', h('img', { src: '/app/favicon.svg', alt: '' }), h('div', 'Workforce', h('small', t('app.subtitle')))),
      nav, h('div.sidebar-foot', t('app.footer'))),
    h('div.main', h('header.topbar', crumbs, dot, langBtn, user), content)));
  return { nav, crumbs, content };
}

boot();
