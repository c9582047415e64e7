/** The written-out calculation in plain digits at every magnitude: no exponent notation (issue 11 item 5). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { formulaOf, num } from '../../src/core/formula';
import { entry, fiSet, inventory } from '../helpers';

/** The value `num` promises to show: the number rounded to six significant digits. */
const rounded = (n: number): number => Number(n.toPrecision(6));

/** Significant digits of plain decimal text: leading zeros and the point do not count, trailing ones do. */
const significantDigits = (text: string): number => {
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return text.includes('.') ? digits.length : digits.replace(/0+$/, '').length;
};

const magnitude = fc.oneof(
  fc.double({ min: 1e-12, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  // fc.double alone rarely lands on each power of ten: a mantissa times every power from 1e-12 to 1e15 too.
  fc
    .tuple(fc.double({ min: 1, max: 10, maxExcluded: true, noNaN: true }), fc.integer({ min: -12, max: 15 }))
    .map(([m, k]) => m * 10 ** k),
);
const signed = fc.tuple(magnitude, fc.boolean()).map(([a, neg]) => (neg ? -a : a));

describe('num', () => {
  it('writes 1e-12 … 1e15 in plain digits that read back as the value rounded to six significant digits', () => {
    fc.assert(
      fc.property(signed, (n) => {
        const text = num(n);
        expect(text).not.toMatch(/e/i);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(rounded(n));
        expect(significantDigits(text)).toBeLessThanOrEqual(6);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the figures the command line printed with an exponent in digits', () => {
    expect(num(1e-6)).toBe('0.000001');
    expect(num(1.0357142857e-5)).toBe('0.0000103571');
    expect(num(7.142857142857e-7)).toBe('0.000000714286');
    expect(num(1e-12)).toBe('0.000000000001');
    expect(num(-2.5e-9)).toBe('-0.0000000025');
  });

  it('writes very large numbers in digits, rounded to six significant ones, without "e+"', () => {
    expect(num(1e15)).toBe('1000000000000000');
    expect(num(1.23456789e21)).toBe('1234570000000000000000');
    expect(num(-9.87654321e17)).toBe('-987654000000000000');
    expect(num(123456789)).toBe('123457000');
  });

  it('keeps everyday figures as before', () => {
    expect(num(0)).toBe('0');
    expect(num(0.845)).toBe('0.845');
    expect(num(42.5)).toBe('42.5');
    expect(num(0.0359125)).toBe('0.0359125');
    expect(num(2.123456789)).toBe('2.12346');
  });
});

describe('formulaOf with the default number format', () => {
  it('writes the MJ → TJ step of a fuel as 0.000001, not 1e-6', async () => {
    const r = calculateInventory(
      inventory([
        entry({ category: 's1.stationary', activity: 'fuel.light-fuel-oil', quantity: 1000, unit: 'l' }),
      ]),
      { factorSet: await fiSet() },
    );
    const e = r.entries[0];
    if (!e) throw new Error('no entry calculated');
    const f = formulaOf(e);
    expect(f).toContain('× 0.000001 TJ/MJ');
    expect(f).not.toMatch(/\d[eE][+-]?\d/);
  });
});
