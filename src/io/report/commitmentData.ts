/**
 * A partner's climate commitment as its report of a year shows it (issue 12): the commitment's details, each
 * target's progress and each action's observed change, computed once here from the report's own years (the
 * year and earlier ones, evaluated strictly) so the PDF, the CSV and the city file cannot disagree. A later
 * year is never read: nothing in a report changes when a later year is edited.
 */
import { type ActionObserved, actionObserved, calculatedYears } from '../../core/actionObserved';
import { baseRecordOf } from '../../core/baseYear';
import type { BaseYearRecalculation, ClimateAction, Commitment, Target } from '../../core/commitment';
import type { Inventory } from '../../core/inventory';
import type { TargetProgress } from '../../core/progress';
import type { InventoryResult } from '../../core/results';
import { type ProgressYearInput, targetProgress } from '../../core/targetProgress';

export interface ReportTarget {
  target: Target;
  progress: TargetProgress;
}

export interface ReportAction {
  action: ClimateAction;
  /** The change of its categories between calculated years: absent with fewer than two or no category. */
  observed?: ActionObserved;
}

export interface ReportCommitment {
  joinedOn?: string;
  text?: string;
  recalculationThresholdPct: number;
  targets: ReportTarget[];
  actions: ReportAction[];
  recalculations: BaseYearRecalculation[];
}

/** Whether the partner has written anything of a commitment: an empty one gets no section in the report. */
export function hasCommitment(c: Commitment | undefined): c is Commitment {
  return (
    c !== undefined &&
    (c.joinedOn !== undefined ||
      (c.text ?? '').trim() !== '' ||
      c.targets.length > 0 ||
      c.actions.length > 0 ||
      c.recalculations.length > 0)
  );
}

/**
 * The years progress is measured in: the calculated years up to `year` with their size metrics. A year
 * without any calculated entry (one just started) is not a measurement, as for an action's observed change:
 * it would read as zero emissions, on track.
 */
export function progressYears(
  inventories: readonly Pick<Inventory, 'year' | 'metrics'>[],
  results: readonly InventoryResult[],
  year: number,
): ProgressYearInput[] {
  const metrics = new Map(inventories.map((inv) => [inv.year, inv.metrics]));
  return calculatedYears(results.filter((r) => r.year <= year)).map((result) => ({
    result,
    metrics: metrics.get(result.year) ?? {},
  }));
}

/**
 * The commitment of the report of `year`, from the file's inventories and their results (in any order; only
 * years up to `year` are read). Undefined when the partner has no commitment or an empty one.
 */
export function reportCommitment(
  commitment: Commitment | undefined,
  inventories: readonly Pick<Inventory, 'year' | 'metrics'>[],
  results: readonly InventoryResult[],
  year: number,
): ReportCommitment | undefined {
  if (!hasCommitment(commitment)) return undefined;
  const years = progressYears(inventories, results, year);
  const calculated = years.map((y) => y.result);
  return {
    ...(commitment.joinedOn !== undefined ? { joinedOn: commitment.joinedOn } : {}),
    ...((commitment.text ?? '').trim() !== '' ? { text: commitment.text } : {}),
    recalculationThresholdPct: commitment.recalculationThresholdPct,
    targets: commitment.targets.map((target) => ({
      target,
      progress: targetProgress(target, baseRecordOf(commitment, target.baseYear), years),
    })),
    actions: commitment.actions.map((action) => {
      const observed = actionObserved(action, calculated);
      return observed ? { action, observed } : { action };
    }),
    recalculations: [...commitment.recalculations].sort((a, b) => a.year - b.year || (a.at < b.at ? -1 : 1)),
  };
}
