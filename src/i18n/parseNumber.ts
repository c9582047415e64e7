/**
 * Numbers as people type them, read by the UI language so that no input means two things:
 * Finnish "1 234,5" (comma for decimals, spaces between thousands), English "1,234.5" (point for decimals,
 * commas between groups of three). A Finnish input with a point, or an English one with a comma that is not
 * a thousands separator, is refused with a reason instead of being guessed.
 */
import type { Lang } from './issueMessages';

export type ParseResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'invalid' | 'separator' };

const SPACES = /[\s\u00a0\u202f]/g;

export function parseNumber(text: string, lang: Lang): ParseResult {
  let s = text.trim().replace(/\u2212/g, '-');
  if (s === '') return { ok: false, reason: 'empty' };
  if (lang === 'fi') {
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
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'invalid' };
}

/** A number written back in the user's format, without losing digits (for fields filled from data). */
export function formatInput(n: number, lang: Lang, group = true): string {
  // Plain digits even where JavaScript would write an exponent (1e-7): people do not type those.
  const plain = /e/i.test(String(n)) ? n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : String(n);
  const [int, frac] = plain.split('.');
  const sign = (int ?? '').startsWith('-') ? '-' : '';
  const digits = (int ?? '').replace('-', '');
  const grouped = group ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fi' ? ' ' : ',') : digits;
  return `${sign}${grouped}${frac ? (lang === 'fi' ? ',' : '.') + frac : ''}`;
}
