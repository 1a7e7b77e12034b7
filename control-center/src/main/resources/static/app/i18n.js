// Chinese first: zh-CN unless the user switched to English (kept in localStorage) or the URL says ?lang=en.
import zh from './messages/zh.js';
import en from './messages/en.js';

const DICTS = { zh, en };
let current = pick();

function pick() {
  const q = new URLSearchParams(location.search).get('lang');
  if (q === 'en' || q === 'zh') { localStorage.setItem('wf.lang', q); return q; }
  return localStorage.getItem('wf.lang') === 'en' ? 'en' : 'zh';
}

export function lang() { return current; }

export function setLang(l) {
  current = l === 'en' ? 'en' : 'zh';
  localStorage.setItem('wf.lang', current);
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}

/** The text for a key in the current language, with {name} placeholders filled in. */
export function t(key, vars) {
  let s = DICTS[current][key] ?? DICTS.zh[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.split('{' + k + '}').join(String(v));
  return s;
}


/** 12,345 */
export function num(n, digits = 0) {
  if (n == null || Number.isNaN(n)) return '—';
  return new Intl.NumberFormat(current === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/** 97.5% */
export function pct(ratio, digits = 1) {
  return ratio == null ? '—' : num(ratio * 100, digits) + '%';
}

const pad = n => String(n).padStart(2, '0');

/** 2026-05-03 14:22:05 in the browser's zone */
export function time(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function hourLabel(iso) { const d = new Date(iso); return `${pad(d.getHours())}:00`; }
export function dayLabel(iso) { const d = new Date(iso); return `${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; }

/** 3 分钟前 / 3 min ago */
export function ago(iso) {
  if (!iso) return '—';
  const s = Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000);
  if (s < 60) return t('time.seconds', { n: Math.floor(s) });
  if (s < 3600) return t('time.minutes', { n: Math.floor(s / 60) });
  if (s < 86400) return t('time.hours', { n: Math.floor(s / 3600) });
  return t('time.days', { n: Math.floor(s / 86400) });
}

/** 1 分 20 秒 / 1m 20s */
export function duration(ms) {
  if (ms == null) return '—';
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return t('dur.s', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return t('dur.ms', { m, s: s % 60 });
  return t('dur.hm', { h: Math.floor(m / 60), m: m % 60 });
}
