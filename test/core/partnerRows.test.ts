/**
 * The partner table's rows: each partner's newest file for its name, sector and targets, the chosen year's
 * figures from the file that wins the year, and nothing made up for a year it has not sent.
 */
import { describe, expect, it } from 'vitest';
import type { ReceivedFileSummary, TargetSummary, YearSummary } from '../../src/core/network';
import { networkPartners } from '../../src/core/networkPartners';
import { partnerRows } from '../../src/core/partnerRows';

const year = (y: number, total: number, fte?: number): YearSummary => ({
  year: y,
  scope1: total,
  scope2: { location: 0, market: 0 },
  scope3: 0,
  total: { location: total, market: total + 1 },
  biogenicCO2: 0,
  byCategory: {},
  metrics: fte === undefined ? {} : { fte },
  completeness: { entries: 4, notRelevant: 9, todo: 3 },
  factorSet: { id: 'fi', release: '2025.1' },
  entries: 4,
});

const target = (status?: 'on-track' | 'behind'): TargetSummary => ({
  id: `t-${status ?? 'none'}`,
  preset: 'own',
  kind: 'absolute',
  baseYear: 2022,
  targetYear: 2030,
  reductionPct: 40,
  ...(status ? { latest: { year: 2025, status, gapKg: 0 } } : {}),
});

function file(id: string, key: string, o: Partial<ReceivedFileSummary>): ReceivedFileSummary {
  return {
    id,
    fileName: `${id}.json`,
    receivedAt: '2026-02-01T08:00:00.000Z',
    partnerKey: key,
    partner: { name: key },
    years: [],
    targets: [],
    actions: [],
    bytes: 1,
    sha256: id,
    ...o,
  };
}

describe('partnerRows', () => {
  it("takes the year's figures from the file that wins it and the rest from the newest file", () => {
    const files = [
      file('old', 'a', {
        exportedAt: '2026-01-01T00:00:00.000Z',
        partner: { name: 'Vanha nimi Oy', sector: '10710' },
        years: [year(2024, 500, 8)],
      }),
      file('new', 'a', {
        exportedAt: '2026-03-01T00:00:00.000Z',
        partner: { name: 'Uusi nimi Oy', sector: '62010' },
        years: [year(2025, 700, 60)],
        targets: [target('on-track'), target('behind')],
      }),
      file('b', 'b', { partner: { name: 'Toinen Oy' }, years: [year(2025, 300)], targets: [target()] }),
    ];
    const rows = partnerRows(networkPartners(files), 2024);
    const a = rows.find((r) => r.key === 'a');
    const b = rows.find((r) => r.key === 'b');
    expect(a).toEqual({
      key: 'a',
      name: 'Uusi nimi Oy',
      sector: '62010',
      section: 'J',
      sizeBand: 'micro',
      total: { location: 500, market: 501 },
      completeness: { done: 13, all: 16 },
      standing: 'behind',
      lastReport: '2026-03-01T00:00:00.000Z',
      hasYear: true,
    });
    // No 2024 from partner b: no figures, but it is listed, with when it last reported.
    expect(b).toEqual({
      key: 'b',
      name: 'Toinen Oy',
      section: 'unknown',
      sizeBand: 'unknown',
      standing: 'unknown',
      lastReport: '2026-02-01T08:00:00.000Z',
      hasYear: false,
    });
    const a25 = partnerRows(networkPartners(files), 2025).find((r) => r.key === 'a');
    expect(a25?.sizeBand).toBe('medium');
    expect(a25?.total?.location).toBe(700);
    expect(
      partnerRows(
        networkPartners([files[2] as ReceivedFileSummary].map((f) => ({ ...f, targets: [] }))),
        2025,
      )[0]?.standing,
    ).toBe('none');
  });
});
