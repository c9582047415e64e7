/**
 * The anonymous network summary across its tables: a sector and a size band, or two like-for-like sets, that
 * each pass the three-partner rule alone must not give one partner's figure as their difference. Partners'
 * totals are distinct powers of three, so a sum or difference of published figures equals one or two
 * partners' totals only when it is made of exactly them (balanced ternary is unique).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReceivedFileSummary, YearSummary } from '../../../src/core/network';
import { networkFigures } from '../../../src/core/networkFigures';
import { networkPartners } from '../../../src/core/networkPartners';
import { type SummaryTable, summaryTables } from '../../../src/io/report/network/summaryTables';

const YEAR = 2025;

function year(y: number, kg: number, fte: number): YearSummary {
  return {
    year: y,
    scope1: kg,
    scope2: { location: 0, market: 0 },
    scope3: 0,
    total: { location: kg, market: kg },
    biogenicCO2: 0,
    byCategory: { 's1.stationary': { location: kg, market: kg } },
    metrics: { fte },
    completeness: { entries: 1, notRelevant: 10, todo: 0 },
    factorSet: { id: 'fi', release: '2025.1' },
    entries: 1,
  };
}

function file(n: number, sector: string, fte: number, years: readonly number[]): ReceivedFileSummary {
  const kg = 3 ** n * 1000;
  return {
    id: `f${n}`,
    fileName: `p${n}.json`,
    receivedAt: '2026-02-10T10:00:00.000Z',
    exportedAt: '2026-02-01T10:00:00.000Z',
    partnerKey: `k${n}`,
    partner: { name: `Kumppani ${n} Oy`, sector },
    years: years.map((y) => year(y, kg + (YEAR - y) * 7, fte)),
    targets: [],
    actions: [],
    bytes: 100,
    sha256: `s${n}`,
  };
}

function tables(files: ReceivedFileSummary[], baseYear: number, anonymous = true) {
  const figures = networkFigures(files, { year: YEAR, baseYear });
  return summaryTables({ partners: networkPartners(files), figures, anonymous }, 'fi');
}

const byId = (list: SummaryTable[], id: string) => list.find((t) => t.id === id) as SummaryTable;

/** The published totals of the year: sector and size rows, the like-for-like totals 'after'. */
function yearTotals(list: SummaryTable[]): number[] {
  const rows = [
    ...byId(list, 'sectors').rows,
    ...byId(list, 'sizes').rows,
    ...byId(list, 'likeForLike').rows.filter((r) => r.id.endsWith('-location')),
  ];
  return rows.flatMap((r) => {
    const v = r.id.endsWith('-location') ? r.cells.after : r.cells.location;
    return typeof v === 'number' ? [v] : [];
  });
}

/** Whether one figure, or the sum or difference of two, is one or two partners' total of the year. */
function revealsFew(published: number[], files: ReceivedFileSummary[]): boolean {
  const own = files.flatMap((f) => f.years.filter((y) => y.year === YEAR).map((y) => y.total.location));
  const few = new Set<number>();
  for (const [i, a] of own.entries()) {
    few.add(a);
    for (const b of own.slice(i + 1)) for (const v of [a + b, a - b, b - a]) few.add(v);
  }
  const derived = [...published];
  for (const [i, a] of published.entries())
    for (const b of published.slice(i + 1)) derived.push(a - b, b - a);
  return derived.some((d) => [...few].some((v) => Math.abs(d - v) < 1e-3));
}

describe('anonymous summary across tables', () => {
  // Manufacturing (C): partners 1–4; information (J): 5–7. Small (20 FTE): 1, 5, 6, 7; medium: 2, 3, 4.
  const FILES = [
    file(1, '10710', 20, [2024, 2025]),
    file(2, '10710', 120, [2024, 2025]),
    file(3, '10710', 120, [2024, 2025]),
    file(4, '10710', 120, [2024, 2025]),
    file(5, '62010', 20, [2024, 2025]),
    file(6, '62010', 20, [2024, 2025]),
    file(7, '62010', 20, [2024, 2025]),
  ];

  it("does not give a partner's total as a size band less a sector", () => {
    // The named summary has the difference: small − J is partner 1.
    const named = tables(FILES, 2024, false);
    const small = byId(named, 'sizes').rows.find((r) => r.id === 'small')?.cells.location as number;
    const j = byId(named, 'sectors').rows.find((r) => r.id === 'J')?.cells.location as number;
    expect(small - j).toBeCloseTo(3000, 6);
    const anonymous = tables(FILES, 2024);
    expect(revealsFew(yearTotals(anonymous), FILES)).toBe(false);
    expect(byId(anonymous, 'sizes').rows).toEqual([]);
    expect(byId(anonymous, 'sectors').rows.map((r) => r.id)).toEqual(['C', 'J', 'total']);
  });

  it("does not give a partner's total as one like-for-like total less the other", () => {
    // Ten partners in 2025; 1–7 have 2024 and 1–6 the base year 2023: previous − base would be partner 7.
    const files = Array.from({ length: 10 }, (_, i) =>
      file(i + 1, '10710', 20, i < 6 ? [2023, 2024, 2025] : i < 7 ? [2024, 2025] : [2025]),
    );
    const named = byId(tables(files, 2023, false), 'likeForLike').rows;
    expect(named.map((r) => r.cells.partners)).toEqual([7, 7, 6, 6]);
    const anonymous = tables(files, 2023);
    expect(revealsFew(yearTotals(anonymous), files)).toBe(false);
    const rows = byId(anonymous, 'likeForLike').rows;
    // The previous year's comparison is shown; the base year's, one partner short of it, is not.
    expect(rows.map((r) => r.cells.partners)).toEqual([7, 7, null, null]);
  });

  it('over random networks: no figure, sum or difference of two is one or two partners', () => {
    const partnerArb = fc.record({
      sector: fc.constantFrom('10710', '41200', '62010'),
      fte: fc.constantFrom(3, 20, 120),
      years: fc.constantFrom([2025], [2024, 2025], [2023, 2024, 2025], [2023, 2025]),
    });
    fc.assert(
      fc.property(fc.array(partnerArb, { minLength: 3, maxLength: 12 }), (list) => {
        const files = list.map((p, i) => file(i + 1, p.sector, p.fte, p.years));
        expect(revealsFew(yearTotals(tables(files, 2023)), files)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
