/**
 * Issue 16, defects 3 and 4 in the core: overflowing quantities and factors were calculated into Infinity and
 * NaN totals. Each is now a validation error with its path, and the calculation refuses it on its own too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { Checker } from '../../src/core/check';
import { compareYears } from '../../src/core/compare';
import type { FactorSet } from '../../src/core/factorSet';
import type { CustomFactor, Entry, Inventory } from '../../src/core/inventory';
import { CalculationError, type Issue } from '../../src/core/issues';
import { MAX_INPUT, MAX_RESULT, MIN_METRIC } from '../../src/core/limits';
import { validateInventory } from '../../src/core/validate';
import { formatIssue } from '../../src/i18n/issueMessages';
import { entry, fiSet, inventory } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const electricity = (quantity: number, unit: Entry['unit'] = 'kWh', id?: string): Entry =>
  entry({ category: 's2.electricity', activity: 'electricity.fi', quantity, unit, ...(id ? { id } : {}) });

const errors = (inv: Inventory): Issue[] =>
  validateInventory(inv, set, new Set()).filter((i) => i.severity === 'error');
const brief = (issues: readonly Issue[]) => issues.map((i) => [i.path, i.code]);

/** The error the calculation throws, or undefined when it returns a result. */
function calculationError(inv: Inventory): Issue | undefined {
  try {
    calculateInventory(inv, { factorSet: set });
    return undefined;
  } catch (e) {
    if (e instanceof CalculationError) return e.issue;
    throw e;
  }
}

const customFactor = (co2e: number): CustomFactor => ({
  id: 'cf',
  name: 'Oma',
  unit: 'kg',
  value: { co2e },
  year: 2024,
  source: 'Toimittaja 2024',
});

describe('numbers beyond the limits are validation errors with their paths', () => {
  it('a quantity of 1e308 GWh: refused at its quantity, and not calculated into Infinity', () => {
    const inv = inventory([electricity(1e308, 'GWh')]);
    expect(brief(errors(inv))).toEqual([['/entries/0/quantity', 'number-limit']]);
    const thrown = calculationError(inv);
    expect(thrown).toMatchObject({ path: '/entries/0/quantity', code: 'result-limit' });
  });

  it('a quantity within the input limit whose conversion is beyond the result limit: 1e15 GWh', () => {
    const inv = inventory([electricity(MAX_INPUT, 'GWh')]);
    const e = errors(inv);
    expect(brief(e)).toEqual([['/entries/0/quantity', 'result-limit']]);
    expect(e[0]?.params).toMatchObject({ what: 'amount', unit: 'kWh', limit: MAX_RESULT });
    expect(formatIssue(e[0] as Issue, 'fi')).toContain('1 000 000 000 000 000 000');
    expect(formatIssue(e[0] as Issue, 'en')).toContain('1,000,000,000,000,000,000');
  });

  it('two entries of 1e308 kWh: both refused; nothing is summed into Infinity', () => {
    const inv = inventory([electricity(1e308), electricity(1e308)]);
    expect(brief(errors(inv))).toEqual([
      ['/entries/0/quantity', 'number-limit'],
      ['/entries/1/quantity', 'number-limit'],
    ]);
    expect(calculationError(inv)?.code).toBe('result-limit');
  });

  it('entries each within the limits whose sum is not: the year is refused, not its total overflowed', () => {
    // 7·10^17 kg twice: each converted amount is within 10^18, their sum is not.
    const inv = inventory([
      entry({ category: 's3.01', activity: 'custom', customFactor: 'cf', quantity: 7e14, unit: 't' }),
      entry({ category: 's3.01', activity: 'custom', customFactor: 'cf', quantity: 7e14, unit: 't' }),
    ]);
    inv.customFactors = [customFactor(1e-3)];
    const e = errors(inv);
    expect(brief(e)).toEqual([['/entries', 'total-limit']]);
    expect(e[0]?.params).toMatchObject({ what: 'amount' });
    expect(calculationError(inv)).toMatchObject({ path: '/entries', code: 'total-limit' });
  });

  it('a custom factor of 1e300 on a quantity of 1e300: the factor, the quantity and the entry are refused', () => {
    const inv = inventory([
      entry({ category: 's3.01', activity: 'custom', customFactor: 'cf', quantity: 1e300, unit: 'kg' }),
    ]);
    inv.customFactors = [customFactor(1e300)];
    expect(brief(errors(inv))).toEqual([
      ['/customFactors/0/value/co2e', 'number-limit'],
      ['/entries/0/quantity', 'number-limit'],
      ['/entries/0/customFactor', 'result-limit'],
    ]);
    expect(calculationError(inv)?.code).toBe('result-limit');
    // The same factor on an ordinary quantity: the entry using it is not counted either.
    const small = inventory([
      entry({ category: 's3.01', activity: 'custom', customFactor: 'cf', quantity: 2, unit: 'kg' }),
    ]);
    small.customFactors = [customFactor(1e300)];
    expect(brief(errors(small))).toEqual([
      ['/customFactors/0/value/co2e', 'number-limit'],
      ['/entries/0/customFactor', 'result-limit'],
    ]);
  });

  it('a factor value that is not finite, reaching the calculation without validation, is refused there', () => {
    const inv = inventory([
      entry({ category: 's3.01', activity: 'custom', customFactor: 'cf', quantity: 0, unit: 'kg' }),
    ]);
    inv.customFactors = [customFactor(Number.POSITIVE_INFINITY)];
    // The entry using it cannot be computed: said at the entry as well.
    expect(brief(errors(inv))).toEqual([
      ['/customFactors/0/value/co2e', 'not-a-number'],
      ['/entries/0/quantity', 'result-limit'],
    ]);
    // Even a quantity of zero: 0 × Infinity would be NaN.
    expect(calculationError(inv)).toMatchObject({ path: '/entries/0/quantity', code: 'result-limit' });
  });

  it('a quantity of 1e21 is refused (it had been counted as 10^18 t while shown as invalid)', () => {
    expect(brief(errors(inventory([electricity(1e21)])))).toEqual([['/entries/0/quantity', 'number-limit']]);
    // The largest accepted quantity is counted.
    const r = calculateInventory(inventory([electricity(MAX_INPUT)]), { factorSet: set });
    expect(Number.isFinite(r.total.location) && r.total.location > 0).toBe(true);
  });

  it('a size metric too small to divide by, or too large, is refused; intensities stay finite', () => {
    const inv = inventory([electricity(1000)], { metrics: { fte: 5e-324, floorAreaM2: 1e16 } });
    expect(brief(errors(inv))).toEqual([
      ['/metrics/fte', 'number-limit'],
      ['/metrics/floorAreaM2', 'number-limit'],
    ]);
    const ok = inventory([electricity(MAX_INPUT / 1e6, 'MWh')], { metrics: { revenueEur: MIN_METRIC } });
    expect(errors(ok)).toEqual([]);
    const r = calculateInventory(ok, { factorSet: set });
    expect(r.intensities.every((f) => Number.isFinite(f.total.location))).toBe(true);
  });

  it('a relative change against a year of almost nothing is null, not Infinity', () => {
    const tiny = calculateInventory(inventory([electricity(1e-310)]), { factorSet: set });
    expect(tiny.total.location).toBeGreaterThan(0);
    const big = calculateInventory(inventory([electricity(1e12)]), { factorSet: set });
    const c = compareYears(big, tiny);
    for (const change of [c.totalLocation, c.totalMarket, c.scope2Location]) {
      expect(Number.isFinite(change.absolute)).toBe(true);
      expect(change.relative === null || Number.isFinite(change.relative)).toBe(true);
    }
  });
});

describe('readers: a number beyond the limits', () => {
  it('is an error in a file, and kept with a warning in a backup, which restores rows as stored', () => {
    const refuse = new Checker();
    expect(refuse.number({ q: 1e308 }, 'q', '/e', { limited: true })).toBeUndefined();
    expect(refuse.issues.map((i) => [i.severity, i.path, i.code])).toEqual([
      ['error', '/e/q', 'number-limit'],
    ]);
    const keep = new Checker('keep');
    expect(keep.number({ q: 1e308 }, 'q', '/e', { limited: true })).toBe(1e308);
    expect(keep.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'number-limit']]);
    const metric = new Checker();
    expect(metric.number({ fte: 1e-9 }, 'fte', '', { smallest: MIN_METRIC })).toBeUndefined();
    expect(metric.issues[0]?.params).toMatchObject({ bound: 'min', limit: MIN_METRIC });
    expect(metric.number({ fte: 0 }, 'fte', '', { smallest: MIN_METRIC })).toBe(0);
  });
});
