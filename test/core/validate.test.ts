import { beforeAll, describe, expect, it } from 'vitest';
import { businessIdCheckDigit, isValidBusinessId } from '../../src/core/businessId';
import { calculateInventory } from '../../src/core/calculate';
import { compareYears } from '../../src/core/compare';
import type { FactorSet } from '../../src/core/factorSet';
import { formulaOf, num } from '../../src/core/formula';
import type { Entry, Inventory } from '../../src/core/inventory';
import { validateInventory } from '../../src/core/validate';
import { formulaOptions } from '../../src/i18n/formula';
import { entry, fiSet, inventory } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const codes = (inv: Inventory, sites: string[] = []) =>
  validateInventory(inv, set, new Set(sites)).map((i) => [i.severity, i.path, i.code]);

const one = (e: Partial<Entry>, over: Partial<Inventory> = {}) =>
  inventory(
    [entry({ category: 's1.mobile', activity: 'vehicle-fuel.diesel', quantity: 10, unit: 'l', ...e })],
    over,
  );

describe('validateInventory: bad input is named, with its path', () => {
  it('accepts a valid inventory', () => {
    expect(codes(one({}))).toEqual([]);
  });

  it.each<[string, Partial<Entry>, Partial<Inventory>, string, string]>([
    ['negative quantity outside fugitive', { quantity: -5 }, {}, '/entries/0/quantity', 'negative-quantity'],
    ['non-numeric quantity', { quantity: Number.NaN }, {}, '/entries/0/quantity', 'not-a-number'],
    ['unit of the wrong dimension', { unit: 'km' }, {}, '/entries/0/unit', 'wrong-dimension'],
    ['unknown unit', { unit: 'gallon' as never }, {}, '/entries/0/unit', 'unknown-unit'],
    ['unknown activity', { activity: 'fuel.unobtainium' }, {}, '/entries/0/activity', 'unknown-activity'],
    [
      'activity in a category it does not belong to',
      { category: 's2.electricity' },
      {},
      '/entries/0/category',
      'activity-category',
    ],
    ['deleted custom factor', { customFactor: 'nope' }, {}, '/entries/0/customFactor', 'factor-deleted'],
    ['unknown site', { site: 'elsewhere' }, {}, '/entries/0/site', 'unknown-site'],
    ['badly written period', { period: '2024-1' }, {}, '/entries/0/period', 'period-format'],
    ['period of another year', { period: '2023-05' }, {}, '/entries/0/period', 'period-year'],
    [
      'instrument outside Scope 2',
      { instruments: [{ kind: 'certificate', note: 'GO' }] },
      {},
      '/entries/0/instruments',
      'instrument-scope2-only',
    ],
    ['year before 1990', {}, { year: 1989 }, '/year', 'year-range'],
    ['year after 2100', {}, { year: 2101 }, '/year', 'year-range'],
    ['GWP set not offered for inventories', {}, { gwp: 'AR4' }, '/gwp', 'enum'],
    [
      'another factor set',
      {},
      { factorSet: { id: 'fi', release: '1999.1' } },
      '/factorSet',
      'factor-set-unknown',
    ],
  ])('%s', (_name, e, over, path, code) => {
    expect(codes(one(e, over))).toContainEqual(['error', path, code]);
  });

  it('refuses a custom factor without a source note', () => {
    const inv = one(
      { customFactor: 'cf' },
      { customFactors: [{ id: 'cf', name: 'x', unit: 'l', year: 2024, value: { co2e: 2 }, source: '  ' }] },
    );
    expect(codes(inv)).toContainEqual(['error', '/customFactors/0/source', 'custom-factor-source']);
  });

  it('refuses a custom activity without a factor and duplicate entry ids', () => {
    const inv = inventory([
      entry({ id: 'x', category: 's1.process', activity: 'custom', quantity: 1, unit: 'kg' }),
      entry({ id: 'x', category: 's1.mobile', activity: 'vehicle-fuel.diesel', quantity: 1, unit: 'l' }),
    ]);
    expect(codes(inv)).toEqual(
      expect.arrayContaining([
        ['error', '/entries/0/customFactor', 'custom-activity-needs-factor'],
        ['error', '/entries/1/id', 'duplicate-id'],
      ]),
    );
  });

  it('refuses instrument shares above 100 % and two supplier factors', () => {
    const inv = inventory([
      entry({
        category: 's2.electricity',
        activity: 'electricity.fi',
        quantity: 1,
        unit: 'kWh',
        instruments: [
          { kind: 'certificate', share: 0.7, note: 'a' },
          { kind: 'certificate', share: 0.6, note: 'b' },
          { kind: 'supplier', note: 'c' },
          { kind: 'supplier', note: 'd' },
        ],
      }),
    ]);
    expect(codes(inv)).toEqual(
      expect.arrayContaining([
        ['error', '/entries/0/instruments/1/share', 'instrument-share'],
        ['error', '/entries/0/instruments', 'instrument-supplier-twice'],
      ]),
    );
  });

  it('refuses a supplier contract without its factor and a contract factor of another unit', () => {
    const inv = inventory(
      [
        entry({
          category: 's2.electricity',
          activity: 'electricity.fi',
          quantity: 1,
          unit: 'kWh',
          instruments: [{ kind: 'supplier', note: 'contract' }],
        }),
        entry({
          category: 's2.electricity',
          activity: 'electricity.fi',
          quantity: 1,
          unit: 'kWh',
          instruments: [{ kind: 'supplier', factor: 'litres', note: 'contract' }],
        }),
      ],
      {
        customFactors: [{ id: 'litres', name: 'x', unit: 'l', year: 2024, value: { co2e: 1 }, source: 's' }],
      },
    );
    expect(codes(inv)).toEqual(
      expect.arrayContaining([
        ['error', '/entries/0/instruments/0/factor', 'instrument-needs-factor'],
        ['error', '/entries/1/instruments/0/factor', 'wrong-dimension'],
      ]),
    );
  });

  it('escapes gas names in paths (JSON Pointer)', () => {
    const inv = one(
      { customFactor: 'cf' },
      {
        customFactors: [
          { id: 'cf', name: 'x', unit: 'l', year: 2024, value: { gases: { 'a/b': 1 } }, source: 's' },
        ],
      },
    );
    expect(codes(inv)).toContainEqual(['error', '/customFactors/0/value/gases/a~1b', 'unknown-gas']);
  });

  it('warns about whole-year plus monthly entries (double counting) and old grid factors', () => {
    const inv = inventory(
      [
        entry({
          category: 's2.electricity',
          activity: 'electricity.fi',
          quantity: 100,
          unit: 'kWh',
          site: 'a',
        }),
        entry({
          category: 's2.electricity',
          activity: 'electricity.fi',
          quantity: 10,
          unit: 'kWh',
          site: 'a',
          period: '2020-03',
        }),
      ],
      { year: 2020 },
    );
    expect(codes(inv, ['a'])).toEqual(
      expect.arrayContaining([
        ['warning', '/entries/1', 'double-count'],
        ['warning', '/entries/0', 'stale-factor'],
      ]),
    );
  });

  it('allows recovered refrigerant as a negative quantity, but not a negative net amount', () => {
    const ok = inventory([
      entry({ category: 's1.fugitive', activity: 'refrigerant.R-410A', quantity: 5, unit: 'kg' }),
      entry({ category: 's1.fugitive', activity: 'refrigerant.R-410A', quantity: -3, unit: 'kg' }),
    ]);
    expect(codes(ok)).toEqual([]);
    const net = inventory([
      entry({ category: 's1.fugitive', activity: 'refrigerant.R-410A', quantity: -3, unit: 'kg' }),
    ]);
    expect(codes(net)).toEqual([['error', '/entries/0', 'negative-net']]);
  });

  it('allows negatives only for gases: not for a custom factor in the fugitive category', () => {
    const inv = inventory(
      [
        entry({
          category: 's1.fugitive',
          activity: 'custom',
          customFactor: 'eur',
          quantity: -1e6,
          unit: 'EUR',
        }),
      ],
      { customFactors: [{ id: 'eur', name: 'x', unit: 'EUR', year: 2024, value: { co2e: 1 }, source: 's' }] },
    );
    expect(codes(inv)).toContainEqual(['error', '/entries/0/quantity', 'negative-quantity']);
  });

  it("refuses an electricity contract's factor as a custom factor (it belongs in the instruments)", () => {
    const inv = inventory(
      [
        entry({
          category: 's2.electricity',
          activity: 'electricity.fi',
          quantity: 1,
          unit: 'kWh',
          customFactor: 'sup',
        }),
      ],
      {
        customFactors: [
          { id: 'sup', name: 'x', unit: 'kWh', year: 2024, value: { gases: { CO2: 0 } }, source: 's' },
        ],
      },
    );
    expect(codes(inv)).toContainEqual(['error', '/entries/0/customFactor', 'custom-factor-market']);
  });

  it('refuses a custom factor with both a CO2e total and gases', () => {
    const inv = one(
      { customFactor: 'cf' },
      {
        customFactors: [
          {
            id: 'cf',
            name: 'x',
            unit: 'l',
            year: 2024,
            value: { gases: { CO2: 0.01 }, co2e: 0.5 },
            source: 's',
          },
        ],
      },
    );
    expect(codes(inv)).toContainEqual(['error', '/customFactors/0/value', 'factor-value-ambiguous']);
  });

  it('validation and calculation agree on how instrument shares are allocated', () => {
    const inv = inventory([
      entry({
        category: 's2.electricity',
        activity: 'electricity.fi',
        quantity: 1,
        unit: 'kWh',
        instruments: [
          { kind: 'certificate', note: 'all that is left' },
          { kind: 'certificate', share: 0.3, note: 'nothing left for this one' },
        ],
      }),
    ]);
    expect(codes(inv)).toContainEqual(['error', '/entries/0/instruments/1/share', 'instrument-share']);
  });

  it('warns when a grid factor of a later year stands in for an early inventory', () => {
    const inv = inventory(
      [entry({ category: 's2.electricity', activity: 'electricity.fi', quantity: 1, unit: 'kWh' })],
      {
        year: 2012,
      },
    );
    expect(codes(inv)).toContainEqual(['warning', '/entries/0', 'stale-factor']);
  });

  it('does not crash on a metric left undefined', () => {
    expect(codes(one({}, { metrics: { production: undefined } }))).toEqual([]);
  });
});

describe('business ID (Y-tunnus)', () => {
  it.each([
    ['0112038-9', true], // Nokia Oyj, public register
    ['1234567-1', true],
    ['1234567-2', false],
    ['123456-7', false],
    ['abcdefg-1', false],
  ])('%s valid: %s', (id, ok) => {
    expect(isValidBusinessId(id)).toBe(ok);
  });
  it('has no check digit where the remainder is 1', () => {
    expect(businessIdCheckDigit('3456789')).toBeNull();
  });
});

describe('comparison and formula', () => {
  it('computes change against another year, absolute and relative', async () => {
    const a = calculateInventory(
      inventory([
        entry({ category: 's1.fugitive', activity: 'refrigerant.R-744', quantity: 100, unit: 'kg' }),
      ]),
      {
        factorSet: set,
      },
    );
    const b = calculateInventory(
      inventory(
        [entry({ category: 's1.fugitive', activity: 'refrigerant.R-744', quantity: 80, unit: 'kg' })],
        { year: 2025 },
      ),
      { factorSet: set },
    );
    const c = compareYears(b, a);
    expect(c.scope1).toEqual({ absolute: -20, relative: -0.2 });
    expect(c.scope3.relative).toBeNull();
    expect(c.methodDifferences).toEqual([]);
    const ar5 = calculateInventory(
      inventory(
        [entry({ category: 's1.fugitive', activity: 'refrigerant.R-744', quantity: 80, unit: 'kg' })],
        { gwp: 'AR5' },
      ),
      { factorSet: set },
    );
    expect(compareYears(ar5, a).methodDifferences).toEqual(['gwp-set']);
  });

  it('writes the calculation out with its numbers', () => {
    const r = calculateInventory(
      inventory([
        entry({ category: 's1.stationary', activity: 'fuel.light-fuel-oil', quantity: 1000, unit: 'l' }),
      ]),
      {
        factorSet: set,
      },
    );
    const f = formulaOf(r.entries[0] as never);
    expect(f).toContain('1000 l × 0.845 kg/l (density) × 42.5 MJ/kg (net calorific value)');
    expect(f).toContain('CH4-fossil: 0.0359125 TJ × 10 kg/TJ = 0.359125 kg × GWP 29.8 (AR6)');
    expect(f).toMatch(/total 2\d{3}\.\d+ kg CO2e/);
    expect(num(1e-7)).toBe('0.0000001');
  });

  it('writes the calculation out in Finnish with decimal commas when asked', () => {
    const r = calculateInventory(
      inventory([
        entry({ category: 's1.stationary', activity: 'fuel.light-fuel-oil', quantity: 1000, unit: 'l' }),
      ]),
      { factorSet: set },
    );
    const f = formulaOf(r.entries[0] as never, formulaOptions('fi'));
    expect(f).toContain('× 0,845 kg/l (tiheys) × 42,5 MJ/kg (tehollinen lämpöarvo)');
    expect(f).toContain('× GWP 29,8 (AR6)');
    expect(f).toMatch(/yhteensä 2\s?\d{3},\d+ kg CO2e/);
    expect(f).not.toMatch(/\d\.\d/);
    expect(formulaOf(r.entries[0] as never, formulaOptions('en'))).toContain('GWP 29.8 (AR6)');
  });
});
