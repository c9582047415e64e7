/**
 * Own factors that cannot go wrong quietly (issue 11): the mass unit they are typed in converted exactly,
 * the plausibility rule against the built-in factor of the same kind, and bad values named at their field.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { convertMass, fromKgPerUnit, shiftDecimal, toKgPerUnit } from '../../src/core/factorMass';
import type { FactorSet } from '../../src/core/factorSet';
import { formulaOf } from '../../src/core/formula';
import type { CustomFactor, Entry, FactorMassUnit, Inventory } from '../../src/core/inventory';
import { checkOwnFactor, ELECTRICITY_MAX_KG_PER_KWH } from '../../src/core/ownFactorCheck';
import { validateInventory } from '../../src/core/validate';
import { formatTonnes } from '../../src/i18n/format';
import { formulaOptions } from '../../src/i18n/formula';
import { issueMessage } from '../../src/i18n/issueMessages';
import { entry, fiSet, inventory } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const EXPONENT: Record<FactorMassUnit, number> = { g: -3, kg: 0, t: 3 };

/** A decimal as a person types it: up to 15 significant digits, a point anywhere (or none). */
const typedDecimal = fc
  .tuple(fc.bigInt({ min: 1n, max: 999_999_999_999_999n }), fc.integer({ min: -12, max: 6 }))
  .map(([mantissa, exp]) => ({ mantissa, exp, value: Number(`${mantissa}e${exp}`) }));

describe('factorMass: the mass unit an own factor is typed in, converted exactly', () => {
  it('moves the decimal point: the double nearest the exact decimal, not a product', () => {
    expect(toKgPerUnit({ massUnit: 'g', value: { co2e: 45 } }).co2e).toBe(0.045);
    expect(toKgPerUnit({ massUnit: 'g', value: { co2e: 0.13 } }).co2e).toBe(0.00013);
    // What multiplying would give, and why the digits are moved instead.
    expect(0.13 * 0.001).not.toBe(0.00013);
    expect(toKgPerUnit({ massUnit: 't', value: { gases: { CO2: 56.1 } } }).gases?.CO2).toBe(56100);
    expect(toKgPerUnit({ value: { co2e: 2.68 } }).co2e).toBe(2.68);
    expect(convertMass(0.196, 'kg', 'g')).toBe(196);
  });

  it('gives the double JavaScript reads for the shifted decimal, for any typed decimal and unit', () => {
    fc.assert(
      fc.property(typedDecimal, fc.constantFrom<FactorMassUnit>('g', 'kg', 't'), (d, unit) => {
        // The oracle: the same digits with the exponent changed, parsed by the engine.
        const expected = Number(`${d.mantissa}e${d.exp + EXPONENT[unit]}`);
        expect(shiftDecimal(d.value, EXPONENT[unit])).toBe(expected);
      }),
    );
  });

  it('round trips: typed → kg → typed gives the same decimal, in every field of the value', () => {
    fc.assert(
      fc.property(
        typedDecimal,
        typedDecimal,
        fc.constantFrom<FactorMassUnit>('g', 'kg', 't'),
        (a, b, massUnit) => {
          const value = { gases: { CO2: a.value, CH4: b.value }, biogenicCO2: b.value };
          const back = fromKgPerUnit(toKgPerUnit({ value, massUnit }), massUnit);
          expect(back).toEqual(value);
          expect(String(back.gases?.CO2)).toBe(String(a.value));
        },
      ),
    );
  });
});

const contract = (over: Partial<CustomFactor> = {}): CustomFactor => ({
  id: 'contract',
  name: 'Sähkösopimus 2024',
  unit: 'kWh',
  massUnit: 'g',
  value: { gases: { CO2: 45 } },
  year: 2024,
  source: 'Energiayhtiö Oy, sähkön alkuperä 2024',
  ...over,
});

/** The bakery's electricity: 84 000 kWh, all of it under the supplier's contract factor. */
const bakery = (cf: CustomFactor): Inventory =>
  inventory(
    [
      entry({
        id: 'power',
        category: 's2.electricity',
        activity: 'electricity.fi',
        quantity: 84_000,
        unit: 'kWh',
        instruments: [{ kind: 'supplier', factor: cf.id, note: 'Sopimus' }],
      }),
    ],
    { customFactors: [cf] },
  );

const issuesOf = (inv: Inventory) => validateInventory(inv, set, new Set());

describe("the bakery's contract", () => {
  it('entered as 45 g/kWh gives 3.8 t market-based, and no warning', () => {
    const inv = bakery(contract());
    expect(issuesOf(inv)).toEqual([]);
    const r = calculateInventory(inv, { factorSet: set });
    // 84 000 kWh × 45 g/kWh = 3 780 000 g = 3 780 kg.
    expect(r.scope2.market).toBeCloseTo(3780, 9);
    expect(formatTonnes(r.scope2.market, 'fi')).toBe('3,78');
    expect(Number((r.scope2.market / 1000).toFixed(1))).toBe(3.8);
  });

  it('shows the factor as typed and in kg in the trace', () => {
    const r = calculateInventory(bakery(contract()), { factorSet: set });
    const part = r.entries[0]?.trace.market?.find((p) => p.kind === 'supplier');
    expect(part?.factor?.typed).toEqual({ massUnit: 'g', value: { gases: { CO2: 45 } } });
    expect(part?.factor?.value).toEqual({ gases: { CO2: 0.045 } });
    const fi = formulaOf(r.entries[0] as NonNullable<(typeof r.entries)[0]>, formulaOptions('fi'));
    expect(fi).toContain('CO2 45 g/kWh = CO2 0,045 kg/kWh');
    expect(fi).toContain('Sähkösopimus 2024');
    expect(fi).not.toContain('contract 2024');
  });

  it('"45" typed in kg/kWh gives a visible warning naming both values, and is kept', () => {
    const inv = bakery(contract({ massUnit: 'kg' }));
    const issues = issuesOf(inv);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    const ratio = issues.find((i) => i.code === 'own-factor-ratio');
    expect(ratio).toMatchObject({
      path: '/customFactors/0/value',
      record: { kind: 'customFactor', id: 'contract' },
    });
    // The residual mix of 2024 in the set is 0.39093 kg CO2/kWh; 45 / 0.39093 ≈ 115.1.
    const fi = issueMessage(ratio as NonNullable<typeof ratio>, 'fi');
    expect(fi).toContain('45 kg CO2e/kWh on 115 kertaa sähkön jäännösjakauman 0,39093 kg CO2e/kWh');
    const en = issueMessage(ratio as NonNullable<typeof ratio>, 'en');
    expect(en).toContain('45 kg CO2e/kWh is 115 times the residual mix of electricity, 0.39093 kg CO2e/kWh');
    expect(issues.find((i) => i.code === 'own-factor-range')?.path).toBe('/customFactors/0/value');
    // A warning: the year is still calculated, at the value as typed.
    expect(calculateInventory(inv, { factorSet: set }).scope2.market).toBeCloseTo(84_000 * 45, 6);
  });

  it('a contract far below the residual mix is not flagged (renewable and nuclear contracts are)', () => {
    expect(issuesOf(bakery(contract({ value: { gases: { CO2: 1 } } })))).toEqual([]);
    expect(issuesOf(bakery(contract({ value: { co2e: 0 } })))).toEqual([]);
  });

  it('a factor per litre for electricity is an error at the factor’s unit', () => {
    const issues = issuesOf(bakery(contract({ unit: 'l' })));
    expect(issues).toContainEqual(
      expect.objectContaining({ severity: 'error', path: '/customFactors/0/unit', code: 'own-factor-unit' }),
    );
    const fi = issueMessage(issues.find((i) => i.code === 'own-factor-unit') as never, 'fi');
    expect(fi).toContain('(g CO2e/l)');
    expect(fi).toContain('yksikössä kWh ');
  });
});

describe('the plausibility rule against an activity’s default factor', () => {
  const diesel = (cf: CustomFactor, unit: Entry['unit'] = 'l'): Inventory =>
    inventory(
      [
        entry({
          category: 's1.mobile',
          activity: 'vehicle-fuel.diesel',
          quantity: 1000,
          unit,
          customFactor: cf.id,
        }),
      ],
      { customFactors: [cf] },
    );
  const own = (value: CustomFactor['value'], massUnit?: FactorMassUnit): CustomFactor => ({
    id: 'own-diesel',
    name: 'Toimittajan diesel',
    unit: 'l',
    ...(massUnit ? { massUnit } : {}),
    value,
    year: 2024,
    source: 'Polttoainetoimittaja, tuoteseloste 2024',
  });
  const codes = (inv: Inventory) => issuesOf(inv).map((i) => [i.severity, i.path, i.code]);

  it('accepts a value near the default, typed in any mass unit', () => {
    expect(codes(diesel(own({ co2e: 2.5 })))).toEqual([]);
    expect(codes(diesel(own({ co2e: 2500 }, 'g')))).toEqual([]);
    expect(codes(diesel(own({ co2e: 0.0025 }, 't')))).toEqual([]);
  });

  it('warns above 5× and below 1/5 of the default, in the unit it was typed in', () => {
    expect(codes(diesel(own({ co2e: 2.5 }, 't')))).toEqual([
      ['warning', '/customFactors/0/value', 'own-factor-ratio'],
    ]);
    const low = issuesOf(diesel(own({ co2e: 250 }, 'g')));
    expect(low.map((i) => i.code)).toEqual(['own-factor-ratio']);
    expect(low[0]?.params.massUnit).toBe('g');
    expect(issueMessage(low[0] as never, 'fi')).toMatch(
      /^Oma päästökerroin 250 g CO2e\/l on vain 1\/\d+ toiminnon oletuskertoimen arvosta [\d\s,]+ g CO2e\/l/,
    );
  });

  it('warns of zero for a fossil fuel, refuses a negative value, and still refuses a factor without source', () => {
    expect(codes(diesel(own({ co2e: 0 })))).toEqual([
      ['warning', '/customFactors/0/value', 'own-factor-zero'],
    ]);
    expect(codes(diesel(own({ gases: { CO2: -2.5 } })))).toContainEqual([
      'error',
      '/customFactors/0/value',
      'own-factor-negative',
    ]);
    const unsourced = diesel({ ...own({ co2e: 2.5 }), source: ' ' });
    expect(codes(unsourced)).toContainEqual(['error', '/customFactors/0/source', 'custom-factor-source']);
    // Not named by its id, a UUID no reader can place.
    expect(issueMessage(issuesOf(unsourced)[0] as never, 'fi')).toBe(
      'Omalta päästökertoimelta puuttuu lähde. Kerro, kuka arvon on julkaissut ja missä.',
    );
  });

  it('warns of zero for a fossil fuel whose default factor is a CO2e total without its gases (petrol)', () => {
    const petrol = inventory(
      [
        entry({
          category: 's1.mobile',
          activity: 'vehicle-fuel.petrol',
          quantity: 1000,
          unit: 'l',
          customFactor: 'own-petrol',
        }),
      ],
      { customFactors: [{ ...own({ co2e: 0 }), id: 'own-petrol' }] },
    );
    expect(codes(petrol)).toEqual([['warning', '/customFactors/0/value', 'own-factor-zero']]);
  });

  it('names an electricity factor above the physical range, whatever it is compared with', () => {
    const found = checkOwnFactor(
      contract({ massUnit: 'kg', value: { co2e: ELECTRICITY_MAX_KG_PER_KWH * 1.1 } }),
      {
        gwp: 'AR6',
        electricity: true,
      },
    );
    expect(found.map((f) => f.code)).toEqual(['own-factor-range']);
    expect(
      checkOwnFactor(contract({ massUnit: 'g', value: { co2e: 1400 } }), { gwp: 'AR6', electricity: true }),
    ).toEqual([]);
  });
});
