/** The recorded base year, its drift and its recalculation (issue 12; GHG Protocol Corporate Standard ch. 5). */
import { describe, expect, it } from 'vitest';
import {
  baseRecordOf,
  baseYearDrift,
  baseYearFigures,
  recalculateBaseYear,
  withBaseYearRecord,
} from '../../../src/core/baseYear';
import { type Commitment, emptyCommitment } from '../../../src/core/commitment';
import { targetProgress } from '../../../src/core/targetProgress';
import { recordOf, resultOf, T, targetOf } from './fixtures';

const AT = '2026-03-01T10:00:00.000Z';

function commitmentWith(baseTonnes: number, thresholdPct = 5): Commitment {
  return {
    ...emptyCommitment(),
    recalculationThresholdPct: thresholdPct,
    targets: [targetOf({ id: 'a', scope2: undefined }), targetOf({ id: 'other-base', baseYear: 2019 })],
    baseYears: [recordOf(2022, { scope1: baseTonnes * T })],
  };
}
const now = (tonnes: number) => recordOf(2022, { scope1: tonnes * T }).figures;

describe('baseYearFigures', () => {
  it('records Scope 1, Scope 2 both ways, Scope 3 by category, the metrics and the method', () => {
    const result = resultOf(2022, {
      scope1: 1,
      scope2: { location: 2, market: 3 },
      scope3: { 's3.01': 4, 's3.06': 5 },
    });
    const metrics = { fte: 12, production: { amount: 5, unit: 't' } };
    const f = baseYearFigures(result, { metrics });
    expect(f).toEqual({
      scope1: 1,
      scope2: { location: 2, market: 3 },
      scope3ByCategory: { 's3.01': 4, 's3.06': 5 },
      metrics,
      factorSet: result.factorSet,
      gwp: 'AR6',
    });
    metrics.production.amount = 99;
    expect(f.metrics.production?.amount).toBe(5);
  });
});

describe('baseYearDrift', () => {
  it('is not significant at exactly the threshold, up or down', () => {
    for (const tonnes of [105, 95]) {
      const d = baseYearDrift(commitmentWith(100), 2022, now(tonnes));
      expect(d.targets).toHaveLength(1);
      expect(d.targets[0]?.changePct).toBeCloseTo(tonnes - 100, 9);
      expect(d.significant).toBe(false);
    }
    // 23 kg against 23 × 1.05 kg is 5 % too, though it computes a rounding error above it.
    const d = baseYearDrift(commitmentWith(0.023), 2022, now(0.02415));
    expect(d.targets[0]?.changePct).toBeGreaterThan(5);
    expect(d.significant).toBe(false);
  });

  it('is significant just over the threshold, a fall as much as a rise', () => {
    const up = baseYearDrift(commitmentWith(100), 2022, now(105.01));
    expect(up.significant).toBe(true);
    expect(up.targets[0]).toMatchObject({ targetId: 'a', recorded: 100 * T, significant: true });
    const down = baseYearDrift(commitmentWith(100), 2022, now(94));
    expect(down.targets[0]?.changePct).toBeCloseTo(-6, 9);
    expect(down.significant).toBe(true);
  });

  it('follows the partner’s own threshold', () => {
    expect(baseYearDrift(commitmentWith(100, 10), 2022, now(108)).significant).toBe(false);
    expect(baseYearDrift(commitmentWith(100, 0), 2022, now(100.5)).significant).toBe(true);
    expect(baseYearDrift(commitmentWith(100, 0), 2022, now(100)).significant).toBe(false);
  });

  it('treats any change from a zero base as significant, and none as none', () => {
    const fromZero = baseYearDrift(commitmentWith(0), 2022, now(1));
    expect(fromZero.targets[0]?.changePct).toBeNull();
    expect(fromZero.significant).toBe(true);
    const still = baseYearDrift(commitmentWith(0), 2022, now(0));
    expect(still.targets[0]?.changePct).toBe(0);
    expect(still.significant).toBe(false);
  });

  it('measures within each target’s boundary only', () => {
    const c = commitmentWith(100);
    // Scope 2 doubles, but target "a" covers Scope 1 only.
    const current = recordOf(2022, { scope1: 100 * T, scope2: { location: 50 * T, market: 50 * T } }).figures;
    expect(baseYearDrift(c, 2022, current).significant).toBe(false);
  });

  it('finds nothing for a year without a record', () => {
    expect(baseYearDrift(commitmentWith(100), 2023, now(200))).toEqual({
      year: 2023,
      thresholdPct: 5,
      targets: [],
      significant: false,
    });
  });
});

describe('recording and recalculating the base year', () => {
  it('records a base year once; a second record does not replace it', () => {
    const c = withBaseYearRecord(emptyCommitment(), 2022, now(100), AT);
    expect(baseRecordOf(c, 2022)).toEqual({ year: 2022, figures: now(100), recordedAt: AT });
    expect(withBaseYearRecord(c, 2022, now(200), AT)).toBe(c);
    expect(withBaseYearRecord(c, 2019, now(50), AT).baseYears.map((r) => r.year)).toEqual([2019, 2022]);
  });

  it('replaces the record, keeps the figures before with the reason, and the targets follow', () => {
    const c = commitmentWith(100);
    const before = c.baseYears[0]?.figures;
    const r = recalculateBaseYear(c, 2022, now(120), 'structural', 'Varasto ostettiin 2023', AT, 'rc1');
    expect(baseRecordOf(r, 2022)).toEqual({ year: 2022, figures: now(120), recordedAt: AT });
    expect(r.recalculations).toEqual([
      {
        id: 'rc1',
        year: 2022,
        at: AT,
        reason: 'structural',
        note: 'Varasto ostettiin 2023',
        before,
        after: now(120),
      },
    ]);
    expect(r.targets).toBe(c.targets);
    expect(c.baseYears[0]?.figures).toBe(before); // the original commitment is not changed
    const t = r.targets[0];
    if (!t) throw new Error('no target');
    expect(targetProgress(t, baseRecordOf(r, 2022), []).base?.value).toBe(120 * T);
    const again = recalculateBaseYear(r, 2022, now(118), 'error', '', AT, 'rc2');
    expect(again.recalculations.map((x) => [x.id, x.before.scope1, x.after.scope1])).toEqual([
      ['rc1', 100 * T, 120 * T],
      ['rc2', 120 * T, 118 * T],
    ]);
  });

  it('refuses to recalculate a year that has no record', () => {
    expect(() => recalculateBaseYear(commitmentWith(100), 2020, now(1), 'other', '', AT, 'x')).toThrow(
      /2020/,
    );
  });
});
