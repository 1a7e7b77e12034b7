// The control center's only way to the orchestrator: its public REST API. Errors come back as RFC 9457
// problem details; ApiError keeps the detail (in the user's language) and the per-field/per-line errors.
// What does not come from the orchestrator (the browser's "Failed to fetch", a balancer's 502/503 page)
// is said in words in the user's language too: people never see a status number or a browser's English.
import { lang, t } from './i18n.js';

export class ApiError extends Error {
  /** status 0: the server could not be reached at all. */
  constructor(status, problem) {
    super(problem?.detail || withoutDetail(status));
    this.status = status;
    this.problem = problem || {};
    this.errors = problem?.errors || [];
  }
}

// The title of a problem is the status's English reason phrase, so it is never shown.
function withoutDetail(status) {
  if (status === 0) return t('api.unreachable');
  if (status === 502 || status === 503 || status === 504) return t('api.unavailable');
  if (status === 413) return t('api.tooLarge');
  if (status === 429) return t('api.tooMany');
  if (status === 401) return t('api.signedOut');
  if (status === 403) return t('api.denied');
  if (status === 404) return t('api.notFound');
  return t('api.failed');
}

/** A problem detail from the orchestrator itself; a proxy's or balancer's HTML page is not one. */
async function problemOf(res) {
  const type = res.headers.get('Content-Type') || '';
  if (!type.includes('json')) return null;
  try {
    const p = await res.json();
    return p && typeof p === 'object' ? p : null;
  } catch (e) {
    return null;
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
  let res;
  try {
    if (method !== 'GET' && method !== 'HEAD') {
      // a session's unsafe calls carry the CSRF token from its cookie; the first call of a page fetches it
      if (!csrfToken()) await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
      const token = csrfToken();
      if (token) headers['X-XSRF-TOKEN'] = token;
    }
    res = await fetch('/api/v1' + path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    // the browser's TypeError ("Failed to fetch"): no answer at all, from the server or a balancer
    throw new ApiError(0, null);
  }
  if (res.status === 401 && !opts.quiet401) onUnauthorized();
  if (!res.ok) throw new ApiError(res.status, await problemOf(res));
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
