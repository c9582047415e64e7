/**
 * Every year of a partner evaluated for its pages (the one evaluation, lenient, as the year page counts it):
 * the partner page's totals, its targets' progress and the years a target may start from. A year counts
 * towards targets only when it is whole: calculated, with no entry left out for an error (unfinished entries
 * are left out of its figures as they are of its report). Each year is recomputed only when its data changes.
 */
import { useMemo } from 'preact/hooks';
import { type FactorSet, factorSetKey } from '../core/factorSet';
import type { CustomFactor, SizeMetrics } from '../core/inventory';
import type { InventoryResult } from '../core/results';
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from '../db/rows';
import { listPartnerEntries, listPartnerSites, listYears } from './partner';
import { computeYear, useFactorSets, type YearView } from './results';
import { useLive } from './useLive';

/** A year whose figures targets are measured with. */
export interface CalculatedYear {
  year: number;
  result: InventoryResult;
  metrics: SizeMetrics;
}

export interface PartnerYears {
  /** The partner's years as stored, oldest first; undefined while they load. */
  years: InventoryRow[] | undefined;
  sites: SiteRow[] | undefined;
  /** Each year's lenient evaluation, by inventory id. */
  views: Map<string, YearView>;
  /** Whole years, oldest first. */
  calculated: CalculatedYear[];
  /** Years that are not whole (errors, a factor set not on the device), oldest first. */
  notCalculated: number[];
  /**
   * Whole years without any calculated entry (just started), oldest first: not a measurement, as in the report
   * (src/io/report/commitmentData.ts) and for actions' observed change, or they would read as zero emissions.
   */
  empty: number[];
  /** True while a year's factor set is still loading: what is not calculated may yet be. */
  loading: boolean;
  entries: Map<string, EntryRow[]> | undefined;
  sets: Map<string, FactorSet | null>;
}

/** Whether a year's evaluation is whole: a result, no entry left out and no error of the year. */
export function isWhole(view: YearView): view is YearView & { result: InventoryResult } {
  if (!view.result || view.invalid > 0) return false;
  for (const list of view.problems.values()) if (list.some((i) => i.severity === 'error')) return false;
  return true;
}

export function usePartnerYears(orgId: string, org: OrganizationRow | null | undefined): PartnerYears {
  const sites = useLive(() => listPartnerSites(orgId), [orgId]);
  const years = useLive(() => listYears(orgId), [orgId]);
  const entries = useLive(() => listPartnerEntries(orgId), [orgId]);
  const sets = useFactorSets((years ?? []).map((y) => y.factorSet));
  const factors: readonly CustomFactor[] = org?.customFactors ?? [];
  // Not at each keystroke in the partner's details: only when the years' data changes.
  const factorsKey = JSON.stringify(factors);
  return useMemo(() => {
    const siteIds = (sites ?? []).map((s) => s.id);
    const sorted = [...(years ?? [])].sort((a, b) => a.year - b.year);
    const views = new Map<string, YearView>();
    const calculated: CalculatedYear[] = [];
    const notCalculated: number[] = [];
    const empty: number[] = [];
    let loading = years === undefined || entries === undefined || sites === undefined;
    for (const y of sorted) {
      const set = sets.get(factorSetKey(y.factorSet));
      if (set === undefined) loading = true;
      const view = computeYear(y, entries?.get(y.id) ?? [], siteIds, set, factors);
      views.set(y.id, view);
      if (isWhole(view) && view.result.entries.length === 0) empty.push(y.year);
      else if (isWhole(view))
        calculated.push({ year: y.year, result: view.result, metrics: y.metrics ?? {} });
      else if (set !== undefined) notCalculated.push(y.year);
    }
    return {
      years: years ? sorted : undefined,
      sites,
      views,
      calculated,
      notCalculated,
      empty,
      loading,
      entries,
      sets,
    };
  }, [years, entries, sites, sets, factorsKey]);
}
