/**
 * Turns an activity, a factor and an inventory's settings into precomputed coefficients: "per unit of input,
 * this many kg of each gas and kg CO2e". Resolved once per activity, unit and factor for a calculation run,
 * so a recalculation of a large inventory is a multiply-and-add per entry.
 */

import { toKgPerUnit } from './factorMass';
import type { Activity, EmissionFactor, FactorSet, FactorValue } from './factorSet';
import { factorSetKey, valueForYear } from './factorSet';
import type { GwpSetId } from './gwp';
import { GwpError, gasComposition, gwpOf } from './gwp';
import type { CustomFactor } from './inventory';
import type { FactorTrace, TraceNote } from './results';
import { UNSPLIT } from './results';
import type { ConversionStep, FuelProperties, UnitId } from './units';
import { conversionPath, pathFactor } from './units';

/** Per unit of the factor: kg of gas and kg CO2e by gas. */
export interface Coefficients {
  /** [gasId, kg gas per unit (NaN for UNSPLIT and RF_UPLIFT, which are not gases), kg CO2e per unit] */
  terms: readonly (readonly [string, number, number])[];
  co2e: number;
  biogenicCO2: number;
  gwp: Record<string, number>;
  notes: TraceNote[];
}

export function coefficientsOf(
  value: Omit<FactorValue, 'year' | 'source' | 'status'>,
  set: GwpSetId,
): Coefficients {
  const terms: [string, number, number][] = [];
  const gwp: Record<string, number> = {};
  const notes: TraceNote[] = [];
  let co2e = 0;
  const add = (gas: string, mass: number, e: number) => {
    terms.push([gas, mass, e]);
    co2e += e;
  };
  for (const [gas, mass] of Object.entries(value.gases ?? {})) {
    const g = gwpOf(gas, set);
    gwp[gas] = g;
    add(gas, mass, mass * g);
  }
  if (value.co2eParts) {
    const srcSet = value.co2eGwp;
    if (!srcSet) throw new GwpError('co2eParts without co2eGwp', set);
    for (const [gas, part] of Object.entries(value.co2eParts)) {
      // The source weighted its gases with its own GWP set: back to mass with that set, then our set.
      const mass = part / gwpOf(gas, srcSet);
      const g = gwpOf(gas, set);
      gwp[gas] = g;
      add(gas, mass, mass * g);
    }
    if (srcSet !== set) notes.push('co2e-parts-reweighted');
  }
  if (value.co2e !== undefined && !value.gases && !value.co2eParts) {
    add(UNSPLIT, Number.NaN, value.co2e);
    notes.push('co2e-not-reweighted');
  }
  return { terms, co2e, biogenicCO2: value.biogenicCO2 ?? 0, gwp, notes };
}

/** Key of the CO2e that radiative forcing adds to a flight: not a gas, so never counted as CO2 mass. */
export const RF_UPLIFT = 'RF';

/**
 * A flight with radiative forcing: the gases of the factor without it, plus the difference of the two factors
 * as a non-gas CO2e term (the source puts the uplift on its CO2 line, which would overstate CO2 mass).
 */
export function withRfUplift(rf: Coefficients, noRf: Coefficients): Coefficients {
  return {
    terms: [...noRf.terms, [RF_UPLIFT, Number.NaN, rf.co2e - noRf.co2e]],
    co2e: rf.co2e,
    biogenicCO2: noRf.biogenicCO2,
    gwp: noRf.gwp,
    notes: rf.notes,
  };
}

export interface ResolvedFactor {
  trace: FactorTrace;
  unit: UnitId;
  coefficients: Coefficients;
  notes: TraceNote[];
}

export function resolveFactor(
  factor: EmissionFactor,
  set: FactorSet,
  year: number,
  gwpSet: GwpSetId,
): ResolvedFactor {
  const { value, fallback } = valueForYear(factor, year);
  const source = set.sources[value.source];
  if (!source) throw new Error(`Factor ${factor.id} names unknown source ${value.source}`);
  const { year: vYear, source: _s, status, ref, derivation: _d, ...numbers } = value;
  const coefficients = coefficientsOf(numbers, gwpSet);
  const notes: TraceNote[] = [...coefficients.notes];
  if (fallback === 'earlier') notes.push('factor-earlier-year');
  if (fallback === 'later') notes.push('factor-later-year');
  const trace: FactorTrace = {
    id: factor.id,
    name: factor.names.en,
    unit: factor.unit,
    custom: false,
    set: factorSetKey(set),
    year: vYear,
    requestedYear: year,
    fallback,
    value: numbers,
    source,
    status,
    ...(ref !== undefined ? { ref } : {}),
  };
  return { trace, unit: factor.unit, coefficients, notes };
}

export function resolveCustomFactor(cf: CustomFactor, year: number, gwpSet: GwpSetId): ResolvedFactor {
  const value = toKgPerUnit(cf);
  const coefficients = coefficientsOf(value, gwpSet);
  const trace: FactorTrace = {
    id: cf.id,
    name: cf.name,
    unit: cf.unit,
    custom: true,
    set: 'custom',
    year: cf.year,
    requestedYear: year,
    fallback: cf.year === year ? 'none' : cf.year < year ? 'earlier' : 'later',
    value,
    source: { note: cf.source },
    status: 'custom',
    ...(cf.massUnit !== undefined && cf.massUnit !== 'kg'
      ? { typed: { massUnit: cf.massUnit, value: cf.value } }
      : {}),
  };
  return { trace, unit: cf.unit, coefficients, notes: [...coefficients.notes] };
}

/** A gas activity (refrigerant, SF6, fire suppression): 1 kg of the gas or blend is its components' masses. */
export function resolveGas(
  name: string,
  gwpSet: GwpSetId,
): { coefficients: Coefficients; composition: { gas: string; massFraction: number }[] } {
  const composition = gasComposition(name);
  if (!composition) throw new GwpError(name, gwpSet);
  const gases: Record<string, number> = {};
  for (const c of composition) gases[c.gas] = (gases[c.gas] ?? 0) + c.massFraction;
  return { coefficients: coefficientsOf({ gases }, gwpSet), composition };
}

export interface ResolvedConversion {
  steps: readonly ConversionStep[];
  factor: number;
}

/** Memoizes conversion paths per (from, to, fuel). */
export class ConversionCache {
  private readonly cache = new Map<string, ResolvedConversion>();
  get(
    from: UnitId,
    to: UnitId,
    fuelId: string | undefined,
    fuel: FuelProperties | undefined,
  ): ResolvedConversion {
    const key = `${from}|${to}|${fuelId ?? ''}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const steps = conversionPath(from, to, fuel);
      hit = { steps, factor: pathFactor(steps) };
      this.cache.set(key, hit);
    }
    return hit;
  }
}

function buildIndex(set: FactorSet) {
  return {
    activities: new Map<string, Activity>(set.activities.map((a) => [a.id, a])),
    factors: new Map<string, EmissionFactor>(set.factors.map((f) => [f.id, f])),
    fuels: new Map(set.fuels.map((f) => [f.id, f])),
  };
}

// A set is immutable once read, so its index is built once and shared by validation and calculation.
const indexes = new WeakMap<FactorSet, ReturnType<typeof buildIndex>>();

export function indexSet(set: FactorSet): ReturnType<typeof buildIndex> {
  let idx = indexes.get(set);
  if (!idx) {
    idx = buildIndex(set);
    indexes.set(set, idx);
  }
  return idx;
}
export type SetIndex = ReturnType<typeof indexSet>;
