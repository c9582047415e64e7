/**
 * Dates and months as spreadsheets write them, to the entry's period "YYYY-MM": `31.1.2024`, `31.01.2024`, `3.1.24`,
 * `2024-01-31` (a time after it is ignored), `1/2024`, `01.2024`, `2024-01`, month names in Finnish or English
 * with or without a year (`tammikuu 2024`, `Jan 2024`), and a range within one month (`1.1.–31.1.2024`,
 * `2024-01-01 - 2024-01-31`). A range over the whole calendar year means the whole year. `1/2/2024` is not read:
 * day-first and month-first cannot be told apart.
 */

export type PeriodRead =
  /** A month; year null when the text named only the month. */
  | { kind: 'month'; year: number | null; month: number }
  /** A range from one day to another, in different months. */
  | { kind: 'range'; from: Ymd; to: Ymd }
  | { kind: 'invalid' };

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const FI_MONTHS = [
  'tammi',
  'helmi',
  'maalis',
  'huhti',
  'touko',
  'kesä',
  'heinä',
  'elo',
  'syys',
  'loka',
  'marras',
  'joulu',
];
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1–12 for a Finnish or English month name or its usual abbreviation, else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  // Finnish: the stem, then "kuu" in any case form (tammikuu, tammikuussa, tammikuun), or the stem alone.
  const fi = FI_MONTHS.findIndex((s) => w === s || (w.startsWith(`${s}kuu`) && /^[a-zäö]*$/.test(w)));
  if (fi >= 0) return fi + 1;
  const en = EN_MONTHS.findIndex((n) => n === w || (w.length >= 3 && n.startsWith(w) && w.length <= 4));
  return en >= 0 ? en + 1 : 0;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d: number): Ymd | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? { y, m, d } : null;
}

function day(text: string): Ymd | null {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(?:klo\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(t);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  // Two-digit years ("3.1.24", as card terminals print them) are of this century.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(t);
  if (m) return ymd(2000 + Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    t,
  );
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function month(text: string): { year: number | null; month: number } | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(t) ?? /^(\d{4})\/(\d{1,2})$/.exec(t);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { year: Number(m[1]), month: Number(m[2]) } : null;
  m = /^(\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { year: Number(m[2]), month: Number(m[1]) } : null;
  m = /^([A-Za-zÄÖäö]+\.?)(?:[\s\-/]+(\d{4}|\d{2}))?$/.exec(t) ?? null;
  if (m) {
    const n = monthNumber(m[1] ?? '');
    if (!n) return null;
    const y = m[2] === undefined ? null : m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return { year: y, month: n };
  }
  m = /^(\d{4})\s+([A-Za-zÄÖäö]+)$/.exec(t);
  if (m) {
    const n = monthNumber(m[2] ?? '');
    return n ? { year: Number(m[1]), month: n } : null;
  }
  return null;
}

function range(text: string): { from: Ymd; to: Ymd } | null {
  const t = text.trim();
  // "1.1.–31.1.2024": the year written once, at the end.
  let m = /^(\d{1,2})\.(\d{1,2})\.?\s*[–—-]\s*(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) {
    const y = Number(m[5]);
    const from = ymd(y, Number(m[2]), Number(m[1]));
    const to = ymd(y, Number(m[4]), Number(m[3]));
    return from && to ? { from, to } : null;
  }
  m = /^(.+?)\s*(?:\s[-–—]\s|[–—]|(?<=\d{4})-(?=\d{1,2}\.)|(?<=\.\d{4})-(?=\d))\s*(.+)$/.exec(t);
  if (!m) return null;
  const from = day(m[1] ?? '');
  const to = day(m[2] ?? '');
  return from && to ? { from, to } : null;
}

const before = (a: Ymd, b: Ymd) => a.y * 10000 + a.m * 100 + a.d <= b.y * 10000 + b.m * 100 + b.d;

export function readPeriod(text: string): PeriodRead {
  const d = day(text);
  if (d) return { kind: 'month', year: d.y, month: d.m };
  const mo = month(text);
  if (mo) return { kind: 'month', ...mo };
  const r = range(text);
  if (r && before(r.from, r.to)) {
    if (r.from.y === r.to.y && r.from.m === r.to.m) return { kind: 'month', year: r.from.y, month: r.from.m };
    return { kind: 'range', ...r };
  }
  return { kind: 'invalid' };
}

/** "2024-03" */
export function periodOf(year: number, m: number): string {
  return `${year}-${String(m).padStart(2, '0')}`;
}
