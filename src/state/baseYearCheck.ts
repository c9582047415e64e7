/**
 * Whether a recorded base year still holds (GHG Protocol Corporate Standard ch. 5): the base year as it
 * calculates now — today's entries and sites, with the LATEST calculated year's factor set and GWP values, so
 * that a change of method counts too — against its record, within each target's boundary (baseYearDrift).
 * Made with the one evaluation (computeYear → evaluateYear, lenient, whole years only). When the base year
 * cannot be calculated with the latest year's method (a factor the newer set does not have), it is compared
 * with its own method and the page says so.
 */
import { useMemo } from 'preact/hooks';
import { type BaseYearDrift, baseYearDrift, baseYearFigures } from '../core/baseYear';
import type { BaseYearFigures, Commitment } from '../core/commitment';
import { factorSetKey } from '../core/factorSet';
import type { CustomFactor } from '../core/inventory';
import type { InventoryRow } from '../db/rows';
import { isWhole, type PartnerYears } from './partnerYears';
import { computeYear } from './results';

export interface BaseYearNow {
  year: number;
  /** The base year's figures now, as a recalculation would record them. */
  figures: BaseYearFigures;
  drift: BaseYearDrift;
  /** The year whose method the figures are made with, when it is a later year's, and that method. */
  methodOf?: number;
  method?: { factorSet: { id: string; release: string }; gwp: InventoryRow['gwp'] };
  /** True when the latest year's method could not calculate the base year: compared with its own. */
  ownMethod: boolean;
}

function sameMethod(a: { factorSet: { id: string; release: string }; gwp: string }, b: typeof a): boolean {
  return factorSetKey(a.factorSet) === factorSetKey(b.factorSet) && a.gwp === b.gwp;
}

/** Each recorded base year that has targets, as it calculates now; a base year not whole now is left out. */
export function baseYearsNow(
  commitment: Commitment,
  py: PartnerYears,
  factors: readonly CustomFactor[],
): BaseYearNow[] {
  const rows = py.years ?? [];
  const latest = rows.find((r) => r.year === py.calculated[py.calculated.length - 1]?.year);
  const siteIds = (py.sites ?? []).map((s) => s.id);
  const out: BaseYearNow[] = [];
  for (const record of commitment.baseYears) {
    if (!commitment.targets.some((t) => t.baseYear === record.year)) continue;
    const row = rows.find((r) => r.year === record.year);
    const own = row && py.views.get(row.id);
    if (!row || !own || !isWhole(own)) continue;
    let figures = baseYearFigures(own.result, { metrics: row.metrics ?? {} });
    let methodOf: number | undefined;
    let method: BaseYearNow['method'];
    let ownMethod = false;
    if (latest && latest.year > row.year && !sameMethod(latest, row)) {
      const set = py.sets.get(factorSetKey(latest.factorSet));
      const asLatest = computeYear(
        { ...row, factorSet: latest.factorSet, gwp: latest.gwp },
        py.entries?.get(row.id) ?? [],
        siteIds,
        set,
        factors,
      );
      if (isWhole(asLatest)) {
        figures = baseYearFigures(asLatest.result, { metrics: row.metrics ?? {} });
        methodOf = latest.year;
        method = { factorSet: latest.factorSet, gwp: latest.gwp };
      } else ownMethod = true;
    }
    out.push({
      year: record.year,
      figures,
      drift: baseYearDrift(commitment, record.year, figures),
      ...(methodOf !== undefined && method ? { methodOf, method } : {}),
      ownMethod,
    });
  }
  return out;
}

/** baseYearsNow, recomputed only when the years or the commitment's records and targets change. */
export function useBaseYearsNow(
  commitment: Commitment | undefined,
  py: PartnerYears,
  /** The partner's own factors (OrganizationRow.customFactors). */
  factors: readonly CustomFactor[] | undefined,
): BaseYearNow[] {
  const key = JSON.stringify([
    commitment?.baseYears,
    commitment?.targets,
    commitment?.recalculationThresholdPct,
    factors,
  ]);
  return useMemo(
    () => (commitment && !py.loading ? baseYearsNow(commitment, py, factors ?? []) : []),
    [py, key],
  );
}
