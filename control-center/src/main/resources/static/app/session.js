// Who is signed in and what they may do. The server decides (every endpoint checks the role); the UI only
// hides what would be refused anyway.
import { api } from './api.js';

export const session = { user: null, name: null, roles: [], groups: [], local: false, mustChangePassword: false };

const ROLE_NAMES = { ADMIN: 'admin', ADMINISTRATOR: 'admin', SUPERVISOR: 'supervisor', CLERK: 'clerk' };

function normalise(r) { return ROLE_NAMES[String(r).toUpperCase().replace(/^ROLE_/, '')] || String(r).toLowerCase(); }

/** Loads the signed-in user; false when nobody is signed in. */
export async function loadSession() {
  try {
    const me = await api.get('/me', { quiet401: true });
    session.user = me.username || me.name || me.user || 'user';
    session.name = me.displayName || me.fullName || session.user;
    const roles = me.roles || (me.role ? [me.role] : []);
    session.roles = roles.map(normalise);
    session.groups = me.groups || [];
    session.local = false;
    session.mustChangePassword = !!me.passwordChangeRequired && me.authenticatedBy === 'session';
    return true;
  } catch (e) {
    if (e.status === 404) {
      // an orchestrator without user accounts: its API answers administrators on this machine only
      Object.assign(session, { user: 'admin', name: 'admin', roles: ['admin'], local: true });
      return true;
    }
    if (e.status === 401 || e.status === 403) return false;
    throw e;
  }
}

export function clearSession() {
  Object.assign(session, { user: null, name: null, roles: [], groups: [], local: false, mustChangePassword: false });
}

export function hasRole(...roles) { return roles.some(r => session.roles.includes(r)); }

/** Pages and who sees them. */
export const PAGE_ROLES = {
  overview: ['supervisor', 'admin'], big: ['supervisor', 'admin'], robots: ['supervisor', 'admin'],
  runs: ['clerk', 'supervisor', 'admin'], queues: ['supervisor', 'admin'], flows: ['supervisor', 'admin'],
  schedules: ['supervisor', 'admin'], credentials: ['supervisor', 'admin'], settings: ['supervisor', 'admin'], keys: ['supervisor', 'admin'],
  users: ['supervisor', 'admin'], audit: ['supervisor', 'admin'], mine: ['clerk', 'admin'],
};

export function mayOpen(page) { return hasRole(...(PAGE_ROLES[page] || [])); }

/** Administrators change configuration; supervisors may also retry/abandon items and stop runs. */
export const may = {
  admin: () => hasRole('admin'),
  operate: () => hasRole('admin', 'supervisor'),
};

/** Where a user lands after log-in. */
export function homePage() {
  if (hasRole('supervisor', 'admin')) return '#/overview';
  return '#/mine';
}
