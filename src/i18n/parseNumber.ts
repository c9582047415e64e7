/**
 * Numbers as people type them, read by the UI language so that no input means two things:
 * Finnish "1 234,5" (comma for decimals, spaces between thousands), English "1,234.5" (point for decimals,
 * commas between groups of three). A Finnish input with a point, or an English one with a comma that is not
 * a thousands separator, is refused with a reason instead of being guessed.
 */
import { MAX_INPUT, underflows, withinInput } from '../core/limits';
import { plainDigits } from '../core/plainDigits';
import { decimalComma } from './format';
import type { Lang } from './issueMessages';

// Moved to the core (the written-out calculation uses it too); still offered here, where the fields use it.
export { plainDigits };

export type ParseResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'invalid' | 'separator' }
  /**
   * A number, but outside what the calculation accepts (src/core/limits.ts): larger than MAX_INPUT, or so
   * small that it would be read as zero. Handed on as no number, like any refused input.
   */
  | { ok: false; reason: 'range'; bound: 'max' | 'zero'; limit: number };

const SPACES = /[\s\u00a0\u202f]/g;

export function parseNumber(text: string, lang: Lang): ParseResult {
  let s = text.trim().replace(/\u2212/g, '-');
  if (s === '') return { ok: false, reason: 'empty' };
  if (decimalComma(lang)) {
    if (s.includes('.')) return { ok: false, reason: 'separator' };
    if (/\d[\s\u00a0\u202f]\d/.test(s) && !/^-?\d{1,3}([\s\u00a0\u202f]\d{3})*(,\d+)?$/.test(s)) {
      return { ok: false, reason: 'invalid' };
    }
    s = s.replace(SPACES, '').replace(',', '.');
  } else {
    if (s.includes(',') && !/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s.replace(SPACES, ''))) {
      return { ok: false, reason: 'separator' };
    }
    s = s.replace(SPACES, '').replace(/,/g, '');
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { ok: false, reason: 'invalid' };
  const value = Number(s);
  if (!withinInput(value)) return { ok: false, reason: 'range', bound: 'max', limit: MAX_INPUT };
  if (underflows(value, s)) return { ok: false, reason: 'range', bound: 'zero', limit: 0 };
  return { ok: true, value };
}

/** A number written back in the user's format, without losing digits (for fields filled from data). */
export function formatInput(n: number, lang: Lang, group = true): string {
  // Plain digits even where JavaScript would write an exponent (1e-7, 1e+21): people do not type those, and
  // the field would read them as invalid while the number counts.
  const [int, frac] = plainDigits(n).split('.');
  const sign = (int ?? '').startsWith('-') ? '-' : '';
  const digits = (int ?? '').replace('-', '');
  const grouped = group ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, decimalComma(lang) ? ' ' : ',') : digits;
  return `${sign}${grouped}${frac ? (decimalComma(lang) ? ',' : '.') + frac : ''}`;
}
