/**
 * The last guard of a calculation: every figure of a year's result finite, and every kg figure and summed
 * quantity within MAX_RESULT (src/core/limits.ts). Validation keeps valid input inside these bounds; this
 * catches what reaches the calculation without it, so a total is never Infinity, NaN or null.
 * It reads the totals, never the entries: its cost does not grow with the year's size.
 */
import { withinResult } from './limits';
import type { DualTotal, InventoryResult } from './results';

/** What broke the limits: a summed quantity ('amount') or a kg figure ('co2e'); null when nothing did. */
export function totalProblem(r: InventoryResult): 'amount' | 'co2e' | null {
  const kg: number[] = [r.scope1, r.scope3, r.biogenicCO2];
  const dual = (d: DualTotal) => kg.push(d.location, d.market);
  dual(r.scope2);
  dual(r.total);
  kg.push(...Object.values(r.biogenicByScope));
  for (const c of Object.values(r.byCategory)) {
    if (c) {
      dual(c);
      kg.push(c.biogenicCO2);
    }
  }
  for (const g of [r.byGas.location, r.byGas.market])
    kg.push(...Object.values(g.mass), ...Object.values(g.co2e));
  for (const s of Object.values(r.bySite)) dual(s);
  for (const s of Object.values(r.byDataQuality)) dual(s);
  for (const s of r.sources) {
    if (!withinResult(s.amount)) return 'amount';
    dual(s);
    kg.push(s.biogenicCO2);
  }
  if (!kg.every(withinResult)) return 'co2e';
  // Intensities divide by a metric of at least MIN_METRIC: finite, but not bounded by MAX_RESULT.
  for (const f of r.intensities) {
    if (![f.scope12.location, f.scope12.market, f.total.location, f.total.market].every(Number.isFinite))
      return 'co2e';
  }
  return null;
}
