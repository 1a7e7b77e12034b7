// Every page: its address, who may open it (session.PAGE_ROLES), its title, and its module (loaded on demand).
export const ROUTES = [
  { path: /^\/overview$/, page: 'overview', title: 'nav.overview', load: () => import('./pages/overview.js') },
  { path: /^\/overview\/sla-risk$/, page: 'overview', title: 'sla.title', load: () => import('./pages/sla-risk.js') },
  { path: /^\/big$/, page: 'big', title: 'nav.big', bare: true, load: () => import('./pages/bigscreen.js') },
  { path: /^\/robots$/, page: 'robots', title: 'nav.robots', load: () => import('./pages/robots.js') },
  { path: /^\/robots\/(\d+)$/, page: 'robots', title: 'nav.robots', load: () => import('./pages/robot-detail.js') },
  { path: /^\/runs(?:\?.*)?$/, page: 'runs', title: 'nav.runs', load: () => import('./pages/runs.js') },
  { path: /^\/runs\/(\d+)$/, page: 'runs', title: 'nav.runs', load: () => import('./pages/run-detail.js') },
  { path: /^\/queues$/, page: 'queues', title: 'nav.queues', load: () => import('./pages/queues.js') },
  { path: /^\/queues\/([^/]+)$/, page: 'queues', title: 'nav.queues', load: () => import('./pages/queue-detail.js') },
  { path: /^\/items\/(\d+)$/, page: 'queues', title: 'nav.queues', load: () => import('./pages/item-detail.js') },
  { path: /^\/flows$/, page: 'flows', title: 'nav.flows', load: () => import('./pages/flows.js') },
  { path: /^\/flows\/([^/]+)$/, page: 'flows', title: 'nav.flows', load: () => import('./pages/flow-detail.js') },
  { path: /^\/schedules$/, page: 'schedules', title: 'nav.schedules', load: () => import('./pages/schedules.js') },
  { path: /^\/credentials$/, page: 'credentials', title: 'nav.credentials', load: () => import('./pages/credentials.js') },
  { path: /^\/settings$/, page: 'settings', title: 'nav.settings', load: () => import('./pages/settings.js') },
  { path: /^\/keys$/, page: 'keys', title: 'nav.keys', load: () => import('./pages/keys.js') },
  { path: /^\/users$/, page: 'users', title: 'nav.users', load: () => import('./pages/users.js') },
  { path: /^\/audit$/, page: 'audit', title: 'nav.audit', load: () => import('./pages/audit.js') },
  { path: /^\/mine$/, page: 'mine', title: 'nav.mine', load: () => import('./pages/mine.js') },
  { path: /^\/mine\/([^/]+)$/, page: 'mine', title: 'nav.mine', load: () => import('./pages/mine-start.js') },
];

export const NAV = [
  { title: 'navg.watch', items: [
    { page: 'overview', href: '#/overview', title: 'nav.overview' },
    { page: 'big', href: '#/big', title: 'nav.big' },
    { page: 'robots', href: '#/robots', title: 'nav.robots' },
    { page: 'runs', href: '#/runs', title: 'nav.runs' },
    { page: 'queues', href: '#/queues', title: 'nav.queues' },
  ] },
  { title: 'navg.work', items: [
    { page: 'mine', href: '#/mine', title: 'nav.mine' },
  ] },
  { title: 'navg.admin', items: [
    { page: 'flows', href: '#/flows', title: 'nav.flows' },
    { page: 'schedules', href: '#/schedules', title: 'nav.schedules' },
    { page: 'credentials', href: '#/credentials', title: 'nav.credentials' },
    { page: 'settings', href: '#/settings', title: 'nav.settings' },
    { page: 'keys', href: '#/keys', title: 'nav.keys' },
    { page: 'users', href: '#/users', title: 'nav.users' },
    { page: 'audit', href: '#/audit', title: 'nav.audit' },
  ] },
];
