import { describe, expect, it } from 'vitest';
import { blendGwp, GwpError, gasComposition, gwpOf, refrigerantNames } from '../../src/core/gwp';
import { BLENDS, GASES } from '../../src/core/gwpData';

describe('GWP sets', () => {
  it('has the IPCC 100-year values the sets are known by', () => {
    // Spot values cross-checked in docs/factor-research/gwp.json (openclimatedata, US EPA LCIA formatter, AR6 7.SM.7).
    expect([gwpOf('CH4', 'AR5'), gwpOf('N2O', 'AR5'), gwpOf('SF6', 'AR5')]).toEqual([28, 265, 23500]);
    expect([gwpOf('CH4', 'AR6'), gwpOf('N2O', 'AR6'), gwpOf('HFC-134a', 'AR6')]).toEqual([27.9, 273, 1530]);
    expect([gwpOf('CH4-fossil', 'AR6'), gwpOf('CH4-non-fossil', 'AR6')]).toEqual([29.8, 27.0]);
    expect(gwpOf('CO2', 'AR4')).toBe(1);
  });

  it('refuses a gas a set gives no value for, rather than counting zero', () => {
    expect(() => gwpOf('R-290', 'AR5')).toThrow(GwpError);
    expect(() => gwpOf('no-such-gas', 'AR6')).toThrow(/No AR6 GWP/);
  });

  it('reproduces the GHG Protocol / IPCC worked example: 0.5 t HFC-134a leaked × 1430 (AR4) = 715 t CO2e', () => {
    expect(500 * gwpOf('HFC-134a', 'AR4')).toBe(715_000);
  });

  it('reproduces GOV.UK F-gas guidance: 10 kg R-404A × 3922 (AR4) = 39.2 t CO2e', () => {
    // "0.01 tonnes × 3,922 GWP = 39.2 tonnes CO2 equivalent" (gov.uk/guidance/calculate-the-carbon-dioxide-equivalent-quantity-of-an-f-gas)
    const gwp = blendGwp('R-404A', 'AR4');
    expect(Math.round(gwp)).toBe(3922);
    expect(Math.round((10 * gwp) / 100) / 10).toBe(39.2);
  });

  it.each([
    ['R-410A', 2088],
    ['R-407C', 1774],
    ['R-407A', 2107],
    ['R-407F', 1825],
    ['R-427A', 2138],
  ])('computes %s from its composition to its published AR4 GWP %d', (name, published) => {
    expect(Math.round(blendGwp(name, 'AR4'))).toBe(published);
  });

  it('computes AR6 blend values as the vendor tables print them (R-404A 4728)', () => {
    expect(Math.round(blendGwp('R-404A', 'AR6'))).toBe(4728);
  });

  it('has blend compositions that add up to 100 % and only known gases', () => {
    for (const b of BLENDS) {
      const sum = b.composition.reduce((s, c) => s + c.massPercent, 0);
      expect(sum, b.id).toBeCloseTo(100, 6);
      for (const c of gasComposition(b.id) ?? [])
        expect(
          GASES.some((g) => g.id === c.gas),
          `${b.id}: ${c.gas}`,
        ).toBe(true);
    }
  });

  it('resolves refrigerant numbers to gases (R-744 is CO2, R-134a is HFC-134a)', () => {
    expect(gasComposition('R-744')).toEqual([{ gas: 'CO2', massFraction: 1 }]);
    expect(gasComposition('R-134a')).toEqual([{ gas: 'HFC-134a', massFraction: 1 }]);
    expect(gasComposition('R-999')).toBeUndefined();
    expect(refrigerantNames()).toContain('R-449A');
  });

  it('keeps HCFC-22 marked as a Montreal Protocol gas', () => {
    expect(GASES.find((g) => g.id === 'HCFC-22')?.montreal).toBe(true);
  });
});
