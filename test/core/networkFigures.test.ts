/**
 * The network figures (issue 13): which file speaks for a partner's year, the partner counts, the like-for-like
 * set, the groups by sector and size band, and the targets and actions, by hand-made examples; then, over
 * generated files, that network totals are the sums of the included partners' years, that the like-for-like
 * set is exactly the partners with both years, that the counts add up, and that the order of files does not
 * matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionStatus, ActionTheme } from '../../src/core/commitment';
import type { ReceivedFileSummary, YearSummary } from '../../src/core/network';
import { networkFigures } from '../../src/core/networkFigures';
import { networkPartners, sizeBandOf } from '../../src/core/networkPartners';
import { filesArb, summary, yearSummary, yearsArb } from './networkArb';

describe('which file speaks for a partner', () => {
  it('the newest export wins a year; a year only an older file holds still comes from it', () => {
    const old = summary(
      'a',
      [yearSummary(2024, { 's1.mobile': 100 }), yearSummary(2025, { 's1.mobile': 200 })],
      {
        exportedAt: '2025-03-01T00:00:00Z',
      },
    );
    const fresh = summary('a', [yearSummary(2025, { 's1.mobile': 250 })], {
      exportedAt: '2026-01-10T00:00:00Z',
    });
    const [p] = networkPartners([fresh, old]);
    expect(p?.years.get(2025)?.file.id).toBe(fresh.id);
    expect(p?.years.get(2024)?.file.id).toBe(old.id);
    expect(p?.latest.id).toBe(fresh.id);
    const f = networkFigures([old, fresh], { year: 2025 });
    expect(f.emissions.scope1).toBe(250);
  });

  it('at the same export the file received later wins; a file without an export time loses to one with', () => {
    const a = summary('a', [yearSummary(2025, { 's1.mobile': 1 })], { receivedAt: '2026-03-01T00:00:00Z' });
    const b = summary('a', [yearSummary(2025, { 's1.mobile': 2 })], { receivedAt: '2026-03-02T00:00:00Z' });
    expect(networkFigures([b, a], { year: 2025 }).emissions.scope1).toBe(2);
    const undated = summary('a', [yearSummary(2025, { 's1.mobile': 3 })], {
      receivedAt: '2026-05-01T00:00:00Z',
    });
    delete undated.exportedAt;
    expect(networkFigures([undated, a], { year: 2025 }).emissions.scope1).toBe(1);
  });

  it('a newer export whose year is empty replaces the older figures: the year is then no footprint', () => {
    const old = summary('a', [yearSummary(2025, { 's1.mobile': 100 })], {
      exportedAt: '2025-03-01T00:00:00Z',
    });
    const empty = summary('a', [yearSummary(2025, {})], { exportedAt: '2026-03-01T00:00:00Z' });
    const f = networkFigures([old, empty], { year: 2025 });
    expect(f.partners.withFootprint).toBe(0);
    expect(f.emissions.partners).toBe(0);
    expect(f.emissions.total.location).toBe(0);
    expect(f.years).toEqual([]);
  });
});

describe('partner counts', () => {
  const files = [
    summary('a', [yearSummary(2025, { 's2.electricity': 1000 })], {
      partner: { joinedOn: '2025-05-05' },
      exportedAt: '2025-11-01T00:00:00Z',
      targets: [
        { id: 't1', preset: 'own', kind: 'absolute', baseYear: 2020, targetYear: 2030, reductionPct: 50 },
      ],
    }),
    summary('b', [yearSummary(2024, { 's1.stationary': 10 })], {
      partner: { joinedOn: '2021-01-01' },
      exportedAt: '2026-01-01T00:00:00Z',
      targets: [
        {
          id: 't2',
          preset: 'sbti-sme',
          kind: 'absolute',
          baseYear: 2020,
          targetYear: 2030,
          reductionPct: 42,
          latest: { year: 2024, status: 'on-track', gapKg: -5 },
        },
        {
          id: 't3',
          preset: 'own',
          kind: 'absolute',
          baseYear: 2020,
          targetYear: 2030,
          reductionPct: 60,
          latest: { year: 2024, status: 'behind', gapKg: 5 },
        },
      ],
    }),
    summary('c', [], { receivedAt: '2025-06-01T00:00:00Z' }),
    summary('d', [], { partner: { joinedOn: '2027-01-01' } }),
  ];
  const c = files.find((f) => f.partnerKey === 'c') as ReceivedFileSummary;
  delete c.exportedAt;
  const f = networkFigures(files, { year: 2025 });

  it('counts partners, joinings, footprints and reports of the chosen year', () => {
    expect(f.partners).toMatchObject({
      total: 4,
      joined: 1,
      joinedBy: 2,
      joinDateUnknown: 1,
      withFootprint: 1,
      // a: its 2025 exported in 2025; b sent only 2024; c, received in 2025, holds no year.
      reported: 1,
    });
  });

  it('a partner is on track only when no target is behind; one without a standing is not known', () => {
    expect(f.partners).toMatchObject({ withTarget: 2, onTrack: 0, behind: 1, progressUnknown: 1 });
    expect(f.targets.total).toEqual({ targets: 3, onTrack: 1, behind: 1, unknown: 1 });
    expect(f.targets.byPreset.own).toEqual({ targets: 2, onTrack: 0, behind: 1, unknown: 1 });
  });

  it('the growth of the network counts the partners who had joined by the end of each year', () => {
    const by = Object.fromEntries(f.growth.map((g) => [g.year, g.partners]));
    expect(f.growth[0]?.year).toBe(2021);
    expect(by).toEqual({ 2021: 1, 2022: 1, 2023: 1, 2024: 1, 2025: 2, 2026: 2, 2027: 3 });
    expect(f.growth.find((g) => g.year === 2024)?.withFootprint).toBe(1);
  });
});

describe('groups', () => {
  it('size bands follow the EU SME headcount limits', () => {
    expect([0, 9.99, 10, 49.9, 50, 249, 250, undefined, Number.NaN].map(sizeBandOf)).toEqual([
      'micro',
      'micro',
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'unknown',
      'unknown',
    ]);
  });

  it('sectors are TOL sections of the partner code; a code not in TOL form is unknown', () => {
    const files = [
      summary('a', [yearSummary(2025, { 's1.mobile': 1 }, 5)], { partner: { sector: '62010' } }),
      summary('b', [yearSummary(2025, { 's1.mobile': 2 }, 60)], { partner: { sector: 'J' } }),
      summary('c', [yearSummary(2025, { 's1.mobile': 4 })], { partner: { sector: '10.71' } }),
      summary('d', [yearSummary(2025, { 's1.mobile': 8 }, 300)], { partner: { sector: 'bakery' } }),
    ];
    const f = networkFigures(files, { year: 2025 });
    expect(f.bySector.map((g) => [g.group, g.partners, g.scope1])).toEqual([
      ['C', 1, 4],
      ['J', 2, 3],
      ['unknown', 1, 8],
    ]);
    expect(f.bySize.map((g) => [g.group, g.partners, g.scope1])).toEqual([
      ['micro', 1, 1],
      ['small', 0, 0],
      ['medium', 1, 2],
      ['large', 1, 8],
      ['unknown', 1, 4],
    ]);
  });
});

describe('like for like', () => {
  it('compares only the partners with a footprint in both years, and says which calculated with another set', () => {
    const a24 = { ...yearSummary(2024, { 's1.mobile': 100 }), factorSet: { id: 'fi', release: '2025.1' } };
    const files = [
      summary('a', [a24, yearSummary(2025, { 's1.mobile': 80 })]),
      summary('b', [yearSummary(2025, { 's1.mobile': 1000 })]),
      summary('c', [yearSummary(2024, { 's1.mobile': 1000 }), yearSummary(2021, { 's1.mobile': 50 })]),
      summary('e', [yearSummary(2021, { 's1.mobile': 40 }), yearSummary(2025, { 's1.mobile': 30 })]),
    ];
    const f = networkFigures(files, { year: 2025, baseYear: 2021 });
    expect(f.previous.partners).toEqual(['a']);
    expect(f.previous.now.scope1).toBe(80);
    expect(f.previous.then.scope1).toBe(100);
    expect(f.previous.change.scope1.absolute).toBe(-20);
    expect(f.previous.change.scope1.relative).toBeCloseTo(-0.2, 12);
    expect(f.previous.factorSetChanged).toBe(1);
    expect(f.base?.partners).toEqual(['e']);
    expect(f.base?.change.totalLocation.relative).toBeCloseTo(-0.25, 12);
    expect(networkFigures(files, { year: 2025, baseYear: 2025 }).base).toBeNull();
  });
});

describe('actions', () => {
  it('counts by theme and status, with the expected (modelled) cuts apart from the observed change', () => {
    const files = [
      summary('a', [], {
        actions: [
          { id: '1', title: 'LED', theme: 'energy', status: 'done', categories: [], expectedKgPerYear: 500 },
          {
            id: '2',
            title: 'Aurinko',
            theme: 'energy',
            status: 'done',
            categories: ['s2.electricity'],
            observed: { fromYear: 2024, toYear: 2025, activityKg: -300 },
          },
          { id: '3', title: 'Pyörä', theme: 'transport', status: 'planned', categories: [] },
        ],
      }),
    ];
    const f = networkFigures(files, { year: 2025 });
    const cell = (t: ActionTheme, s: ActionStatus) => f.actions.byTheme[t][s];
    expect(f.actions.partners).toBe(1);
    expect(cell('energy', 'done')).toEqual({
      actions: 2,
      expected: { actions: 1, kgPerYear: 500 },
      observed: { actions: 1, decreased: 1 },
    });
    expect(cell('transport', 'planned').actions).toBe(1);
    expect(f.actions.total.actions).toBe(3);
    expect(f.actions.cuts.energy).toEqual({
      expected: { actions: 1, kgPerYear: 500 },
      observed: { actions: 1, decreased: 1 },
    });
  });

  it('a dropped action is counted but cuts nothing, expected or observed', () => {
    const files = [
      summary('a', [], {
        actions: [
          {
            id: '1',
            title: 'LED',
            theme: 'energy',
            status: 'planned',
            categories: [],
            expectedKgPerYear: 500,
          },
          {
            id: '2',
            title: 'Tuulivoima',
            theme: 'energy',
            status: 'dropped',
            categories: ['s2.electricity'],
            expectedKgPerYear: 9000,
            observed: { fromYear: 2024, toYear: 2025, activityKg: -50 },
          },
        ],
      }),
    ];
    const f = networkFigures(files, { year: 2025 });
    expect(f.actions.total.actions).toBe(2);
    expect(f.actions.totalCuts).toEqual({
      expected: { actions: 1, kgPerYear: 500 },
      observed: { actions: 0, decreased: 0 },
    });
  });
});

/** The year of the partner that an independent reading of the rule picks: the greatest (export, reception, id). */
function oracleYears(files: readonly ReceivedFileSummary[], year: number): Map<string, YearSummary> {
  const t = (s: string | undefined) => (s === undefined ? Number.NEGATIVE_INFINITY : Date.parse(s));
  const best = new Map<string, { f: ReceivedFileSummary; y: YearSummary }>();
  for (const f of files) {
    const y = f.years.find((x) => x.year === year);
    if (!y) continue;
    const b = best.get(f.partnerKey);
    const newer =
      !b ||
      t(f.exportedAt) > t(b.f.exportedAt) ||
      (t(f.exportedAt) === t(b.f.exportedAt) &&
        (t(f.receivedAt) > t(b.f.receivedAt) || (t(f.receivedAt) === t(b.f.receivedAt) && f.id > b.f.id)));
    if (newer) best.set(f.partnerKey, { f, y });
  }
  const out = new Map<string, YearSummary>();
  for (const [k, { y }] of best) if (y.entries > 0) out.set(k, y);
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('properties over generated files', () => {
  it('network totals equal the sum of the included partners’ years', () => {
    fc.assert(
      fc.property(filesArb, yearsArb, (files, year) => {
        const f = networkFigures(files, { year });
        const mine = oracleYears(files, year);
        expect(new Set(f.included)).toEqual(new Set(mine.keys()));
        expect(f.emissions.partners).toBe(mine.size);
        const ys = [...mine.values()];
        const sum = (g: (y: YearSummary) => number) => ys.reduce((s, y) => s + g(y), 0);
        expect(
          close(
            f.emissions.scope1,
            sum((y) => y.scope1),
          ),
        ).toBe(true);
        expect(
          close(
            f.emissions.scope2.location,
            sum((y) => y.scope2.location),
          ),
        ).toBe(true);
        expect(
          close(
            f.emissions.scope2.market,
            sum((y) => y.scope2.market),
          ),
        ).toBe(true);
        expect(
          close(
            f.emissions.scope3,
            sum((y) => y.scope3),
          ),
        ).toBe(true);
        expect(
          close(
            f.emissions.total.market,
            sum((y) => y.total.market),
          ),
        ).toBe(true);
        const categories = Object.values(f.emissions.byCategory);
        expect(
          close(
            categories.reduce((s, c) => s + c.location, 0),
            sum((y) => y.total.location),
          ),
        ).toBe(true);
      }),
    );
  });

  it('the like-for-like set is exactly the partners with a footprint in both years', () => {
    fc.assert(
      fc.property(filesArb, yearsArb, yearsArb, (files, year, baseYear) => {
        fc.pre(baseYear !== year);
        const f = networkFigures(files, { year, baseYear });
        const now = oracleYears(files, year);
        const then = oracleYears(files, baseYear);
        const both = [...now.keys()].filter((k) => then.has(k));
        expect(new Set(f.base?.partners)).toEqual(new Set(both));
        expect(f.base?.partners.length).toBe(both.length);
        const sumNow = both.reduce((s, k) => s + (now.get(k) as YearSummary).total.location, 0);
        const sumThen = both.reduce((s, k) => s + (then.get(k) as YearSummary).total.location, 0);
        expect(close(f.base?.now.total.location ?? Number.NaN, sumNow)).toBe(true);
        expect(close(f.base?.then.total.location ?? Number.NaN, sumThen)).toBe(true);
      }),
    );
  });

  it('the counts add up', () => {
    fc.assert(
      fc.property(filesArb, yearsArb, (files, year) => {
        const f = networkFigures(files, { year });
        const p = f.partners;
        expect(p.total).toBe(new Set(files.map((x) => x.partnerKey)).size);
        expect(p.onTrack + p.behind + p.progressUnknown).toBe(p.withTarget);
        expect(p.withFootprint).toBe(f.emissions.partners);
        expect(f.bySize.reduce((s, g) => s + g.partners, 0)).toBe(p.withFootprint);
        expect(f.bySector.reduce((s, g) => s + g.partners, 0)).toBe(p.withFootprint);
        const last = f.growth.at(-1);
        expect((last?.partners ?? 0) + p.joinDateUnknown).toBe(p.total);
        expect(f.growth.find((g) => g.year === year)?.partners).toBe(p.joinedBy);
        expect(f.growth.reduce((s, g) => s + g.joined, 0)).toBe(last?.partners);
        const t = f.targets;
        expect(Object.values(t.byPreset).reduce((s, c) => s + c.targets, 0)).toBe(t.total.targets);
        expect(t.total.onTrack + t.total.behind + t.total.unknown).toBe(t.total.targets);
        const cells = Object.values(f.actions.byTheme).flatMap((s) => Object.values(s));
        expect(cells.reduce((s, c) => s + c.actions, 0)).toBe(f.actions.total.actions);
        expect(
          close(
            cells.reduce((s, c) => s + c.expected.kgPerYear, 0),
            f.actions.total.expected.kgPerYear,
          ),
        ).toBe(true);
      }),
    );
  });

  it('the order in which files are listed changes nothing', () => {
    fc.assert(
      fc.property(
        filesArb.chain((files) =>
          fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length })),
        ),
        yearsArb,
        ([files, shuffled], year) => {
          const a = networkFigures(files, { year, baseYear: 2020 });
          const b = networkFigures(shuffled, { year, baseYear: 2020 });
          expect(b.partners).toEqual(a.partners);
          expect(new Set(b.included)).toEqual(new Set(a.included));
          expect(close(b.emissions.total.location, a.emissions.total.location)).toBe(true);
          expect(new Set(b.base?.partners)).toEqual(new Set(a.base?.partners));
        },
      ),
    );
  });
});

describe('reported in time', () => {
  it("counts a year's footprint exported in that year or the next, not later, and not another year's file", () => {
    const files = [
      summary('inYear', [yearSummary(2025, { 's1.stationary': 5 })], { exportedAt: '2025-12-30T10:00:00Z' }),
      summary('nextYear', [yearSummary(2025, { 's1.stationary': 5 })], {
        exportedAt: '2026-03-01T10:00:00Z',
      }),
      summary('late', [yearSummary(2025, { 's1.stationary': 5 })], { exportedAt: '2027-01-02T10:00:00Z' }),
      summary('otherYear', [yearSummary(2024, { 's1.stationary': 5 })], {
        exportedAt: '2025-06-01T10:00:00Z',
      }),
    ];
    const f = networkFigures(files, { year: 2025 });
    expect(f.partners.withFootprint).toBe(3);
    expect(f.partners.reported).toBe(2);
  });
});
