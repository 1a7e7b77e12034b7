// The control center's only way to the orchestrator: its public REST API. Errors come back as RFC 9457
// problem details; ApiError keeps the detail (in the user's language) and the per-field/per-line errors.
import { lang } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.errors = problem?.errors || [];
  }
}

let onUnauthorized = () => {};
export function whenUnauthorized(fn) { onUnauthorized = fn; }

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : null;
}

/** Every call: same-origin cookie session, CSRF header on writes, the user's language for messages. */
export async function request(method, path, body, opts = {}) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': lang() === 'en' ? 'en' : 'zh-CN' };
  let payload = body;
  if (body != null && !(body instanceof FormData) && typeof body !== 'string') {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  } else if (typeof body === 'string') {
    headers['Content-Type'] = opts.contentType || 'text/plain';
  }
  if (method !== 'GET' && method !== 'HEAD') {
    // a session's unsafe calls carry the CSRF token from its cookie; the first call of a page fetches it
    if (!csrfToken()) await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  const res = await fetch('/api/v1' + path, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 401 && !opts.quiet401) onUnauthorized();
  if (!res.ok) {
    let problem = null;
    try { problem = await res.json(); } catch (e) { /* not JSON */ }
    throw new ApiError(res.status, problem);
  }
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  if (opts.raw) return res;
  return type.includes('json') ? res.json() : res.text();
}

export const api = {
  get: (p, o) => request('GET', p, null, o),
  post: (p, b, o) => request('POST', p, b ?? {}, o),
  put: (p, b, o) => request('PUT', p, b, o),
  del: (p, o) => request('DELETE', p, null, o),
};

/** Builds a query string from the non-empty values. */
export function qs(params) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) s.set(k, v);
  const t = s.toString();
  return t ? '?' + t : '';
}
