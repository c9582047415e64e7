/**
 * Received-file summaries for the network figures' tests: a plain builder with defaults, and fast-check
 * arbitraries of many files of a few partners (duplicates of a partner's year, files without an export time,
 * empty years, partners without a joining date, targets and actions of every kind).
 */
import fc from 'fast-check';
import { ACTION_STATUS_ORDER } from '../../src/core/actionStatus';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/categories';
import type { ActionSummary, ReceivedFileSummary, TargetSummary, YearSummary } from '../../src/core/network';
import { ACTION_THEMES, TARGET_PRESETS } from '../../src/core/networkCommitments';

export function yearSummary(
  year: number,
  kg: Partial<Record<CategoryId, number>>,
  fte?: number,
): YearSummary {
  const byCategory: YearSummary['byCategory'] = {};
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (const [id, v] of Object.entries(kg) as [CategoryId, number][]) {
    // Market-based Scope 2 at half the location-based value: the two methods must never be mixed up.
    const market = id.startsWith('s2.') ? v / 2 : v;
    byCategory[id] = { location: v, market };
    if (id.startsWith('s1.')) s1 += v;
    else if (id.startsWith('s2.')) s2 += v;
    else s3 += v;
  }
  return {
    year,
    scope1: s1,
    scope2: { location: s2, market: s2 / 2 },
    scope3: s3,
    total: { location: s1 + s2 + s3, market: s1 + s2 / 2 + s3 },
    biogenicCO2: 0,
    byCategory,
    metrics: fte === undefined ? {} : { fte },
    completeness: { entries: Object.keys(kg).length, notRelevant: 0, todo: 0 },
    factorSet: { id: 'fi', release: '2026.1' },
    entries: Object.keys(kg).length,
  };
}

let n = 0;
export function summary(
  partnerKey: string,
  years: YearSummary[],
  more: Partial<Omit<ReceivedFileSummary, 'partner'>> & {
    partner?: Partial<ReceivedFileSummary['partner']>;
  } = {},
): ReceivedFileSummary {
  n++;
  const { partner, ...rest } = more;
  return {
    id: `f${n}`,
    fileName: `${partnerKey}-${n}.json`,
    receivedAt: '2026-03-01T10:00:00.000Z',
    exportedAt: '2026-02-01T10:00:00.000Z',
    partnerKey,
    partner: { name: partnerKey, ...partner },
    years,
    targets: [],
    actions: [],
    bytes: 1000,
    sha256: `sha${n}`,
    ...rest,
  };
}

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

const kgArb = fc.dictionary(fc.constantFrom(...CATEGORY_IDS), fc.integer({ min: 0, max: 5_000_000 }), {
  maxKeys: 5,
}) as fc.Arbitrary<Partial<Record<CategoryId, number>>>;

const yearArb = fc
  .record({
    year: fc.constantFrom(...YEARS),
    kg: kgArb,
    fte: fc.option(fc.constantFrom(0, 3, 9.5, 10, 49, 50, 249.9, 250, 4000), { nil: undefined }),
    release: fc.constantFrom('2025.1', '2026.1'),
  })
  .map(({ year, kg, fte, release }) => {
    const y = yearSummary(year, kg, fte);
    return { ...y, factorSet: { id: 'fi', release } };
  });

const targetArb: fc.Arbitrary<TargetSummary> = fc.record({
  id: fc.uuid(),
  preset: fc.constantFrom(...TARGET_PRESETS),
  kind: fc.constantFrom('absolute' as const, 'intensity' as const),
  baseYear: fc.constant(2020),
  targetYear: fc.constant(2030),
  reductionPct: fc.integer({ min: 1, max: 90 }),
  latest: fc.option(
    fc.record({
      year: fc.constant(2025),
      status: fc.constantFrom('on-track' as const, 'behind' as const),
      gapKg: fc.integer(),
    }),
    { nil: undefined },
  ),
});

const actionArb: fc.Arbitrary<ActionSummary> = fc.record({
  id: fc.uuid(),
  title: fc.constant('Toimenpide'),
  theme: fc.constantFrom(...ACTION_THEMES),
  status: fc.constantFrom(...ACTION_STATUS_ORDER),
  categories: fc.constant([]),
  expectedKgPerYear: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  observed: fc.option(
    fc.record({ fromYear: fc.constant(2024), toYear: fc.constant(2025), activityKg: fc.integer() }),
    { nil: undefined },
  ),
});

/** Two moments may be equal, so ties between exports and between receptions are tried as well. */
const momentArb = fc.constantFrom(
  '2024-05-01T08:00:00.000Z',
  '2025-01-15T08:00:00.000Z',
  '2025-12-31T23:00:00.000Z',
  '2026-04-01T08:00:00.000Z',
);

const fileArb = fc.record({
  key: fc.constantFrom('1234567-8', '2345678-9', 'kahvila aurinko', 'x-oy', 'y-ry', 'z-tmi'),
  years: fc.uniqueArray(yearArb, { selector: (y) => y.year, maxLength: 4 }),
  exportedAt: fc.option(momentArb, { nil: undefined }),
  receivedAt: momentArb,
  joinedOn: fc.option(fc.constantFrom('2018-06-01', '2021-01-01', '2024-09-30', '2025-02-02'), {
    nil: undefined,
  }),
  sector: fc.option(fc.constantFrom('62010', 'C', '10.71', '47', 'X9', 'J'), { nil: undefined }),
  targets: fc.array(targetArb, { maxLength: 3 }),
  actions: fc.array(actionArb, { maxLength: 4 }),
});

/** Files of up to six partners, several of a partner, with unique ids. */
export const filesArb: fc.Arbitrary<ReceivedFileSummary[]> = fc
  .array(fileArb, { maxLength: 14 })
  .map((files) =>
    files.map((f, i) => {
      const s = summary(f.key, f.years, {
        id: `file-${i}`,
        receivedAt: f.receivedAt,
        targets: f.targets,
        actions: f.actions,
        partner: {
          ...(f.joinedOn ? { joinedOn: f.joinedOn } : {}),
          ...(f.sector ? { sector: f.sector } : {}),
        },
      });
      if (f.exportedAt === undefined) delete s.exportedAt;
      else s.exportedAt = f.exportedAt;
      return s;
    }),
  );

export const yearsArb = fc.constantFrom(...YEARS);
