/**
 * Release 2026.1's Finnish road fuels (tools/release_2026/fuels.py), checked against a worked example whose
 * every input is a published figure, and its fossil methane.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import type { FactorSet } from '../../src/core/factorSet';
import { gwpOf } from '../../src/core/gwp';
import { coefficientsOf } from '../../src/core/resolve';
import { readFactorSet } from '../../src/factors/readFactorSet';
import { entry, inventory } from '../helpers';

const read = (file: string): FactorSet => {
  const { set, issues } = readFactorSet(JSON.parse(readFileSync(file, 'utf8')));
  expect(issues).toEqual([]);
  if (!set) throw new Error(`${file} did not read`);
  return set;
};

let set: FactorSet;
let published: FactorSet;
beforeAll(() => {
  set = read('src/factors/sets/fi-2026.1.json');
  published = read('src/factors/sets/fi-2025.1.json');
});

const RELEASE = { id: 'fi', release: '2026.1' };

/**
 * 1 000 l of diesel bought in Finland in 2024, worked by hand from the published figures:
 *  - bio share 13,5 % of the energy content: Energiavirasto, Jakeluvelvoite, https://energiavirasto.fi/jakeluvelvoite
 *    ("Vuosina 2023 ja 2024 jakeluvelvoite on 13,5 %"), under act 446/2007;
 *  - mineral diesel 36,2 MJ per litre: Statistics Norway, Energiinnhold, tetthet og virkningsgrad,
 *    https://www.ssb.no/a/magasinet/miljo/tabell.html ("43,1 GJ/tonn = 36,2 GJ/m3");
 *  - HVO 2,43 kg biogenic CO2 per litre and 70,83 kg per GJ: DESNZ conversion factors 2025, outside of scopes,
 *    rows 99_103_1036_8_2 and 99_103_1036_2_2, so 2,43 / 70,83 GJ = 34,307 MJ per litre;
 *  - 100 % mineral diesel CO2 2,62818, CH4 0,00029, N2O 0,03308 kg CO2e per litre (AR5): DESNZ 2024.
 * A litre of the blend holds 86,5 % of its energy as mineral diesel: 1 / (0,865 / 36,2 + 0,135 / 34,307)
 * = 35,932 MJ, of which 31,081 MJ mineral (0,85861 l of mineral diesel) and 4,851 MJ HVO.
 * Only the HVO's CO2 is outside the scopes (GHG Protocol): the CH4 and N2O of burning it are Scope 1, taken at
 * mineral diesel's values per MJ for the whole 35,932 MJ (35,932 / 36,2 = 0,99261 of a litre's).
 */
describe('diesel as sold in Finland, 2024: a worked example', () => {
  const share = 0.135;
  const eMineral = 36.2;
  const eHvo = (2.43 / 70.83) * 1000;
  const eBlend = 1 / ((1 - share) / eMineral + share / eHvo);
  const mineralLitres = ((1 - share) * eBlend) / eMineral;
  const energyLitres = eBlend / eMineral;

  it('the hand figures themselves', () => {
    expect(eHvo).toBeCloseTo(34.307, 3);
    expect(eBlend).toBeCloseTo(35.932, 3);
    expect(mineralLitres).toBeCloseTo(0.85861, 5);
    expect(energyLitres).toBeCloseTo(0.99261, 5);
  });

  it('1 000 l: fossil CO2 and CO2e from the mineral share, biogenic CO2 apart', () => {
    const inv = inventory(
      [entry({ category: 's1.mobile', activity: 'vehicle-fuel.diesel-fi', quantity: 1000, unit: 'l' })],
      { year: 2024, factorSet: RELEASE, gwp: 'AR5' },
    );
    const r = calculateInventory(inv, { factorSet: set });
    const e = r.entries[0];
    // kg of each gas from the DESNZ CO2e parts (AR5: CH4 28, N2O 265): fossil CO2 for 1 000 l × 0,85861 l
    // mineral, CH4 and N2O for the whole blend's energy, 1 000 l × 0,99261 l of mineral diesel's.
    const co2 = 2.62818 * mineralLitres * 1000;
    const ch4 = (0.00029 / 28) * energyLitres * 1000;
    const n2o = (0.03308 / 265) * energyLitres * 1000;
    expect(e?.location.gases.CO2).toBeCloseTo(co2, 1);
    expect(co2).toBeCloseTo(2256.6, 1);
    expect(e?.location.gases.N2O).toBeCloseTo(n2o, 4);
    expect(e?.location.co2e).toBeCloseTo(co2 + ch4 * 28 + n2o * 265, 1);
    expect(e?.location.co2e).toBeCloseTo(2289.7, 1);
    // The HVO's CH4 and N2O are in Scope 1, not lost: 4,5 kg more than scaling them with the fossil share.
    expect((e?.location.co2e ?? 0) - (co2 + 0.03337 * mineralLitres * 1000)).toBeCloseTo(4.47, 1);
    // 4,851 MJ of HVO a litre × 70,83 kg CO2/GJ = 0,3436 kg a litre: 343,6 kg, outside the scopes.
    expect(e?.biogenicCO2).toBeCloseTo(share * eBlend * 70.83, 0);
    expect(r.biogenicCO2).toBeCloseTo(343.6, 1);
    // Less than the 100 % mineral fuel's 2 661,6 kg by about the bio share.
    expect(e?.location.co2e).toBeLessThan(2661.55 * (1 - 0.13));
  });

  it('petrol is not derived: the obligation given to petrol alone would exceed what E10 may hold', () => {
    // 13,5 % of the energy as ethanol (21,3 MJ/l) in petrol (32,5 MJ/l) is 19 % of the volume; E10 allows 10 %.
    const eEthanol = (1.52 / 71.37) * 1000;
    const volumeShare = share / eEthanol / (share / eEthanol + (1 - share) / 32.5);
    expect(volumeShare).toBeGreaterThan(0.1);
    expect(set.factors.some((f) => f.id === 'fi.road-petrol.l')).toBe(false);
    expect(set.activities.some((a) => a.id === 'vehicle-fuel.petrol-fi')).toBe(false);
    expect(set.missing?.find((m) => m.what.startsWith('Petrol as sold in Finland'))?.why).toMatch(/E10/);
  });
});

describe('the Finnish road-fuel factors', () => {
  it('carry the obligation of 2022 (12 %), 2023 and 2024 (13,5 %) and no year that was not read', () => {
    for (const id of ['fi.road-diesel.l']) {
      const f = set.factors.find((x) => x.id === id);
      expect(f?.values.map((v) => v.year)).toEqual([2022, 2023, 2024]);
      for (const v of f?.values ?? []) {
        expect(v.status).toBe('derived');
        expect(v.derivation).toMatch(/x \(1 - s\)/);
        expect(set.sources[v.source]?.url).toMatch(/^https:\/\/(energiavirasto|tem)\.fi\//);
        expect(v.biogenicCO2).toBeGreaterThan(0);
      }
      expect(f?.note).toMatch(/assumption/);
    }
  });

  it('sit beside the UK 100 % mineral activities, which stay', () => {
    const ids = set.activities.map((a) => a.id);
    for (const id of ['vehicle-fuel.diesel', 'vehicle-fuel.petrol', 'vehicle-fuel.diesel-fi'])
      expect(ids).toContain(id);
    const mineral = set.activities.find((a) => a.id === 'vehicle-fuel.diesel');
    const finnish = set.activities.find((a) => a.id === 'vehicle-fuel.diesel-fi');
    expect(mineral?.factor).toBe('desnz.fuel.diesel-mineral.l');
    expect(finnish?.categories).toEqual(mineral?.categories);
    expect(mineral?.names.fi).toMatch(/100 % fossiilinen/);
  });
});

describe('fossil methane', () => {
  const naturalGas = (s: FactorSet) => {
    const v = s.factors.find((f) => f.id === 'ipcc2006.natural-gas')?.values[0];
    if (!v) throw new Error('no natural gas');
    const { year: _y, source: _s, status: _t, ref: _r, derivation: _d, ...numbers } = v;
    return numbers;
  };

  it('natural gas per TJ: 5 kg CH4 weigh 29,8 each in 2026.1 (AR6 Table 7.15), 27,9 in 2025.1', () => {
    const now = coefficientsOf(naturalGas(set), 'AR6');
    const before = coefficientsOf(naturalGas(published), 'AR6');
    expect(now.gwp['CH4-fossil']).toBe(29.8);
    expect(before.gwp.CH4).toBe(27.9);
    expect(now.co2e - before.co2e).toBeCloseTo(5 * (29.8 - 27.9), 9);
    expect(now.co2e).toBeCloseTo(56100 + 5 * 29.8 + 0.1 * 273, 6);
  });

  it('every fossil fuel given by gas mass is tagged; biomass and CO2e-only factors are not', () => {
    for (const id of [
      'ipcc2006.gas-diesel-oil',
      'ipcc2006.residual-fuel-oil',
      'ipcc2006.lpg',
      'ipcc2006.peat',
    ])
      expect(Object.keys(set.factors.find((f) => f.id === id)?.values[0]?.gases ?? {}), id).toContain(
        'CH4-fossil',
      );
    expect(Object.keys(set.factors.find((f) => f.id === 'ipcc2006.wood')?.values[0]?.gases ?? {})).toContain(
      'CH4',
    );
    // A source's CO2e parts keep the source's own weighting: its CH4 part goes back to mass with its CH4 GWP.
    const parts = set.factors.find((f) => f.id === 'desnz.fuel.diesel-mineral.l')?.values[0]?.co2eParts;
    expect(Object.keys(parts ?? {})).toContain('CH4');
    expect(gwpOf('CH4', 'AR5')).toBe(28);
  });
});

describe('names in Finnish', () => {
  it('no factor or activity of 2026.1 has an English or Portuguese Finnish name', () => {
    const foreign =
      /\b(oil|gas|fuel|mineral diesel|well-to-tank|premium|burning|natural|short-haul|long-haul)\b|Gás|Óleo|Seco/i;
    // Spend-based commodities are spend.py's: only some of them have Finnish names by design.
    const spend = new Set(
      set.activities.filter((a) => a.method === 'spend').flatMap((a) => [a.id, a.factor]),
    );
    const bad = [...set.factors, ...set.activities, ...set.fuels]
      .filter((x) => !spend.has(x.id) && foreign.test(x.names.fi))
      .map((x) => `${x.id}: ${x.names.fi}`);
    expect(bad).toEqual([]);
  });
});
