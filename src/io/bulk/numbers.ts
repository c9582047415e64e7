/**
 * Numbers in a spreadsheet column. Finnish files write `1 234,5` (the spaces may be no-break spaces, U+00A0 or
 * U+202F, as Excel writes them), sometimes `1.234,5`; English ones `1,234.5`. The convention is read from all
 * the values of a column together, because one value alone can be ambiguous: `1,234` is 1.234 in Finnish and
 * 1234 in English, `1.234` is 1234 in Finnish with a point between thousands and 1.234 in English.
 */
import { MAX_INPUT, underflows, withinInput } from '../../core/limits';
import { decimalComma } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';

export type Convention = 'fi' | 'en';
/** What one value tells about its column's convention. */
export type NumberKind = Convention | 'ambiguous' | 'plain' | 'invalid';

const SPACE = /[ \u00a0\u202f]/g;

/** "1 234,5 kWh" → number "1 234,5" and unit "kWh"; a cell without a unit has unit "". */
export function splitQuantity(cell: string): { number: string; unit: string } {
  const m = /^([-−+]?\d[\d \u00a0\u202f.,]*?)[ \u00a0\u202f]*([^\d\s.,].*)?$/.exec(cell.trim());
  if (!m) return { number: cell.trim(), unit: '' };
  return { number: m[1] ?? '', unit: (m[2] ?? '').trim() };
}

function normalise(text: string): { sign: string; body: string; spaced: boolean } | null {
  const t = text.trim().replace(/^\+/, '').replace(/^[−-]/, '-');
  const sign = t.startsWith('-') ? '-' : '';
  const rest = sign ? t.slice(1) : t;
  if (!/^\d[\d \u00a0\u202f.,]*$/.test(rest) || !/\d$/.test(rest)) return null;
  const spaced = SPACE.test(rest);
  SPACE.lastIndex = 0;
  if (spaced) {
    // Spaces only between groups of three digits, from the first group on.
    if (!/^\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/.test(rest)) return null;
    return { sign, body: rest.replace(SPACE, ''), spaced };
  }
  return { sign, body: rest, spaced };
}

export function classifyNumber(text: string): NumberKind {
  const n = normalise(text);
  if (!n) return 'invalid';
  const b = n.body;
  if (/^\d+$/.test(b)) return 'plain';
  if (/^\d+,\d+$/.test(b)) return !n.spaced && /^\d{1,3},\d{3}$/.test(b) ? 'ambiguous' : 'fi';
  // 1.234 is as ambiguous as 1,234: 1.234 in English, 1234 where a point groups thousands (1.234.567,5).
  if (/^\d+\.\d+$/.test(b)) return !n.spaced && /^\d{1,3}\.\d{3}$/.test(b) ? 'ambiguous' : 'en';
  if (n.spaced) return 'invalid';
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(b)) return 'en';
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(b)) return 'fi';
  return 'invalid';
}

/**
 * The value of a number in the given convention, or null when it is not a number of that convention. Digits
 * beyond what a double holds read as Infinity, to be refused as too large (quantityLimit), not as "not a number".
 */
export function readNumber(text: string, convention: Convention): number | null {
  const kind = classifyNumber(text);
  if (kind === 'invalid' || (kind !== 'plain' && kind !== 'ambiguous' && kind !== convention)) return null;
  const n = normalise(text);
  if (!n) return null;
  const plain = convention === 'fi' ? n.body.replace(/\./g, '').replace(',', '.') : n.body.replace(/,/g, '');
  const v = Number(n.sign + plain);
  return Number.isNaN(v) ? null : v;
}

export interface ColumnConvention {
  convention: Convention;
  /**
   * How it was decided: from the values; or assumed because every value was ambiguous or plain digits, from
   * the file's separator (`;` → Finnish, `,` → English) or, for tab-separated cells, from the UI language.
   */
  basis: 'values' | 'delimiter' | 'language' | 'majority';
  /** Whether any value could be read either way: then an assumption matters and is shown. */
  ambiguous: boolean;
}

export function columnConvention(
  values: readonly string[],
  delimiter: '\t' | ';' | ',',
  lang: Lang,
): ColumnConvention {
  let fi = 0;
  let en = 0;
  let ambiguous = 0;
  for (const v of values) {
    const k = classifyNumber(splitQuantity(v).number);
    if (k === 'fi') fi++;
    else if (k === 'en') en++;
    else if (k === 'ambiguous') ambiguous++;
  }
  if (fi > 0 && en === 0) return { convention: 'fi', basis: 'values', ambiguous: false };
  if (en > 0 && fi === 0) return { convention: 'en', basis: 'values', ambiguous: false };
  const fallback: Convention =
    delimiter === ';' ? 'fi' : delimiter === ',' ? 'en' : decimalComma(lang) ? 'fi' : 'en';
  const basis = delimiter === '\t' ? 'language' : 'delimiter';
  // Both kinds in one column: the more common is the column's; the others are shown as row problems.
  if (fi !== en) return { convention: fi > en ? 'fi' : 'en', basis: 'majority', ambiguous: ambiguous > 0 };
  return { convention: fallback, basis: fi > 0 ? 'majority' : basis, ambiguous: ambiguous > 0 || fi > 0 };
}

/**
 * Why a number read from a cell cannot be a quantity (src/core/limits.ts), or null: larger than MAX_INPUT
 * (a 300-digit cell), or written with non-zero digits yet so small that it reads as zero.
 */
export function quantityLimit(value: number, text: string): { bound: 'max' | 'zero'; limit: number } | null {
  if (!withinInput(value)) return { bound: 'max', limit: MAX_INPUT };
  if (underflows(value, text)) return { bound: 'zero', limit: 0 };
  return null;
}
