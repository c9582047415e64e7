/**
 * Reads an exchange file, checks every inventory against its factor set and computes it: the path from a file
 * to results (the command line, imports, tests). Each year is checked and calculated by the same functions
 * as a stored partner's year (evaluateYear.ts), so a file and the app give the same results.
 */
import type { FactorSet } from '../core/factorSet';
import { hasErrors, type Issue } from '../core/issues';
import type { InventoryResult } from '../core/results';
import { type Comparisons, calculateYear, checkYear, compareResults } from './evaluateYear';
import { type ExchangeFile, readExchange } from './exchange';

export type { Comparisons } from './evaluateYear';

export type FactorSetLoader = (ref: { id: string; release: string }) => Promise<FactorSet | undefined>;

export type Evaluation =
  | { ok: true; file: ExchangeFile; results: InventoryResult[]; comparisons: Comparisons[]; issues: Issue[] }
  | { ok: false; issues: Issue[] };

/** Every year of a file checked and calculated the way evaluateYear does a stored partner's (strict). */
export async function evaluateExchange(input: unknown, loadSet: FactorSetLoader): Promise<Evaluation> {
  const { file, issues } = readExchange(input);
  if (!file) return { ok: false, issues };
  const all: Issue[] = [...issues];
  const sites = new Set(file.organization.sites.map((s) => s.id));
  const sets: (FactorSet | undefined)[] = [];
  for (const [i, inv] of file.inventories.entries()) {
    sets[i] = await loadSet(inv.factorSet);
    all.push(...checkYear(inv, sets[i] ?? null, sites, `/inventories/${i}`));
  }
  if (hasErrors(all)) return { ok: false, issues: all };
  const results: InventoryResult[] = [];
  for (const [i, inv] of file.inventories.entries()) {
    const base = `/inventories/${i}`;
    const warnings = all.filter((x) => x.severity === 'warning' && x.path.startsWith(`${base}/`));
    const done = calculateYear(inv, sets[i] as FactorSet, base, warnings);
    if ('issue' in done) return { ok: false, issues: [...all, done.issue] };
    results.push(done.result);
  }
  return {
    ok: true,
    file,
    results,
    comparisons: compareResults(results, file.organization.baseYear),
    issues: all,
  };
}
