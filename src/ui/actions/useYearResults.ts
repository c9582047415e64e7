/**
 * The partner's years as the partner page counts them (lenient evaluation: entries with errors left out and
 * shown on the year page), for the observed change of its actions. Undefined until every year's factor set
 * is loaded, so the years compared do not change while the page opens.
 */
import { useMemo } from 'preact/hooks';
import { factorSetKey } from '../../core/factorSet';
import type { CustomFactor } from '../../core/inventory';
import type { InventoryResult } from '../../core/results';
import { listPartnerEntries, listPartnerSites, listYears } from '../../state/partner';
import { computeYear, useFactorSets } from '../../state/results';
import { useLive } from '../../state/useLive';

export interface YearResults {
  results: InventoryResult[];
  /** The years still marked draft. */
  drafts: Set<number>;
}

export function useYearResults(orgId: string, factors: readonly CustomFactor[]): YearResults | undefined {
  const sites = useLive(() => listPartnerSites(orgId), [orgId]);
  const years = useLive(() => listYears(orgId), [orgId]);
  const entries = useLive(() => listPartnerEntries(orgId), [orgId]);
  const sets = useFactorSets((years ?? []).map((y) => y.factorSet));
  const factorsKey = JSON.stringify(factors);
  return useMemo(() => {
    if (!sites || !years || !entries) return undefined;
    if (years.some((y) => !sets.has(factorSetKey(y.factorSet)))) return undefined;
    const siteIds = sites.map((s) => s.id);
    const results: InventoryResult[] = [];
    const drafts = new Set<number>();
    for (const y of years) {
      const view = computeYear(
        y,
        entries.get(y.id) ?? [],
        siteIds,
        sets.get(factorSetKey(y.factorSet)),
        factors,
      );
      if (!view.result) continue;
      results.push(view.result);
      if (y.status !== 'complete') drafts.add(y.year);
    }
    return { results, drafts };
  }, [sites, years, entries, sets, factorsKey]);
}
