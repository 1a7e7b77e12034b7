// A Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year]) in words, for the
// common shapes a schedule has; anything else gets null, and the page shows the expression as it is.
import { t, lang } from './i18n.js';

const DAYS = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const NUMBER = /^\d+$/;

/** The expression in words in the page's language, or null when its shape is not one of the common ones. */
export function cronInWords(expr) {
  const f = String(expr || '').trim().toUpperCase().split(/\s+/);
  if (f.length < 6 || f.length > 7 || (f.length === 7 && f[6] !== '*')) return null;
  const [sec, min, hour, dom, month, dow] = f;
  const when = timeOfDay(sec, min, hour);
  const days = dayPart(dom, month, dow);
  if (when == null || days == null) return null;
  // "every 15 minutes" needs no "every day" before it
  const daily = (dom === '*' || dom === '?') && (dow === '*' || dow === '?') && month === '*';
  const atClockTimes = NUMBER.test(min) && hour.split(',').every(x => NUMBER.test(x));
  if (daily && !atClockTimes) return when;
  return lang() === 'en' ? `${days}, ${when}` : `${days} ${when}`;
}

function timeOfDay(sec, min, hour) {
  if (!NUMBER.test(sec)) return null;
  const s = Number(sec);
  const clock = (h, m) => `${pad(h)}:${pad(m)}` + (s ? ':' + pad(s) : '');
  if (NUMBER.test(min) && hour.split(',').every(x => NUMBER.test(x))) {
    return hour.split(',').map(h => clock(Number(h), Number(min))).join(lang() === 'en' ? ', ' : '、');
  }
  const every = min.match(/^(?:\*|0)\/(\d+)$/);
  if (every && hour === '*') return t('cron.everyMinutes', { n: every[1] });
  if (every && /^\d+-\d+$/.test(hour)) {
    const [a, b] = hour.split('-').map(Number);
    return t('cron.everyMinutesBetween', { n: every[1], from: clock(a, 0), to: clock(b, 59) });
  }
  if (min === '*' && hour === '*' && s === 0) return t('cron.everyMinute');
  if (NUMBER.test(min) && hour === '*') return t('cron.everyHourAt', { m: Number(min) });
  if (NUMBER.test(min) && /^\d+-\d+$/.test(hour)) {
    const [a, b] = hour.split('-').map(Number);
    return t('cron.hourlyBetween', { from: clock(a, Number(min)), to: clock(b, Number(min)) });
  }
  return null;
}

function dayPart(dom, month, dow) {
  const anyDom = dom === '*' || dom === '?';
  const anyDow = dow === '*' || dow === '?';
  let days;
  if (anyDom && anyDow) days = t('cron.everyDay');
  else if (anyDom) days = weekdays(dow);
  else if (anyDow && dom === 'L') days = t('cron.lastDayOfMonth');
  else if (anyDow && dom.split(',').every(x => NUMBER.test(x))) days = t('cron.dayOfMonth', { d: dom.split(',').join(lang() === 'en' ? ', ' : '、') });
  else return null;
  if (days == null) return null;
  if (month === '*') return days;
  const months = month.split(',').map(monthNumber);
  if (months.some(m => m == null)) return null;
  return t('cron.inMonths', { m: months.map(monthName).join(lang() === 'en' ? ', ' : '、'), days });
}

function weekdays(dow) {
  const range = dow.match(/^(\w+)-(\w+)$/);
  if (range) {
    const a = dayNumber(range[1]);
    const b = dayNumber(range[2]);
    return a == null || b == null ? null : t('cron.daysFromTo', { from: dayName(a), to: dayName(b) });
  }
  const list = dow.split(',').map(dayNumber);
  if (list.some(d => d == null)) return null;
  return t('cron.onDays', { d: list.map(dayName).join(lang() === 'en' ? ', ' : '、') });
}

// Quartz counts days of the week 1 (Sunday) to 7 (Saturday)
function dayNumber(x) {
  if (x in DAYS) return DAYS[x];
  return NUMBER.test(x) && Number(x) >= 1 && Number(x) <= 7 ? Number(x) - 1 : null;
}

function monthNumber(x) {
  const i = MONTHS.indexOf(x);
  if (i >= 0) return i + 1;
  return NUMBER.test(x) && Number(x) >= 1 && Number(x) <= 12 ? Number(x) : null;
}

function dayName(d) { return t('cron.day.' + d); }

function monthName(m) { return t('cron.month.' + m); }

function pad(n) { return String(n).padStart(2, '0'); }

/** A moment in the given IANA time zone, as time() writes one: 2026-12-08 09:00:00. */
export function timeIn(iso, zone) {
  if (!iso) return '—';
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: zone || undefined, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
