/**
 * A calendar day as people type it: Finnish and Finland Swedish "15.3.2024" (also "15.3.2024." and with spaces), the ISO
 * "2024-03-15" in every language, and in English also "15/3/2024" (day first, as en-GB writes it). Stored
 * as "YYYY-MM-DD". A day that does not exist (31.2.2024) is refused, never moved to the next month.
 */
import type { Lang } from './issueMessages';

export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'invalid' };

const pad = (n: number) => String(n).padStart(2, '0');

function dayOf(y: number, m: number, d: number): DateParse {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return { ok: false, reason: 'invalid' };
  // The last day of month m: day 0 of the next month.
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return { ok: false, reason: 'invalid' };
  return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}` };
}

export function parseDate(text: string, lang: Lang): DateParse {
  const s = text.replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(s);
  if (!m && lang === 'en') m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
  return { ok: false, reason: 'invalid' };
}

/** A stored day ("2024-03-15") as the language writes it: "15.3.2024" / "15/03/2024". */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return lang === 'en' ? `${d}/${mo}/${y}` : `${Number(d)}.${Number(mo)}.${y}`;
}

/** The local calendar day of `now`, stored form ("YYYY-MM-DD"). */
export function todayOf(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
