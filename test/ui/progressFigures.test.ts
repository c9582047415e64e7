/**
 * A target's chart is drawn from the same rows as its table: the base 2022 = 100 t, SBTi 4,2 %/a to 2030
 * (66,4 t), 2024 at 90 t against 91,6 t (issue 12's example). The chart plots tonnes, the calculated years
 * as points and the pathway as a line; its summary names every figure; a gap is written with its sign.
 */
import { describe, expect, it } from 'vitest';
import '../../src/i18n/uiCommitment';
import type { Target } from '../../src/core/commitment';
import type { InventoryResult } from '../../src/core/results';
import { targetProgress } from '../../src/core/targetProgress';
import { formatGap, progressChart } from '../../src/ui/commitment/progressFigures';

const target: Target = {
  id: 't1',
  preset: 'sbti-sme',
  scope1: true,
  scope2: 'market',
  scope3Categories: [],
  kind: 'absolute',
  baseYear: 2022,
  targetYear: 2030,
  reductionPct: 33.6,
  createdAt: '2026-01-01T00:00:00Z',
};
const figures = (kg: number) => ({ scope1: kg, scope2: { location: 0, market: 0 }, scope3ByCategory: {} });
const year = (y: number, kg: number) => ({
  result: { year: y, ...figures(kg), byCategory: {} } as unknown as InventoryResult,
  metrics: {},
});
const progress = targetProgress(
  target,
  {
    year: 2022,
    figures: { ...figures(100_000), metrics: {}, factorSet: { id: 'fi', release: '2026.1' }, gwp: 'AR6' },
    recordedAt: '2026-01-01T00:00:00Z',
  },
  [year(2022, 100_000), year(2024, 90_000)],
);

describe('a target on the partner page', () => {
  it('plots in tonnes the figures of its table, the pathway as a line and the years as points', () => {
    const spec = progressChart(progress, 'SBTi', 'fi');
    expect(spec.labels).toEqual(['2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    const [actual, pathway] = spec.series;
    expect(actual?.line).toBe(false);
    expect(pathway?.points).toBe(false);
    expect(actual?.values).toEqual([100, null, 90, null, null, null, null, null, null]);
    expect(pathway?.values[0]).toBeCloseTo(100, 9);
    expect(pathway?.values[2]).toBeCloseTo(91.6, 9);
    expect(pathway?.values[8]).toBeCloseTo(66.4, 9);
    expect(spec.summary).toContain('2024: Toteutunut 90,0 t CO2e, Tavoitepolku 91,6 t CO2e');
    expect(spec.summary).toContain('2030: Tavoitepolku 66,4 t CO2e');
  });

  it('writes a gap with its sign: below the pathway minus, above it plus', () => {
    expect(formatGap(-1_600, 'kgCO2e', 'fi')).toBe('−1,60');
    expect(formatGap(3_400, 'kgCO2e', 'en')).toBe('+3.40');
    expect(formatGap(0, 'kgCO2e', 'fi')).toBe('0');
  });
});
