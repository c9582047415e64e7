import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInput, parseNumber } from '../../src/i18n/parseNumber';

describe('parseNumber', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1234,5', 1234.5],
    ['0,25', 0.25],
    ['-4', -4],
    ['\u22124,5', -4.5],
    ['12 000', 12000],
    ['  7 ', 7],
  ])('Finnish %j is %d', (text, value) => {
    expect(parseNumber(text, 'fi')).toEqual({ ok: true, value });
  });

  it.each([
    ['1,234.5', 1234.5],
    ['1234.5', 1234.5],
    ['12,000', 12000],
    ['0.25', 0.25],
    ['-3', -3],
  ])('English %j is %d', (text, value) => {
    expect(parseNumber(text, 'en')).toEqual({ ok: true, value });
  });

  it.each([
    ['fi', '1.5', 'separator'],
    ['fi', '1 234.5', 'separator'],
    ['fi', '12 34', 'invalid'],
    ['fi', '1,2,3', 'invalid'],
    ['fi', 'abc', 'invalid'],
    ['fi', '', 'empty'],
    ['en', '1,5', 'separator'],
    ['en', '1,23.4', 'separator'],
    ['en', '1.2.3', 'invalid'],
    ['en', '12e5', 'invalid'],
  ] as const)('%s refuses %j (%s)', (lang, text, reason) => {
    expect(parseNumber(text, lang)).toEqual({ ok: false, reason });
  });

  it('round-trips any number through the format people type (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom('fi' as const, 'en' as const),
        (n, lang) => {
          const r = parseNumber(formatInput(n, lang), lang);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value).toBeCloseTo(n, 6);
        },
      ),
    );
  });
});
