/** The shapes the calculation returns. Screens, PDF, CSV and the city file all format these, never compute. */
import type { CategoryId, Scope } from './categories';
import type { FactorValue, GasAmounts } from './factorSet';
import type { GwpSetId } from './gwp';
import type { DataQuality, FactorMassUnit } from './inventory';
import type { Issue } from './issues';
import type { Source } from './source';
import type { ConversionStep, Quantity, UnitId } from './units';

/** Key under which CO2e that a source gave only as a total is carried: it is not split by gas. */
export const UNSPLIT = 'CO2e';

export interface Emissions {
  /** kg of each gas (mass). CO2e given only as a total has no mass and is absent here. */
  gases: GasAmounts;
  /** kg CO2e per gas id, plus UNSPLIT. */
  co2eByGas: GasAmounts;
  /** kg CO2e */
  co2e: number;
}

export interface FactorTrace {
  id: string;
  name: string;
  unit: string;
  custom: boolean;
  /** The factor set it came from ("fi-2025.1"), or "custom". */
  set: string;
  /** The data year of the value used, and the inventory year it was asked for. */
  year: number;
  requestedYear: number;
  fallback: 'none' | 'earlier' | 'later';
  value: Omit<FactorValue, 'year' | 'source' | 'status'>;
  source: Source | { note: string };
  ref?: string;
  status: FactorValue['status'] | 'custom';
  /** An own factor written in another mass unit than kg: its value as typed ("45 g/kWh"); `value` is in kg. */
  typed?: { massUnit: FactorMassUnit; value: Omit<FactorValue, 'year' | 'source' | 'status'> };
}

export interface MarketPart {
  kind: 'certificate' | 'supplier' | 'residual-mix' | 'location-fallback';
  share: number;
  /** null: a renewable guarantee of origin without a factor of its own, 0 g CO2e per unit. */
  factor: FactorTrace | null;
  co2e: number;
  note?: string;
}

export type TraceNote =
  | 'factor-earlier-year'
  | 'factor-later-year'
  | 'co2e-not-reweighted'
  | 'co2e-parts-reweighted'
  | 'no-residual-mix'
  | 'radiative-forcing-included'
  | 'radiative-forcing-excluded'
  | 'negative-quantity';

export interface Trace {
  quantity: Quantity;
  conversions: readonly ConversionStep[];
  /** The quantity in the factor's unit (or kg of gas for refrigerants). */
  converted: Quantity;
  factor?: FactorTrace;
  gas?: { name: string; composition: readonly { gas: string; massFraction: number }[] };
  gwpSet: GwpSetId;
  /** The GWP of each gas that was weighted. */
  gwp: Readonly<Record<string, number>>;
  market?: MarketPart[];
  notes: readonly TraceNote[];
}

export interface EntryResult {
  entryId: string;
  category: CategoryId;
  scope: Scope;
  activity: string;
  site?: string;
  period?: string;
  dataQuality?: DataQuality;
  /** Scopes 1 and 3, and Scope 2 location-based. */
  location: Emissions;
  /** Scope 2 only: market-based. */
  market?: Emissions;
  biogenicCO2: number;
  trace: Trace;
}

export interface DualTotal {
  location: number;
  market: number;
}

export interface CategoryTotal extends DualTotal {
  biogenicCO2: number;
  entries: number;
}

export interface GasTotals {
  /** kg of each gas */
  mass: GasAmounts;
  /** kg CO2e of each gas */
  co2e: GasAmounts;
}

/**
 * One emission source of a year: the entries of one category and activity with the same factor (default or
 * custom) and factor unit, summed. Ranked by location-based CO2e, the list says where to act first; the
 * sources of a year sum to its totals, and years are compared source by source (decompose.ts).
 */
export interface SourceTotal {
  /** Stable within and across years: category, activity, custom factor id and factor unit. */
  key: string;
  category: CategoryId;
  scope: Scope;
  /** Activity id in the factor set, or "custom". */
  activity: string;
  /** The custom factor id the entries used instead of the activity's default factor. */
  customFactor?: string;
  /** The factor applied (location-based for Scope 2); absent for gas activities (refrigerants), see `gas`. */
  factor?: { id: string; name: string; custom: boolean; set: string };
  /** Gas or blend name of a gas activity, whose amount is kg of that gas. */
  gas?: string;
  /** Sum of the entries' quantities in `unit`, the factor's unit (kg of gas for gas activities). */
  amount: number;
  unit: UnitId;
  /**
   * The same sum in the unit the entries were typed in, which is what people are shown (typedAmounts.ts):
   * where entries were typed in different units, the unit most of the quantity was typed in. `scale` is how
   * many of `unit` one typed unit is. Absent in results written before it existed.
   */
  typed?: TypedAmount;
  /** kg CO2e; for Scopes 1 and 3 market equals location. */
  location: number;
  market: number;
  /** kg biogenic CO2 */
  biogenicCO2: number;
  entries: number;
}

export interface TypedAmount {
  amount: number;
  unit: UnitId;
  scale: number;
}

export interface IntensityFigure {
  denominator: 'fte' | 'revenue-meur' | 'floor-area-m2' | 'production';
  /** The production unit the partner named, for 'production'. */
  unit?: string;
  amount: number;
  scope12: DualTotal;
  total: DualTotal;
}

export interface InventoryResult {
  year: number;
  gwpSet: GwpSetId;
  factorSet: { id: string; release: string };
  radiativeForcing: boolean;
  /** kg CO2e */
  scope1: number;
  scope2: DualTotal;
  scope3: number;
  total: DualTotal;
  /** kg biogenic CO2, outside the scopes; by scope, the Scope 1 figure is the Corporate Standard's memo item. */
  biogenicCO2: number;
  biogenicByScope: Record<Scope, number>;
  byCategory: Partial<Record<CategoryId, CategoryTotal>>;
  byGas: { location: GasTotals; market: GasTotals };
  bySite: Record<string, DualTotal>;
  /** Share of total (location-based) CO2e by data quality. */
  byDataQuality: Record<DataQuality | 'unspecified', DualTotal>;
  /** Every source of the year, by location-based CO2e descending (then market, then key): where to act first. */
  sources: SourceTotal[];
  intensities: IntensityFigure[];
  entries: EntryResult[];
  warnings: Issue[];
}

/** Key used in bySite for entries without a site. */
export const NO_SITE = '';
