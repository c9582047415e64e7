/**
 * Validation of what the calculation would make (src/core/limits.ts): each entry's quantity in its factor's
 * unit and its kg figures within MAX_RESULT, and their sums over the year too, so that every total is. The
 * entries are resolved exactly as the calculation resolves them (the same plans), so the two cannot disagree
 * on what is too large; the calculation still guards itself (calculate.ts, checkTotals.ts).
 */
import { Run } from './calculate';
import type { FactorSet } from './factorSet';
import type { Inventory } from './inventory';
import { CalculationError, type Issue, type IssueCode } from './issues';
import { coefficientMagnitude, MAX_RESULT, resultProblem } from './limits';

/** A problem of the entry at `index` (null: of the year's entries together), `tail` under its path. */
export type MagnitudeReport = (
  index: number | null,
  tail: string,
  code: IssueCode,
  params: Issue['params'],
) => void;

/**
 * Checks the entries at `indexes` (those without other errors: an entry that cannot be resolved has its
 * problem reported already). The inventory's factor set and GWP set must be the ones validated.
 */
export function checkMagnitudes(
  inv: Inventory,
  set: FactorSet,
  indexes: readonly number[],
  report: MagnitudeReport,
): void {
  const run = new Run(set, inv);
  const fail = (): never => {
    throw new CalculationError({ severity: 'error', path: '', code: 'unknown-factor', params: {} });
  };
  let amounts = 0;
  let kg = 0;
  for (const i of indexes) {
    const e = inv.entries[i];
    if (!e) continue;
    try {
      const plan = run.plan(e, fail);
      const amount = e.quantity * plan.conv.factor;
      let problem = resultProblem(amount, plan.limit);
      let unit: string = plan.targetUnit;
      let largest = Math.abs(amount) * plan.limit;
      for (const x of e.instruments ?? []) {
        if (problem || x.factor === undefined) continue;
        const f = run.customFactor(x.factor, fail, '');
        const there = e.quantity * run.conversions.get(e.unit, f.unit, undefined, undefined).factor;
        const magnitude = coefficientMagnitude(f.coefficients);
        problem = resultProblem(there, magnitude);
        unit = f.unit;
        largest = Math.max(largest, Math.abs(there) * magnitude);
      }
      if (problem) {
        report(i, '/quantity', 'result-limit', { what: problem, unit, limit: MAX_RESULT });
        continue;
      }
      amounts += Math.abs(amount);
      kg += largest;
    } catch (x) {
      // Resolved the way the calculation does; whatever stops it there is reported by the other checks.
      if (!(x instanceof Error)) throw x;
    }
  }
  if (!(amounts <= MAX_RESULT)) report(null, '', 'total-limit', { what: 'amount', limit: MAX_RESULT });
  else if (!(kg <= MAX_RESULT)) report(null, '', 'total-limit', { what: 'co2e', limit: MAX_RESULT });
}
