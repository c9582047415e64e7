/**
 * The base year that stays comparable (issue 12; GHG Protocol Corporate Standard ch. 5, "Tracking emissions
 * over time"): a base year's figures are recorded when the first target on it is set, targets are measured
 * against the record, and the partner's recalculation policy says when the record must be recalculated — when
 * a structural change, a change of method or factor set, or a found error changes the base year's emissions
 * by more than the significance threshold. The original figures and the reason stay in the record.
 */
import type {
  BaseYearFigures,
  BaseYearRecalculation,
  BaseYearRecord,
  Commitment,
  RecalculationReason,
} from './commitment';
import type { Inventory, SizeMetrics } from './inventory';
import type { InventoryResult } from './results';
import { boundaryEmissions, boundaryFiguresOf } from './targetProgress';

/** A calculated year's figures as a base year records them, with the method they were made by. */
export function baseYearFigures(
  result: InventoryResult,
  inventory: Pick<Inventory, 'metrics'>,
): BaseYearFigures {
  return {
    ...boundaryFiguresOf(result),
    metrics: copyMetrics(inventory.metrics),
    factorSet: { ...result.factorSet },
    gwp: result.gwpSet,
  };
}

function copyMetrics(m: SizeMetrics): SizeMetrics {
  return m.production ? { ...m, production: { ...m.production } } : { ...m };
}

/** The record a base year's targets are measured against, if the year has one. */
export function baseRecordOf(commitment: Commitment, year: number): BaseYearRecord | undefined {
  return commitment.baseYears.find((r) => r.year === year);
}

/**
 * The commitment with `year` recorded at `figures`, when it has no record of the year yet (the first target
 * on a base year); an existing record is kept as it is, since only a recalculation replaces it.
 */
export function withBaseYearRecord(
  commitment: Commitment,
  year: number,
  figures: BaseYearFigures,
  at: string,
): Commitment {
  if (baseRecordOf(commitment, year)) return commitment;
  const baseYears = [...commitment.baseYears, { year, figures, recordedAt: at }].sort(
    (a, b) => a.year - b.year,
  );
  return { ...commitment, baseYears };
}

export interface TargetDrift {
  targetId: string;
  /** kg CO2e within the target's boundary: as recorded, and as the base year calculates now. */
  recorded: number;
  current: number;
  /**
   * (current − recorded) / recorded × 100; null when the recorded value is zero and the current is not (a
   * change no percentage measures, and always significant).
   */
  changePct: number | null;
  significant: boolean;
}

export interface BaseYearDrift {
  year: number;
  thresholdPct: number;
  /** One row per target on this base year. */
  targets: TargetDrift[];
  /** Whether any target's boundary changed by more than the threshold: the app offers a recalculation. */
  significant: boolean;
}

/**
 * A change equal to the threshold is not over it, also when the percentage comes out a rounding error above
 * it (23 kg against 23 × 1.05 kg computes as 5.000000000000009 %).
 */
const ROUNDING = 1e-9;

function isOver(changePct: number | null, thresholdPct: number): boolean {
  return changePct === null || Math.abs(changePct) - thresholdPct > ROUNDING * Math.max(1, thresholdPct);
}

/**
 * How far the base year as it calculates now (`currentFigures`: its results with today's entries, method and
 * factor set) is from its record, within each target's boundary. Emissions, not intensities: the policy's
 * threshold is on the base year's emissions. Without a record of the year, nothing has drifted.
 */
export function baseYearDrift(
  commitment: Commitment,
  year: number,
  currentFigures: BaseYearFigures,
): BaseYearDrift {
  const thresholdPct = commitment.recalculationThresholdPct;
  const record = baseRecordOf(commitment, year);
  const targets: TargetDrift[] = [];
  if (record) {
    for (const t of commitment.targets) {
      if (t.baseYear !== year) continue;
      const recorded = boundaryEmissions(t, record.figures);
      const current = boundaryEmissions(t, currentFigures);
      const changePct =
        recorded === 0 ? (current === 0 ? 0 : null) : ((current - recorded) / Math.abs(recorded)) * 100;
      targets.push({
        targetId: t.id,
        recorded,
        current,
        changePct,
        significant: isOver(changePct, thresholdPct),
      });
    }
  }
  return { year, thresholdPct, targets, significant: targets.some((t) => t.significant) };
}

/**
 * The commitment with base year `year` recalculated to `after`: the record replaced (recorded at `at`) and a
 * recalculation appended that keeps the figures before, the reason and the note. Targets read the record, so
 * they follow the new base without being touched. Throws when the year has no record: there is nothing to
 * recalculate, and the caller records it instead (withBaseYearRecord).
 */
export function recalculateBaseYear(
  commitment: Commitment,
  year: number,
  after: BaseYearFigures,
  reason: RecalculationReason,
  note: string,
  at: string,
  id: string,
): Commitment {
  const record = baseRecordOf(commitment, year);
  if (!record) throw new RangeError(`Base year ${year} has no record to recalculate`);
  const recalculation: BaseYearRecalculation = { id, year, at, reason, note, before: record.figures, after };
  return {
    ...commitment,
    baseYears: commitment.baseYears.map((r) =>
      r.year === year ? { year, figures: after, recordedAt: at } : r,
    ),
    recalculations: [...commitment.recalculations, recalculation],
  };
}
