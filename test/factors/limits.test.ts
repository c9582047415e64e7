/**
 * Issue 16, defect 3: a factor-set file with a value of 1e308 was loaded without a warning and calculated
 * into Infinity. Every number a calculation multiplies must be within the limits (src/core/limits.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT } from '../../src/core/limits';
import { readFactorSet } from '../../src/factors/readFactorSet';

interface RawSet {
  factors: { values: { gases?: Record<string, number>; co2e?: number; biogenicCO2?: number }[] }[];
  fuels: { properties: Record<string, number> }[];
}
const raw = () => JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8')) as RawSet;
const refusal = (data: unknown) => {
  const { set, issues } = readFactorSet(data);
  expect(set).toBeUndefined();
  return issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]);
};

describe('a factor-set file with numbers beyond the limits is refused whole, with paths', () => {
  it('a gas value of 1e308', () => {
    const data = raw();
    const v = data.factors[0]?.values[0];
    if (!v?.gases) throw new Error('the first factor has gas values');
    v.gases.CO2 = 1e308;
    expect(refusal(data)).toEqual([['/factors/0/values/0/gases/CO2', 'number-limit']]);
  });

  it('a CO2e total and a biogenic value just over the limit', () => {
    const data = raw();
    const i = data.factors.findIndex((f) => f.values[0]?.co2e !== undefined);
    const v = data.factors[i]?.values[0];
    if (!v) throw new Error('the set has a factor with a CO2e total');
    v.co2e = MAX_INPUT * 2;
    v.biogenicCO2 = 1e300;
    expect(refusal(data)).toEqual([
      [`/factors/${i}/values/0/co2e`, 'number-limit'],
      [`/factors/${i}/values/0/biogenicCO2`, 'number-limit'],
    ]);
  });

  it("a fuel's density of 1e308", () => {
    const data = raw();
    const fuel = data.fuels[0];
    if (!fuel) throw new Error('the set has fuels');
    fuel.properties.densityKgPerL = 1e308;
    expect(refusal(data)).toEqual([['/fuels/0/properties/densityKgPerL', 'number-limit']]);
  });

  it('the values at the limit are read', () => {
    const data = raw();
    const v = data.factors[0]?.values[0];
    if (!v?.gases) throw new Error('the first factor has gas values');
    v.gases.CO2 = MAX_INPUT;
    const { set, issues } = readFactorSet(data);
    expect(issues).toEqual([]);
    expect(set?.factors[0]?.values[0]?.gases?.CO2).toBe(MAX_INPUT);
  });
});
