import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conversionPath,
  convert,
  dimensionOf,
  pathFactor,
  UNITS,
  UnitError,
  type UnitId,
  unitScale,
  unitsOf,
} from '../../src/core/units';

describe('units', () => {
  it.each([
    [1, 'MWh', 'kWh', 1000],
    [1, 'kWh', 'MJ', 3.6],
    [1, 'GJ', 'kWh', 1000 / 3.6],
    [2.5, 't', 'kg', 2500],
    [1, 'm3', 'l', 1000],
    [1500, 'EUR', 'kEUR', 1.5],
  ] as const)('%d %s is %d %s', (v, from, to, expected) => {
    expect(convert({ value: v, unit: from }, to).value).toBeCloseTo(expected, 10);
  });

  it('refuses a unit of another dimension, naming both', () => {
    expect(() => unitScale('kWh', 'l')).toThrow(UnitError);
    expect(() => unitScale('km', 'kg')).toThrow(
      expect.objectContaining({
        code: 'wrong-dimension',
        params: { from: 'km', to: 'kg', fromDimension: 'distance', toDimension: 'mass' },
      }),
    );
  });

  it('refuses an unknown unit', () => {
    expect(() => dimensionOf('gallon')).toThrow(/Unknown unit "gallon"/);
  });

  it('converts fuel volume to energy through density and net calorific value', () => {
    // light fuel oil: 0.845 kg/l, 42.5 MJ/kg → 1000 l = 845 kg = 35 912.5 MJ
    const steps = conversionPath('l', 'MJ', { densityKgPerL: 0.845, ncvMJPerKg: 42.5 });
    expect(steps.map((s) => s.via)).toEqual(['density', 'ncv']);
    expect(1000 * pathFactor(steps)).toBeCloseTo(35912.5, 6);
  });

  it('converts energy back to mass and volume', () => {
    const f = pathFactor(conversionPath('GJ', 'l', { densityKgPerL: 0.845, ncvMJPerKg: 42.5 }));
    expect(35.9125 * f).toBeCloseTo(1000, 6);
  });

  it('uses a volume-based calorific value directly (natural gas per m³)', () => {
    const steps = conversionPath('m3', 'kWh', { ncvMJPerL: 0.036 });
    expect(steps.some((s) => s.via === 'ncv')).toBe(true);
    expect(pathFactor(steps)).toBeCloseTo(10, 10); // 36 MJ per m³ = 10 kWh
  });

  it('says which fuel property is missing', () => {
    expect(() => conversionPath('l', 'kg', { ncvMJPerKg: 42 })).toThrow(/density/);
    expect(() => conversionPath('kg', 'MJ', { densityKgPerL: 0.8 })).toThrow(/net calorific value/);
    expect(() => conversionPath('l', 'kWh')).toThrow(UnitError);
  });

  it('round-trips any quantity within a dimension (property)', () => {
    const units = Object.keys(UNITS) as UnitId[];
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (u, v) => {
        for (const other of unitsOf(dimensionOf(u))) {
          const back = convert(convert({ value: v, unit: u }, other), u).value;
          expect(back).toBeCloseTo(v, Math.abs(v) > 1 ? 6 : 9);
        }
      }),
    );
  });

  it('round-trips through fuel properties (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 1.2, noNaN: true }),
        fc.double({ min: 5, max: 55, noNaN: true }),
        fc.constantFrom<UnitId>('l', 'm3', 'kg', 't', 'MJ', 'GJ', 'kWh', 'MWh'),
        fc.constantFrom<UnitId>('l', 'm3', 'kg', 't', 'MJ', 'GJ', 'kWh', 'MWh'),
        (density, ncv, a, b) => {
          const fuel = { densityKgPerL: density, ncvMJPerKg: ncv };
          const there = pathFactor(conversionPath(a, b, fuel));
          const back = pathFactor(conversionPath(b, a, fuel));
          expect(there * back).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});
