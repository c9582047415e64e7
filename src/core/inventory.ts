/**
 * The inputs of a yearly inventory: what the partner typed. Plain data, shared by the calculation,
 * the exchange format and the storage layer.
 */
import type { CategoryId } from './categories';
import type { FactorValue } from './factorSet';
import type { GwpSetId } from './gwp';
import type { UnitId } from './units';

export type DataQuality = 'measured' | 'invoice' | 'estimated';
export type BoundaryApproach = 'operational-control' | 'financial-control' | 'equity-share';

/** Mass units an own factor may be written in. */
export type FactorMassUnit = 'g' | 'kg' | 't';

/** A factor the partner supplies: a supplier's published value, a contract's factor. Its source is required. */
export interface CustomFactor {
  id: string;
  name: string;
  unit: UnitId;
  /**
   * The mass unit the value is written in, as the source writes it ("45 g CO2/kWh"): g, kg (when absent) or t.
   * The value is kept as typed; the calculation converts it to kg exactly (issue 11).
   */
  massUnit?: FactorMassUnit;
  /** Same meaning as a default factor's value for one year, in `massUnit` per `unit`. */
  value: Omit<FactorValue, 'year' | 'source' | 'status'>;
  year: number;
  /** Who published the value, where: required, a factor without a source is refused. */
  source: string;
}

/**
 * A contractual instrument for the market-based Scope 2 method (Scope 2 Guidance hierarchy):
 * energy attribute certificates (guarantees of origin) first, then the supplier-specific factor of the
 * contract, the rest at the residual mix.
 */
export interface ContractualInstrument {
  kind: 'certificate' | 'supplier';
  /** Share of the entry's quantity the instrument covers, 0–1. A supplier factor covers what certificates leave. */
  share?: number;
  /** Custom factor id; a certificate without one is a renewable guarantee of origin, 0 g CO2e/kWh. */
  factor?: string;
  note: string;
}

export interface Entry {
  id: string;
  category: CategoryId;
  /** Activity id in the factor set, or "custom" with a custom factor. */
  activity: string;
  quantity: number;
  unit: UnitId;
  site?: string;
  /** "YYYY-MM" for a month; absent for the whole year. */
  period?: string;
  dataQuality?: DataQuality;
  /** Where the number comes from: the invoice, the meter, the service log. */
  sourceNote?: string;
  note?: string;
  /** Custom factor id that replaces the activity's default factor (for district heat: the local network's). */
  customFactor?: string;
  instruments?: ContractualInstrument[];
}

/**
 * A figure the partner does not know yet: an entry whose quantity is missing, with the document that holds it.
 * It keeps its category and activity, counts as to do and is never calculated (issue 10).
 */
export interface MissingFigure {
  id: string;
  category: CategoryId;
  /** Activity id in the factor set; empty when not chosen yet. */
  activity: string;
  unit?: UnitId;
  site?: string;
  period?: string;
  /** Where the figure will come from: "the district heat supplier's annual statement". */
  document?: string;
  /** Who will find it: "Maija, by 15.3.". */
  owner?: string;
  note?: string;
}

/** The answers of the year's opening interview (issue 10): which categories concern the partner. */
export interface InterviewRecord {
  /** Question id → answer id (src/core/interview.ts); an unanswered question is absent. */
  answers: Record<string, string>;
  /** The TOL 2008 code whose suggestions were offered, when there was one. */
  sector?: string;
  updatedAt: string;
}

/** A line of the year's session log: an assumption or decision, who made it and when (issue 10). */
export interface SessionNote {
  id: string;
  at: string;
  author?: string;
  text: string;
  /** Entries (or missing figures) the note concerns, by id: the note is shown in their traces. */
  entries?: string[];
  /** A handover note closes a guided session: what was done and what is left, for the partner. */
  kind?: 'note' | 'handover';
}

export interface SizeMetrics {
  fte?: number;
  revenueEur?: number;
  floorAreaM2?: number;
  production?: { amount: number; unit: string };
}

export interface Exclusion {
  category: CategoryId;
  reason: string;
}

export interface Inventory {
  year: number;
  boundary: BoundaryApproach;
  gwp: GwpSetId;
  factorSet: { id: string; release: string };
  /** Whether flight factors include radiative forcing. The choice is recorded in every flight's trace. */
  radiativeForcing: boolean;
  metrics: SizeMetrics;
  entries: Entry[];
  customFactors: CustomFactor[];
  excluded: Exclusion[];
  status?: 'draft' | 'complete';
  /** Figures not known yet (issue 10). */
  missing?: MissingFigure[];
  interview?: InterviewRecord;
  notes?: SessionNote[];
}

/**
 * A new, empty inventory with the defaults a partner starts from: operational control (the GHG Protocol's
 * most common choice for companies), AR6, radiative forcing included for flights (as DESNZ recommends).
 */
export function newInventory(
  year: number,
  factorSet: { id: string; release: string },
  over: Partial<Omit<Inventory, 'year' | 'factorSet'>> = {},
): Inventory {
  return {
    year,
    boundary: 'operational-control',
    gwp: 'AR6',
    factorSet: { id: factorSet.id, release: factorSet.release },
    radiativeForcing: true,
    metrics: {},
    entries: [],
    customFactors: [],
    excluded: [],
    ...over,
  };
}
