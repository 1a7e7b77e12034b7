// Log-in and log-out through the orchestrator's session endpoints (cookie session + CSRF token cookie).
import { api } from './api.js';

export async function login(username, password) {
  return api.post('/auth/login', { username, password }, { quiet401: true });
}

export async function logout() {
  try { await api.post('/auth/logout', {}); } catch (e) { /* already gone */ }
}
