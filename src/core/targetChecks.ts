/**
 * The target form's checks (issue 12, "Bad input"): each problem tied to the field that must change, so the
 * message stands beside it and nothing that cannot be computed is stored. The same problems as
 * targetProgress reports, found before a base year is recorded.
 */
import type { BaseYearRecord, Target } from './commitment';
import type { SizeMetrics } from './inventory';
import type { ProgressProblem } from './progress';
import { boundaryEmissions, definitionProblems, metricAmount } from './targetProgress';

/** The form's fields a problem is shown on. */
export type TargetField = 'boundary' | 'metric' | 'baseYear' | 'targetYear' | 'reductionPct';

export interface TargetProblem {
  field: TargetField;
  problem: ProgressProblem;
}

const FIELD: Record<ProgressProblem, TargetField> = {
  'boundary-empty': 'boundary',
  'metric-not-chosen': 'metric',
  'base-year-not-calculated': 'baseYear',
  'base-year-metric-missing': 'metric',
  'base-year-negative': 'baseYear',
  'target-before-base': 'targetYear',
  'reduction-out-of-range': 'reductionPct',
};

/** The field a problem belongs on. */
export function fieldOf(problem: ProgressProblem): TargetField {
  return FIELD[problem];
}

/**
 * What stops this target from being stored: its own definition, a base year without a calculated inventory,
 * an intensity target whose metric the base year lacks, a recorded base below zero within its boundary. `calculatedYears` are the partner's calculated years
 * with their metrics; `record`, the base year's record when one exists, is what the target will be measured
 * against, so its metrics count rather than the year's as edited since.
 */
export function targetProblems(
  target: Target,
  calculatedYears: readonly { year: number; metrics: SizeMetrics }[],
  record?: BaseYearRecord,
): TargetProblem[] {
  const problems = definitionProblems(target);
  const base =
    record?.year === target.baseYear
      ? record.figures.metrics
      : calculatedYears.find((y) => y.year === target.baseYear)?.metrics;
  if (!base) problems.push('base-year-not-calculated');
  else if (target.kind === 'intensity' && target.metric && metricAmount(target.metric, base) === undefined)
    problems.push('base-year-metric-missing');
  // With the record's figures, what targetProgress refuses is known before the target is stored.
  else if (record?.year === target.baseYear && boundaryEmissions(target, record.figures) < 0)
    problems.push('base-year-negative');
  return problems.map((problem) => ({ field: FIELD[problem], problem }));
}
