/**
 * Number and date formatting for display, in one place: Finnish and Finland Swedish "1 234,5", English
 * "1,234.5".
 */
import type { Lang } from './issueMessages';

/** Swedish as written in Finland (sv-FI): numbers as in Finnish, "28 nov. 2026 12.05" for times. */
const LOCALES: Record<Lang, string> = { fi: 'fi-FI', en: 'en-GB', sv: 'sv-FI' };

/** The BCP 47 locale of a language, for Intl and for a document's language tag. */
export function intlLocale(lang: Lang): string {
  return LOCALES[lang];
}

/** Whether the language writes a decimal comma and groups thousands with spaces (Finnish and Swedish). */
export function decimalComma(lang: Lang): boolean {
  return lang !== 'en';
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(
  n: number,
  lang: Lang,
  maximumFractionDigits = 1,
  minimumFractionDigits = 0,
): string {
  // Digits a caller computed from the number itself (NaN from a logarithm, 25 for a tiny value) must not make
  // Intl throw "maximumFractionDigits value is out of range": kept within what every engine accepts.
  const max = fractionDigits(maximumFractionDigits);
  const min = Math.min(fractionDigits(minimumFractionDigits), max);
  const key = `${lang}|${max}|${min}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: max, minimumFractionDigits: min });
    formatters.set(key, f);
  }
  if (n !== 0 && Math.abs(n) < 0.5 * 10 ** -max) {
    // A figure that would round to zero: in a column of fixed decimals (tonnes, "0,00") it rounds like its
    // neighbours and reads "0", not "-0"; elsewhere a number that is not zero is never shown as "0", but with
    // its first digits written out (0,000000000012).
    return min > 0 || !Number.isFinite(n) ? f.format(0) : firstDigits(lang).format(n);
  }
  return f.format(n);
}

const tiny = new Map<Lang, Intl.NumberFormat>();

function firstDigits(lang: Lang): Intl.NumberFormat {
  let f = tiny.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumSignificantDigits: 3 });
    tiny.set(lang, f);
  }
  return f;
}

/** 0–20 fraction digits (the range of Intl.NumberFormat in every engine the app supports); 0 for NaN. */
function fractionDigits(d: number): number {
  return Number.isFinite(d) ? Math.min(20, Math.max(0, Math.round(d))) : 0;
}

/**
 * kg CO2e shown as tonnes, the unit partners report in: two decimals under 10 t, else one, always written
 * out ("2 371,0" beside "2 056,9"), so the figures of a column line up; zero is "0".
 */
export function formatTonnes(kg: number, lang: Lang): string {
  if (kg === 0) return formatNumber(0, lang);
  const digits = Math.abs(kg) < 10_000 ? 2 : 1;
  return formatNumber(kg / 1000, lang, digits, digits);
}

/** A time as people read it: "28.11.2026 klo 14.05" / "28 Nov 2026, 14:05" (`long`: the month by name). */
export function formatDateTime(iso: string, lang: Lang, dateStyle: 'medium' | 'long' = 'medium'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle, timeStyle: 'short' }).format(d);
}

const significant = new Map<Lang, Intl.NumberFormat>();

/**
 * Up to six significant digits in the language's format, for figures of a written-out calculation. Tiny and
 * huge figures are written out in digits too (0,000001 TJ/MJ): no reader of the app is expected to read 1e-6.
 */
export function formatSignificant(n: number, lang: Lang): string {
  let f = significant.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumSignificantDigits: 6 });
    significant.set(lang, f);
  }
  return f.format(n);
}

const percents = new Map<string, Intl.NumberFormat>();

/**
 * Every percentage the app writes (screen, PDF, charts, trace), from a fraction (0.43): Finnish "43,0 %"
 * with a no-break space (kielitoimisto), English "43.0%". `decimals` is fixed by default so the figures of
 * a table share their decimals; a figure too small for them reads "< 0,1 %", never "0 %" beside a total
 * it counts in (a negative one "> −0,1 %").
 */
export function formatPercent(
  fraction: number,
  lang: Lang,
  decimals = 1,
  minimumDecimals = decimals,
): string {
  const key = `${lang}|${decimals}|${minimumDecimals}`;
  let f = percents.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      style: 'percent',
      maximumFractionDigits: decimals,
      minimumFractionDigits: minimumDecimals,
    });
    percents.set(key, f);
  }
  const step = 10 ** -decimals / 100;
  if (fraction !== 0 && Math.abs(fraction) < step / 2) {
    const sign = decimalComma(lang) ? '\u00a0' : '';
    return fraction > 0 ? `<${sign}${f.format(step)}` : `>${sign}${f.format(-step)}`;
  }
  return f.format(fraction);
}
