/**
 * A target's progress (issue 12): the value of its boundary in a year, the linear pathway from the base year to
 * the target year, and each calculated year against it. The base is the RECORDED base-year figures
 * (Commitment.baseYears), not the base year as it calculates today: a target keeps measuring against what was
 * fixed until the partner recalculates the base year (GHG Protocol Corporate Standard ch. 5; baseYear.ts).
 *
 * For base value B, reduction r % and target value V = B × (1 − r/100), the pathway in year y is
 *   P(y) = B − (B − V) × (y − base year) / (target year − base year),
 * V itself from the target year on. A year is on track when its value ≤ P(y); its gap is value − P(y).
 */
import { type CategoryId, scopeOf } from './categories';
import type { BaseYearRecord, Target, TargetMetric } from './commitment';
import type { SizeMetrics } from './inventory';
import type { PathwayPoint, ProgressProblem, ProgressYear, TargetProgress } from './progress';
import type { DualTotal, InventoryResult } from './results';

/** The emissions a boundary is read from: a year's results or a recorded base year, kg CO2e. */
export interface BoundaryFigures {
  scope1: number;
  scope2: DualTotal;
  scope3ByCategory: Partial<Record<CategoryId, number>>;
}

/** The part of a target that says what it covers. */
export type TargetBoundary = Pick<Target, 'scope1' | 'scope2' | 'scope3Categories'>;

/** A year's figures in the shape a base year is recorded in (Scope 3 by category, location = market). */
export function boundaryFiguresOf(result: InventoryResult): BoundaryFigures {
  const scope3ByCategory: Partial<Record<CategoryId, number>> = {};
  for (const [id, total] of Object.entries(result.byCategory) as [CategoryId, DualTotal | undefined][]) {
    if (total && scopeOf(id) === 3) scope3ByCategory[id] = total.location;
  }
  return { scope1: result.scope1, scope2: { ...result.scope2 }, scope3ByCategory };
}

/** kg CO2e within the boundary: Scope 1 if covered, Scope 2 by the target's method, its Scope 3 categories. */
export function boundaryEmissions(target: TargetBoundary, figures: BoundaryFigures): number {
  let sum = target.scope1 ? figures.scope1 : 0;
  if (target.scope2) sum += figures.scope2[target.scope2];
  for (const c of new Set(target.scope3Categories)) sum += figures.scope3ByCategory[c] ?? 0;
  return sum;
}

/**
 * Whether the boundary covers anything at all. Only Scope 3 categories count in its Scope 3 part (a file may
 * list another scope's category there, which adds nothing: the figures hold Scope 3 by category only).
 */
export function boundaryIsEmpty(target: TargetBoundary): boolean {
  return !target.scope1 && !target.scope2 && !target.scope3Categories.some((c) => scopeOf(c) === 3);
}

/**
 * What an intensity target divides by in a year, as the year's intensities do (aggregate.ts): FTE, revenue in
 * M€, m², the production amount. Undefined when the year lacks it or it is not above zero.
 */
export function metricAmount(metric: TargetMetric, metrics: SizeMetrics): number | undefined {
  const amount =
    metric === 'fte'
      ? metrics.fte
      : metric === 'revenue-meur'
        ? metrics.revenueEur === undefined
          ? undefined
          : metrics.revenueEur / 1e6
        : metric === 'floor-area-m2'
          ? metrics.floorAreaM2
          : metrics.production?.amount;
  return amount !== undefined && amount > 0 && Number.isFinite(amount) ? amount : undefined;
}

/**
 * The target's value in a year: kg CO2e within the boundary, or per metric unit for an intensity target.
 * Undefined when an intensity target's metric is missing in the year, or (production) is counted in another
 * unit than `productionUnit`, the base year's: amounts of different units are not comparable.
 */
export function boundaryValue(
  target: Pick<Target, 'scope1' | 'scope2' | 'scope3Categories' | 'kind' | 'metric'>,
  figures: BoundaryFigures,
  metrics: SizeMetrics,
  productionUnit?: string,
): number | undefined {
  const kg = boundaryEmissions(target, figures);
  if (target.kind === 'absolute') return kg;
  if (!target.metric) return undefined;
  if (
    target.metric === 'production' &&
    productionUnit !== undefined &&
    metrics.production?.unit !== productionUnit
  )
    return undefined;
  const amount = metricAmount(target.metric, metrics);
  return amount === undefined ? undefined : kg / amount;
}

/** The target value: the base value cut by the reduction. */
export function targetValueOf(base: number, reductionPct: number): number {
  return base * (1 - reductionPct / 100);
}

/**
 * The pathway's value in a year: linear from (baseYear, base) to (targetYear, target), the target value after
 * it and the base value before it. Hits both ends exactly and never rises when base ≥ target.
 */
export function pathwayValue(base: PathwayPoint, target: PathwayPoint, year: number): number {
  if (year <= base.year) return base.value;
  if (year >= target.year) return target.value;
  const cut = (base.value - target.value) * ((year - base.year) / (target.year - base.year));
  // Rounding could put a year just beyond the target value; the pathway never passes it.
  return Math.max(base.value - cut, target.value);
}

/** Problems that stop a target's progress from being computed, in the order the form shows its fields. */
export function definitionProblems(target: Target): ProgressProblem[] {
  const out: ProgressProblem[] = [];
  if (boundaryIsEmpty(target)) out.push('boundary-empty');
  if (target.kind === 'intensity' && !target.metric) out.push('metric-not-chosen');
  if (target.targetYear <= target.baseYear) out.push('target-before-base');
  if (!(target.reductionPct >= 0 && target.reductionPct <= 100)) out.push('reduction-out-of-range');
  return out;
}

export interface ProgressYearInput {
  result: InventoryResult;
  metrics: SizeMetrics;
}

function unitOf(target: Target, productionUnit: string | undefined): TargetProgress['unit'] {
  if (target.kind === 'absolute' || !target.metric) return 'kgCO2e';
  return productionUnit !== undefined && target.metric === 'production'
    ? { per: target.metric, productionUnit }
    : { per: target.metric };
}

/**
 * A target's progress against its recorded base year (`baseRecord`, the record of `target.baseYear`) over the
 * calculated years given (any order). The base year itself is shown at its recorded value; years before it
 * are left out, as are years without an intensity target's metric. When anything stops the computation,
 * `problems` says what and nothing else is computed: no base, pathway or years.
 */
export function targetProgress(
  target: Target,
  baseRecord: BaseYearRecord | undefined,
  years: readonly ProgressYearInput[],
): TargetProgress {
  const problems = definitionProblems(target);
  const productionUnit =
    target.kind === 'intensity' && target.metric === 'production'
      ? baseRecord?.figures.metrics.production?.unit
      : undefined;
  const unit = unitOf(target, productionUnit);
  let baseValue: number | undefined;
  if (!baseRecord || baseRecord.year !== target.baseYear) problems.push('base-year-not-calculated');
  else if (!problems.includes('metric-not-chosen')) {
    baseValue = boundaryValue(target, baseRecord.figures, baseRecord.figures.metrics);
    if (baseValue === undefined) problems.push('base-year-metric-missing');
    else if (baseValue < 0) problems.push('base-year-negative');
  }
  if (problems.length > 0 || baseValue === undefined)
    return { targetId: target.id, unit, pathway: [], years: [], problems };

  const base: PathwayPoint = { year: target.baseYear, value: baseValue };
  const end: PathwayPoint = { year: target.targetYear, value: targetValueOf(baseValue, target.reductionPct) };
  const pathway: PathwayPoint[] = [];
  for (let y = base.year; y <= end.year; y++) pathway.push({ year: y, value: pathwayValue(base, end, y) });

  const out: ProgressYear[] = [point(base.year, base.value, base.value)];
  const later = years.filter((y) => y.result.year > base.year).sort((a, b) => a.result.year - b.result.year);
  for (const { result, metrics } of later) {
    const actual = boundaryValue(target, boundaryFiguresOf(result), metrics, productionUnit);
    if (actual === undefined) continue;
    out.push(point(result.year, actual, pathwayValue(base, end, result.year)));
  }
  const progress: TargetProgress = {
    targetId: target.id,
    unit,
    base,
    target: end,
    pathway,
    years: out,
    problems,
  };
  const last = out[out.length - 1];
  if (last && last.year > base.year) progress.latest = last;
  if (last && last.year < end.year) {
    const amount = Math.max(0, (last.actual - end.value) / (end.year - last.year));
    progress.requiredYearly = {
      fromYear: last.year,
      amount,
      pctOfLatest: last.actual > 0 ? (amount / last.actual) * 100 : 0,
    };
  }
  return progress;
}

function point(year: number, actual: number, pathway: number): ProgressYear {
  const gap = actual - pathway;
  return { year, actual, pathway, gap, status: actual <= pathway ? 'on-track' : 'behind' };
}
