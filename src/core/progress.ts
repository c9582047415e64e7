/**
 * What a target's progress is (issue 12): its pathway from the base year to the target year, each calculated
 * year against it, and the cut still needed each year. Values are kg CO2e, or kg CO2e per metric unit for
 * an intensity target. The arithmetic is in targetProgress.ts.
 */
import type { TargetMetric } from './commitment';

export type ProgressStatus = 'on-track' | 'behind';

export interface PathwayPoint {
  year: number;
  /** The most the target allows in this year (linear from the base to the target). */
  value: number;
}

export interface ProgressYear {
  year: number;
  /** The year's emissions (or intensity) within the target's boundary. */
  actual: number;
  pathway: number;
  /** actual − pathway: above zero the year is behind by that much, zero or below it is on track. */
  gap: number;
  status: ProgressStatus;
}

/**
 * Why a target's progress cannot be computed: said on the target (and on its form field), never computed
 * around. `base-year-negative`: the boundary's recorded base-year emissions are below zero (recovered
 * refrigerant outweighing the rest), from which no cut can be measured.
 */
export const PROGRESS_PROBLEMS = [
  'boundary-empty',
  'metric-not-chosen',
  'base-year-not-calculated',
  'base-year-metric-missing',
  'base-year-negative',
  'target-before-base',
  'reduction-out-of-range',
] as const;

export type ProgressProblem = (typeof PROGRESS_PROBLEMS)[number];

export interface TargetProgress {
  targetId: string;
  unit: 'kgCO2e' | { per: TargetMetric; productionUnit?: string };
  /**
   * The base year's value within the boundary (from the recorded base-year figures), and the target value.
   * Absent, with the pathway and years empty, when `problems` is not empty: nothing is computed around them.
   */
  base?: PathwayPoint;
  target?: PathwayPoint;
  /** Every year from the base year to the target year. */
  pathway: PathwayPoint[];
  /**
   * The calculated years from the base year on, oldest first: the base year at its recorded value, the later
   * ones as they calculate now (a year without an intensity target's metric is left out).
   */
  years: ProgressYear[];
  /** The latest calculated year's status, when there is one after the base year. */
  latest?: ProgressYear;
  /**
   * From the latest calculated year to the target year: the cut needed each year in the target's unit and as %
   * of the latest year's value (linear; 0 when the latest year is already at or below the target value). The
   * latest year may be the base year itself. Absent when the latest year is at or past the target year.
   */
  requiredYearly?: { fromYear: number; amount: number; pctOfLatest: number };
  problems: ProgressProblem[];
}
