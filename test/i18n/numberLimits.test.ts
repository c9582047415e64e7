/**
 * Issue 16, defect 4: the number parser and the display agree. 1e21 was stored and counted while its field
 * showed "1e+21" as invalid; 0,0000000000000000000001 was shown as "0"; a results page threw
 * "maximumFractionDigits value is out of range". What is shown as invalid is never counted, tiny numbers are
 * written out in digits, and no formatting function throws on a finite number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT } from '../../src/core/limits';
import { formatNumber, formatSignificant, formatTonnes } from '../../src/i18n/format';
import { issueMessage } from '../../src/i18n/issueMessages';
import { formatInput, parseNumber, plainDigits } from '../../src/i18n/parseNumber';

const LANGS = ['fi', 'sv', 'en'] as const;

describe('typed numbers beyond the limits', () => {
  it('1e21 typed in full is refused as too large (not stored, so not counted), in both languages', () => {
    expect(parseNumber('1 000 000 000 000 000 000 000', 'fi')).toEqual({
      ok: false,
      reason: 'range',
      bound: 'max',
      limit: MAX_INPUT,
    });
    expect(parseNumber('1,000,000,000,000,000,000,000', 'en')).toMatchObject({ ok: false, reason: 'range' });
    // 300 digits and 400 digits (Infinity as a double): too large, not "not a number".
    expect(parseNumber('9'.repeat(300), 'fi')).toMatchObject({ reason: 'range', bound: 'max' });
    expect(parseNumber('9'.repeat(400), 'en')).toMatchObject({ reason: 'range', bound: 'max' });
    // The largest accepted number is still a number.
    expect(parseNumber('1 000 000 000 000 000', 'fi')).toEqual({ ok: true, value: MAX_INPUT });
    expect(parseNumber('-1,000,000,000,000,000', 'en')).toEqual({ ok: true, value: -MAX_INPUT });
  });

  it('a number so small that it would be read as zero is refused; a tiny one is read', () => {
    expect(parseNumber(`0,${'0'.repeat(400)}1`, 'fi')).toMatchObject({ ok: false, bound: 'zero' });
    expect(parseNumber('0,0000000000000000000001', 'fi')).toEqual({ ok: true, value: 1e-22 });
    expect(parseNumber('0,000', 'fi')).toEqual({ ok: true, value: 0 });
  });

  it('the refusal has a message in Finnish and English that names the limit in digits', () => {
    const r = parseNumber('1 000 000 000 000 000 000 000', 'fi');
    if (r.ok || r.reason !== 'range') throw new Error('expected a range refusal');
    const params = { value: '1 000 000 000 000 000 000 000', bound: r.bound, limit: r.limit };
    const fi = issueMessage({ severity: 'error', path: '', code: 'number-limit', params }, 'fi');
    const en = issueMessage({ severity: 'error', path: '', code: 'number-limit', params }, 'en');
    expect(fi).toContain('liian suuri');
    expect(fi).toContain('1 000 000 000 000 000');
    expect(en).toContain('too large');
    expect(en).toContain('1,000,000,000,000,000');
    const zero = { value: '0,000…1', bound: 'zero', limit: 0 };
    expect(issueMessage({ severity: 'error', path: '', code: 'number-limit', params: zero }, 'fi')).toContain(
      'nollaksi',
    );
  });
});

describe('numbers shown in fields', () => {
  it('writes every digit, never an exponent: 1e21, 1e-22, 1.5e-7', () => {
    expect(formatInput(1e21, 'fi')).toBe('1 000 000 000 000 000 000 000');
    expect(formatInput(1e21, 'en', false)).toBe(`1${'0'.repeat(21)}`);
    expect(formatInput(1e-22, 'fi')).toBe('0,0000000000000000000001');
    expect(formatInput(1e-22, 'en')).toBe('0.0000000000000000000001');
    expect(formatInput(-1.5e-7, 'fi')).toBe('-0,00000015');
    expect(plainDigits(1.2345e25)).toBe('12345000000000000000000000');
    expect(plainDigits(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
  });

  it('any finite number is shown without an exponent and read back as exactly itself (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -MAX_INPUT, max: MAX_INPUT }),
        fc.constantFrom(...LANGS),
        fc.boolean(),
        (n, lang, group) => {
          const shown = formatInput(n, lang, group);
          expect(shown).not.toMatch(/e/i);
          const back = parseNumber(shown, lang);
          // A subnormal written out has more than 300 digits; it is still read as itself.
          expect(back).toEqual({ ok: true, value: n === 0 ? 0 : n });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('display formatting never throws on a finite number', () => {
  it('fraction digits a caller computed badly (NaN, 25, -1) are kept within what Intl accepts', () => {
    expect(() => formatNumber(0.000123, 'fi', Number.NaN)).not.toThrow();
    expect(formatNumber(0.000123, 'en', 25)).toBe('0.000123');
    expect(formatNumber(12.5, 'en', -1)).toBe('13');
    expect(formatNumber(1.5, 'fi', 1, 3)).toBe('1,5');
  });

  it('a number that is not zero is not shown as 0 where decimals are not fixed (1e-22 with 6 decimals)', () => {
    expect(formatNumber(1e-22, 'fi', 6)).toBe('0,0000000000000000000001');
    expect(formatNumber(-1.234e-9, 'en', 6)).toBe('-0.00000000123');
    expect(formatNumber(0.00001, 'en', 1)).toBe('0.00001');
    // A column of fixed decimals rounds like its neighbours.
    expect(formatNumber(1e-22, 'en', 2, 2)).toBe('0.00');
    expect(formatNumber(0, 'fi', 6)).toBe('0');
  });

  it('tiny and huge figures of a written-out calculation are in digits, not in exponent form', () => {
    expect(formatSignificant(1e-6, 'fi')).toBe('0,000001');
    expect(formatSignificant(1.23456789e-22, 'en')).toBe('0.000000000000000000000123457');
    expect(formatSignificant(2.5e14, 'en')).toBe('250,000,000,000,000');
  });

  it('formatNumber, formatTonnes, formatSignificant and formatInput for any finite double (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...LANGS),
        fc.integer({ min: -5, max: 40 }),
        (n, lang, digits) => {
          for (const s of [
            formatNumber(n, lang, digits),
            formatTonnes(n, lang),
            formatSignificant(n, lang),
            formatInput(n, lang),
          ]) {
            expect(s).not.toMatch(/e|∞|NaN|epäluku/i);
            expect(s.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
