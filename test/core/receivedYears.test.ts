import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReceivedFileSummary, YearSummary } from '../../src/core/network';
import { latestFiles, newerExport, partnerKeyOf, receivedYears } from '../../src/core/receivedYears';

function year(y: number, total = 1): YearSummary {
  return {
    year: y,
    scope1: total,
    scope2: { location: 0, market: 0 },
    scope3: 0,
    total: { location: total, market: total },
    biogenicCO2: 0,
    byCategory: {},
    metrics: {},
    completeness: { entries: 1, notRelevant: 0, todo: 22 },
    factorSet: { id: 'fi', release: '2026.1' },
    entries: 1,
  };
}

function file(
  id: string,
  key: string,
  years: number[],
  exportedAt?: string,
  receivedAt = '2026-04-01T00:00:00.000Z',
): ReceivedFileSummary {
  return {
    id,
    fileName: `${id}.json`,
    receivedAt,
    ...(exportedAt ? { exportedAt } : {}),
    partnerKey: key,
    partner: { name: key },
    years: years.map((y) => year(y)),
    targets: [],
    actions: [],
    bytes: 1,
    sha256: id,
  };
}

describe('receivedYears', () => {
  it('takes each year of a partner from its newest export and lists the older copies', () => {
    const old = file('a', 'p', [2023, 2024], '2025-03-01T00:00:00.000Z');
    const fix = file('b', 'p', [2024, 2025], '2026-03-01T00:00:00.000Z');
    const other = file('c', 'q', [2024], '2024-01-01T00:00:00.000Z');
    for (const order of [
      [old, fix, other],
      [fix, other, old],
    ]) {
      const r = receivedYears(order);
      const p = r.partners.get('p');
      expect([...(p?.keys() ?? [])].sort()).toEqual([2023, 2024, 2025]);
      expect(p?.get(2023)?.file).toBe(old);
      expect(p?.get(2024)?.file).toBe(fix);
      expect(p?.get(2025)?.file).toBe(fix);
      expect(r.partners.get('q')?.get(2024)?.file).toBe(other);
      expect(r.superseded).toEqual([{ file: old, year: 2024, by: fix }]);
    }
  });

  it('counts a file without an export time as older, then breaks ties by the time received and the id', () => {
    const none = file('a', 'p', [2024]);
    const dated = file('b', 'p', [2024], '2020-01-01T00:00:00.000Z');
    expect(newerExport(dated, none)).toBe(true);
    const early = file('c', 'p', [2024], '2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z');
    const late = file('d', 'p', [2024], '2026-01-01T00:00:00.000Z', '2026-04-02T00:00:00.000Z');
    expect(newerExport(late, early)).toBe(true);
    expect(newerExport(early, late)).toBe(false);
    expect(latestFiles([late, early, dated]).get('p')).toBe(late);
  });

  it('does not depend on the order of the files (property)', () => {
    const arb = fc.array(
      fc.record({
        key: fc.constantFrom('p', 'q', 'r'),
        years: fc.uniqueArray(fc.integer({ min: 2020, max: 2025 }), { minLength: 1, maxLength: 4 }),
        day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, fc.context(), (specs, ctx) => {
        const files = specs.map((s, i) =>
          file(
            `f${i}`,
            s.key,
            s.years,
            s.day ? `2026-02-${String(s.day).padStart(2, '0')}T00:00:00.000Z` : undefined,
          ),
        );
        const a = receivedYears(files);
        const b = receivedYears([...files].reverse());
        ctx.log(JSON.stringify(specs));
        const ids = (r: typeof a) =>
          [...r.partners].flatMap(([k, ys]) => [...ys].map(([y, c]) => `${k}${y}${c.file.id}`)).sort();
        expect(ids(b)).toEqual(ids(a));
        // Every year of every file is either the current one or superseded, exactly once.
        const held = [...a.partners.values()].reduce((n, ys) => n + ys.size, 0);
        expect(held + a.superseded.length).toBe(files.reduce((n, f) => n + f.years.length, 0));
      }),
    );
  });

  it('keys a partner by its business ID, else by its name with case and spaces normalized', () => {
    expect(partnerKeyOf({ name: 'Joen Leipomo Oy', businessId: '1234567-1' })).toBe('1234567-1');
    expect(partnerKeyOf({ name: '  Joen   LEIPOMO Oy ' })).toBe('joen leipomo oy');
  });
});

describe('newerExport with an export time that is no time', () => {
  it('orders a file whose exportedAt does not parse (month 13) as one without it, whichever comes first', () => {
    // The reader takes "2025-13-45T…" (its pattern checks the shape only); Date.parse gives NaN.
    const bad = file('a', 'k', [2024], '2025-13-45T00:00:00.000Z');
    const good = file('b', 'k', [2024], '2025-02-01T00:00:00.000Z');
    expect(newerExport(good, bad)).toBe(true);
    expect(newerExport(bad, good)).toBe(false);
    for (const order of [
      [bad, good],
      [good, bad],
    ])
      expect(receivedYears(order).partners.get('k')?.get(2024)?.file.id).toBe('b');
  });
});
