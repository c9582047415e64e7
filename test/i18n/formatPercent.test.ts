/**
 * One per cent format everywhere: Finnish with a no-break space before the sign, English without, the same
 * decimals for every figure, and a small share never written as "0" beside the total it counts in.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../src/i18n/format';
import { formulaOptions } from '../../src/i18n/formula';

describe('formatPercent', () => {
  it('writes Finnish with a no-break space before the sign and a decimal comma', () => {
    expect(formatPercent(0.43, 'fi')).toBe('43,0\u00a0%');
    expect(formatPercent(0.125, 'fi')).toBe('12,5\u00a0%');
    // A negative change with the Finnish minus sign the number formatter uses as well.
    expect(formatPercent(-0.152, 'fi')).toBe(`${formatNumber(-15.2, 'fi', 1, 1)}\u00a0%`);
  });

  it('writes English with no space and a decimal point', () => {
    expect(formatPercent(0.43, 'en')).toBe('43.0%');
    expect(formatPercent(-0.152, 'en')).toBe('-15.2%');
  });

  it('writes zero and 100 % with the same decimals as every other figure', () => {
    expect(formatPercent(0, 'fi')).toBe('0,0\u00a0%');
    expect(formatPercent(0, 'en')).toBe('0.0%');
    expect(formatPercent(1, 'fi')).toBe('100,0\u00a0%');
    expect(formatPercent(1, 'en')).toBe('100.0%');
    expect(formatPercent(0.04, 'fi')).toBe('4,0\u00a0%');
  });

  it('writes a share too small for the decimals as below the smallest step, never as zero', () => {
    expect(formatPercent(0.0001, 'fi')).toBe('<\u00a00,1\u00a0%');
    expect(formatPercent(1e-12, 'en')).toBe('<0.1%');
    expect(formatPercent(-1e-12, 'en')).toBe('>-0.1%');
    expect(formatPercent(-1e-12, 'fi')).toBe(`>\u00a0${formatNumber(-0.1, 'fi')}\u00a0%`);
    // Half a step rounds up to the step.
    expect(formatPercent(0.0005, 'en')).toBe('0.1%');
  });

  it('groups thousands the way the language does in large changes', () => {
    expect(formatPercent(12.345, 'fi')).toBe('1\u00a0234,5\u00a0%');
    expect(formatPercent(12.345, 'en')).toBe('1,234.5%');
  });

  it('keeps what a typed share needs in a written-out calculation, without trailing zeros', () => {
    expect(formatPercent(0.4, 'fi', 4, 0)).toBe('40\u00a0%');
    expect(formatPercent(1 / 3, 'en', 4, 0)).toBe('33.3333%');
    const fi = formulaOptions('fi').percent;
    const en = formulaOptions('en').percent;
    expect(fi?.(0.25)).toBe('25\u00a0%');
    expect(en?.(0.25)).toBe('25%');
  });
});
