/**
 * Reads an exchange file, checks every inventory against its factor set and computes it: the one path from a
 * file to results, used by the command line and the app alike.
 */
import { calculateInventory } from '../core/calculate';
import { compareYears, type YearComparison } from '../core/compare';
import type { FactorSet } from '../core/factorSet';
import { factorSetKey } from '../core/factorSet';
import { CalculationError, hasErrors, type Issue } from '../core/issues';
import type { InventoryResult } from '../core/results';
import { validateInventory } from '../core/validate';
import { type ExchangeFile, readExchange } from './exchange';

export type FactorSetLoader = (ref: { id: string; release: string }) => Promise<FactorSet | undefined>;

/** Change of a year against the year before it and against the organization's base year, where both exist. */
export interface Comparisons {
  previousYear?: YearComparison;
  baseYear?: YearComparison;
}

export type Evaluation =
  | { ok: true; file: ExchangeFile; results: InventoryResult[]; comparisons: Comparisons[]; issues: Issue[] }
  | { ok: false; issues: Issue[] };

export async function evaluateExchange(input: unknown, loadSet: FactorSetLoader): Promise<Evaluation> {
  const { file, issues } = readExchange(input);
  if (!file) return { ok: false, issues };
  const all: Issue[] = [...issues];
  const sites = new Set(file.organization.sites.map((s) => s.id));
  const sets: FactorSet[] = [];
  for (const [i, inv] of file.inventories.entries()) {
    const base = `/inventories/${i}`;
    const set = await loadSet(inv.factorSet);
    if (!set) {
      all.push({
        severity: 'error',
        path: `${base}/factorSet`,
        code: 'factor-set-unknown',
        params: { wanted: factorSetKey(inv.factorSet) },
      });
      continue;
    }
    sets[i] = set;
    all.push(...validateInventory(inv, set, sites, base));
  }
  if (hasErrors(all)) return { ok: false, issues: all };
  const results: InventoryResult[] = [];
  for (const [i, inv] of file.inventories.entries()) {
    try {
      const r = calculateInventory(inv, { factorSet: sets[i] as FactorSet }, `/inventories/${i}`);
      r.warnings.push(
        ...all.filter((x) => x.severity === 'warning' && x.path.startsWith(`/inventories/${i}/`)),
      );
      results.push(r);
    } catch (e) {
      if (e instanceof CalculationError) return { ok: false, issues: [...all, e.issue] };
      throw e;
    }
  }
  const byYear = new Map(results.map((r) => [r.year, r]));
  const baseYear = file.organization.baseYear;
  const comparisons = results.map((r): Comparisons => {
    const previous = byYear.get(r.year - 1);
    const base = baseYear !== undefined && baseYear !== r.year ? byYear.get(baseYear) : undefined;
    return {
      ...(previous ? { previousYear: compareYears(r, previous) } : {}),
      ...(base ? { baseYear: compareYears(r, base) } : {}),
    };
  });
  return { ok: true, file, results, comparisons, issues: all };
}
