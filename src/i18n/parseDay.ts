/**
 * Calendar days as people type and read them: Finnish "15.3.2025" (or "15.03.2025"), stored as
 * "2025-03-15". Both languages also accept the stored form; English shows it, as no English reader misreads
 * it (15/3 and 3/15 would be two days). A day that does not exist (31.2.2025) is refused, never moved.
 */
import type { Lang } from './issueMessages';

export type DayResult = { ok: true; value: string } | { ok: false; reason: 'empty' | 'invalid' };

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of a real day, or undefined. */
function isoDay(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  // Day 0 of the next month is the last day of this one.
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Either language: "15.3.2025", "15.03.2025" or "2025-03-15". */
export function parseDay(text: string): DayResult {
  const s = text.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const day = fi
    ? isoDay(Number(fi[3]), Number(fi[2]), Number(fi[1]))
    : iso
      ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : undefined;
  return day ? { ok: true, value: day } : { ok: false, reason: 'invalid' };
}

/** A stored day as the language writes it: "15.3.2025" in Finnish (kielitoimisto), "2025-03-15" in English. */
export function formatDay(day: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m || lang !== 'fi') return day;
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}

/** The local calendar day of `now`, stored form. */
export function dayOf(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
