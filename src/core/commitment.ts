/**
 * A partner's climate commitment (issue 12): when it joined the network, what it committed to, its targets,
 * its actions, and the base-year figures its targets are measured against, with every recalculation of them.
 * Plain data, stored on the partner's row and carried in the exchange file's organization.
 */
import type { CategoryId } from './categories';
import type { GwpSetId } from './gwp';
import type { SizeMetrics } from './inventory';
import type { DualTotal, IntensityFigure } from './results';

/** The published rule a target follows; 'own' is the partner's own. */
export type TargetPreset = 'sbti-sme' | 'sme-climate-hub' | 'chamber-2035' | 'own';

/** What a target divides emissions by, when it is an intensity target: the year's size metrics. */
export type TargetMetric = IntensityFigure['denominator'];

export interface Target {
  id: string;
  preset: TargetPreset;
  /** The partner's own words for it ("Toimipaikkojen päästöt puoleen"). */
  name?: string;
  /** The emissions it covers: Scope 1, Scope 2 by one method (absent: not covered), these Scope 3 categories. */
  scope1: boolean;
  scope2?: 'location' | 'market';
  scope3Categories: CategoryId[];
  kind: 'absolute' | 'intensity';
  /** Required when kind is 'intensity'. */
  metric?: TargetMetric;
  baseYear: number;
  targetYear: number;
  /** The cut from the base year's emissions (or intensity) by the target year, 0–100 %. */
  reductionPct: number;
  /** The most of the cut that offsets may cover, % (the Chamber of Commerce commitment's 20 %). */
  maxOffsetPct?: number;
  createdAt: string;
}

export type ActionTheme =
  | 'energy'
  | 'transport'
  | 'procurement'
  | 'waste'
  | 'refrigerants'
  | 'buildings'
  | 'other';

export type ActionStatus = 'not-started' | 'planned' | 'in-progress' | 'done' | 'dropped';

export interface ClimateAction {
  id: string;
  title: string;
  theme: ActionTheme;
  /** The categories whose emissions it changes: their observed change is read from the years' decomposition. */
  categories: CategoryId[];
  status: ActionStatus;
  /** The day ("YYYY-MM-DD") each status was reached; the latest one is `status`. */
  statusDates: Partial<Record<ActionStatus, string>>;
  /**
   * What the partner expects it to cut each year, modelled: kg CO2e a year and how it was estimated. Never
   * added to or taken from emissions; shown apart from the observed change.
   */
  expected?: { kgPerYear: number; basis: string };
  note?: string;
  createdAt: string;
  updatedAt: string;
}

/** A base year's emissions as targets are measured against them: kg CO2e, with the method they were made by. */
export interface BaseYearFigures {
  scope1: number;
  scope2: DualTotal;
  scope3ByCategory: Partial<Record<CategoryId, number>>;
  metrics: SizeMetrics;
  factorSet: { id: string; release: string };
  gwp: GwpSetId;
}

/** The figures a base year is fixed at, recorded when the first target on it is set or when it is recalculated. */
export interface BaseYearRecord {
  year: number;
  figures: BaseYearFigures;
  recordedAt: string;
}

export type RecalculationReason = 'structural' | 'method' | 'factor-set' | 'error' | 'other';

/** A recalculation of a base year (GHG Protocol Corporate Standard ch. 5): the figures before and after, and why. */
export interface BaseYearRecalculation {
  id: string;
  year: number;
  at: string;
  reason: RecalculationReason;
  note: string;
  before: BaseYearFigures;
  after: BaseYearFigures;
}

export interface Commitment {
  /** The day the partner joined the climate-partner network, "YYYY-MM-DD". */
  joinedOn?: string;
  /** The commitment as signed or published. */
  text?: string;
  targets: Target[];
  actions: ClimateAction[];
  /** The base-year recalculation policy's significance threshold, % (default 5). */
  recalculationThresholdPct: number;
  baseYears: BaseYearRecord[];
  recalculations: BaseYearRecalculation[];
}

/** The GHG Protocol's customary significance threshold, which the partner may change. */
export const DEFAULT_RECALCULATION_THRESHOLD_PCT = 5;

export function emptyCommitment(): Commitment {
  return {
    targets: [],
    actions: [],
    recalculationThresholdPct: DEFAULT_RECALCULATION_THRESHOLD_PCT,
    baseYears: [],
    recalculations: [],
  };
}
