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

/** Calls fn at most every `ms` while changes keep coming (the overview needs no more). */
export function throttled(fn, ms) {
  let last = 0;
  let timer = null;
  return (...args) => {
    const wait = last + ms - Date.now();
    if (wait <= 0) { last = Date.now(); fn(...args); }
    else if (!timer) timer = setTimeout(() => { timer = null; last = Date.now(); fn(...args); }, wait);
  };
}
