/** Number and date formatting for display, in one place: Finnish "1 234,5" or English "1,234.5". */
import type { Lang } from './issueMessages';

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 1): string {
  const key = `${lang}|${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits });
    formatters.set(key, f);
  }
  // A small negative change that rounds to zero reads "0", not "-0".
  return f.format(Math.abs(n) < 0.5 * 10 ** -maximumFractionDigits ? 0 : n);
}

/** kg CO2e shown as tonnes, the unit partners report in. */
export function formatTonnes(kg: number, lang: Lang): string {
  return formatNumber(kg / 1000, lang, kg !== 0 && Math.abs(kg) < 10_000 ? 2 : 1);
}

/** A time as people read it: "28.11.2026 klo 14.05" / "28 Nov 2026, 14:05" (`long`: the month by name). */
export function formatDateTime(iso: string, lang: Lang, dateStyle: 'medium' | 'long' = 'medium'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle, timeStyle: 'short' }).format(d);
}
