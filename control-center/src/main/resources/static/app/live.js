// Live updates: one EventSource on /api/v1/live; pages subscribe to the 'change' events they care about.
const listeners = new Set();
const statusListeners = new Set();
let source = null;
let connected = false;

export function startLive() {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource('/api/v1/live');
  source.addEventListener('hello', () => setConnected(true));
  source.addEventListener('change', e => {
    let change;
    try { change = JSON.parse(e.data); } catch (err) { return; }
    listeners.forEach(fn => { try { fn(change); } catch (err) { console.error(err); } });
  });
  source.onerror = () => setConnected(false);
  source.onopen = () => setConnected(true);
}

export function stopLive() {
  source?.close();
  source = null;
  setConnected(false);
}

function setConnected(on) {
  connected = on;
  statusListeners.forEach(fn => fn(on));
}

export function onLiveStatus(fn) { statusListeners.add(fn); fn(connected); return () => statusListeners.delete(fn); }

/** Calls fn(change) for every change; answers an unsubscribe function. */
export function onChange(fn) { listeners.add(fn); return () => listeners.delete(fn); }

/**
 * Calls fn() at most every `ms` while changes keep coming, and never while its previous call is still running
 * (a slow answer must not overwrite a newer one). Filter the changes BEFORE calling the throttled function: it
 * takes no arguments, so a change that matters is never swallowed by one that did not, in the same window.
 */
export function throttled(fn, ms) {
  let last = 0;
  let timer = null;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    last = Date.now();
    try { await fn(); } catch (e) { /* the page shows its own errors */ }
    running = false;
    if (again) { again = false; schedule(); }
  };
  const schedule = () => {
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else if (!timer) timer = setTimeout(() => { timer = null; run(); }, wait);
  };
  return schedule;
}
