/**
 * The shape of an emission-factor set as the calculation uses it. Sets are data (src/factors/sets/*.json),
 * validated on load; a published set never changes, a correction is a new release.
 */
import type { CategoryId } from './categories';
import type { GwpSetId } from './gwp';
import type { Localized, Source, SourceStatus } from './source';
import type { FuelProperties, UnitId } from './units';

/** Per-gas amounts, keyed by gas id (see gwpData.ts). */
export type GasAmounts = Record<string, number>;

/** A factor's value for one data year: kg per unit of the factor. */
export interface FactorValue {
  year: number;
  /** kg of each gas per unit; CO2 here is fossil CO2 only. */
  gases?: GasAmounts;
  /** The source's own per-gas split in kg CO2e (e.g. DESNZ), made with `co2eGwp`. */
  co2eParts?: GasAmounts;
  /** kg CO2e per unit, when the source gives only a total (not re-weighted by the inventory's GWP set). */
  co2e?: number;
  /** The GWP set the source used for `co2eParts` / `co2e`. */
  co2eGwp?: GwpSetId;
  /** kg biogenic CO2 per unit, reported outside the scopes. */
  biogenicCO2?: number;
  source: string;
  /** Where in the source: table, sheet, row. */
  ref?: string;
  status: SourceStatus;
  derivation?: string;
}

export interface EmissionFactor {
  id: string;
  names: Localized;
  /** The unit the factor is per (its denominator). */
  unit: UnitId;
  values: FactorValue[];
  note?: string;
}

export interface FuelRecord {
  id: string;
  names: Localized;
  properties: FuelProperties;
  source: string;
  ref?: string;
  status: SourceStatus;
}

/**
 * Something a user can pick: "Diesel in vehicles", "Electricity, Finnish grid", "Flight, long-haul economy".
 * It says in which categories it may be entered and which factor applies.
 */
export interface Activity {
  id: string;
  names: Localized;
  categories: CategoryId[];
  /** The unit offered first; any unit of a convertible dimension is accepted. */
  unit: UnitId;
  /** Emission factor id. Absent for gas activities. */
  factor?: string;
  /** Factor including radiative forcing (flights); chosen by the inventory's option. */
  factorWithRF?: string;
  /** Residual-mix factor for the market-based method (Scope 2 electricity). */
  marketFactor?: string;
  /** Fuel properties id, for converting between volume, mass and energy. */
  fuel?: string;
  /** Gas or refrigerant (ASHRAE number or blend): the quantity is a mass of that gas, weighted by GWP. */
  gas?: string;
  method: 'activity' | 'spend';
  keywords?: string[];
}

export interface FactorSet {
  format: 'paastolaskuri-factor-set';
  version: 1;
  /** Series id, e.g. "fi". */
  id: string;
  /** Release within the series, e.g. "2025.1". Never reused for different content. */
  release: string;
  names: Localized;
  publisher: string;
  published: string;
  description?: Localized;
  sources: Record<string, Source>;
  fuels: FuelRecord[];
  factors: EmissionFactor[];
  activities: Activity[];
  /** Known gaps: what the set does not cover and why. */
  missing?: { what: string; why: string }[];
}

export function factorSetKey(set: { id: string; release: string }): string {
  return `${set.id}-${set.release}`;
}

/**
 * The value to use for an inventory year: the value of that year, else the latest earlier year, else the
 * earliest there is. `exact` says whether the year matched, so the trace can say when it did not.
 */
export function valueForYear(
  factor: EmissionFactor,
  year: number,
): { value: FactorValue; exact: boolean; fallback: 'none' | 'earlier' | 'later' } {
  let best: FactorValue | undefined;
  let earliest: FactorValue | undefined;
  for (const v of factor.values) {
    if (v.year <= year && (!best || v.year > best.year)) best = v;
    if (!earliest || v.year < earliest.year) earliest = v;
  }
  if (best)
    return { value: best, exact: best.year === year, fallback: best.year === year ? 'none' : 'earlier' };
  if (!earliest) throw new Error(`Factor ${factor.id} has no values`);
  return { value: earliest, exact: false, fallback: 'later' };
}
