/**
 * A partner-year summary for network tests: Scope 1, 2 and 3 in the proportions 2 : 3 (location; 1 market) : 5
 * of `kg`, in three categories, with its FTE and a 2025.1 factor set.
 */
import type { YearSummary } from '../../../src/core/network';

export function yearSummary(y: number, kg: number, fte = 20): YearSummary {
  const s1 = kg * 0.2;
  const s2 = { location: kg * 0.3, market: kg * 0.1 };
  const s3 = kg * 0.5;
  return {
    year: y,
    scope1: s1,
    scope2: s2,
    scope3: s3,
    total: { location: s1 + s2.location + s3, market: s1 + s2.market + s3 },
    biogenicCO2: 0,
    byCategory: {
      's1.stationary': { location: s1, market: s1 },
      's2.electricity': s2,
      's3.06': { location: s3, market: s3 },
    },
    metrics: { fte },
    completeness: { entries: 3, notRelevant: 10, todo: 2 },
    factorSet: { id: 'fi', release: '2025.1' },
    entries: 3,
  };
}
