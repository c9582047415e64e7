/**
 * A received target's standing as the network keeps it: an intensity target's gap is per unit of its metric,
 * kept in kg as that gap times the latest year's metric (worked out by hand below).
 */
import { describe, expect, it } from 'vitest';
import { type Commitment, emptyCommitment } from '../../../src/core/commitment';
import type { Inventory } from '../../../src/core/inventory';
import type { InventoryResult } from '../../../src/core/results';
import { targetSummary } from '../../../src/io/network/summaryOf';
import { recordOf, resultOf, targetOf } from '../../core/commitment/fixtures';

const T = 1000;

/** A calculated year: its result with an entry (what the results are made of is not read here). */
function yearOf(year: number, kg: number, fte: number, entries = 1) {
  const r = resultOf(year, { scope1: kg });
  return {
    inv: { year, metrics: { fte } } as unknown as Inventory,
    r: { ...r, entries: Array.from({ length: entries }, () => ({}) as InventoryResult['entries'][number]) },
  };
}

describe('targetSummary', () => {
  it("gives an intensity target's gap in kg: per FTE times the year's FTE", () => {
    // Base 2022: 100 t with 10 FTE, 10 t/FTE; halved by 2030, so 2026's pathway is 10 − 5 × 4/8 = 7.5 t/FTE.
    // 2026: 96 t with 12 FTE, 8 t/FTE, behind by 0.5 t/FTE: 6 t at its 12 FTE.
    const target = targetOf({ kind: 'intensity', metric: 'fte', scope2: undefined, reductionPct: 50 });
    const commitment: Commitment = {
      ...emptyCommitment(),
      targets: [target],
      baseYears: [recordOf(2022, { scope1: 100 * T }, { fte: 10 })],
    };
    const s = targetSummary(target, commitment, [yearOf(2022, 100 * T, 10), yearOf(2026, 96 * T, 12)]);
    expect(s.latest?.year).toBe(2026);
    expect(s.latest?.status).toBe('behind');
    expect(s.latest?.gapKg).toBeCloseTo(6 * T, 6);
  });

  it('has no standing when the latest year lacks the metric, rather than a gap of another year', () => {
    const target = targetOf({ kind: 'intensity', metric: 'fte', scope2: undefined, reductionPct: 50 });
    const commitment: Commitment = {
      ...emptyCommitment(),
      targets: [target],
      baseYears: [recordOf(2022, { scope1: 100 * T }, { fte: 10 })],
    };
    const noFte = {
      inv: { year: 2026, metrics: {} } as unknown as Inventory,
      r: resultOf(2026, { scope1: 50 }),
    };
    const s = targetSummary(target, commitment, [yearOf(2022, 100 * T, 10), yearOf(2024, 80 * T, 10), noFte]);
    // 2024: 8 t/FTE against 10 − 5 × 2/8 = 8.75 t/FTE, on track by 0.75 t/FTE × 10 FTE.
    expect(s.latest?.year).toBe(2024);
    expect(s.latest?.gapKg).toBeCloseTo(-7.5 * T, 6);
  });

  it('measures no year just begun (no entries): it would read as zero emissions, on track', () => {
    // Base 2022: 100 t; 33.6 % by 2030. 2024: 95 t against 91.6 t, behind by 3.4 t; 2025 is started, empty.
    const target = targetOf({ scope2: undefined });
    const commitment: Commitment = {
      ...emptyCommitment(),
      targets: [target],
      baseYears: [recordOf(2022, { scope1: 100 * T })],
    };
    const s = targetSummary(target, commitment, [
      yearOf(2022, 100 * T, 10),
      yearOf(2024, 95 * T, 10),
      yearOf(2025, 0, 10, 0),
    ]);
    expect(s.latest?.year).toBe(2024);
    expect(s.latest?.status).toBe('behind');
    expect(s.latest?.gapKg).toBeCloseTo(3.4 * T, 6);
  });
});
