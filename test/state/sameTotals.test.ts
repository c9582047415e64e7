/**
 * The editor and the report evaluate a year once, the same way: for generated partners, the totals the
 * editor shows (computeYear, lenient) equal the report's (reportOfYear, strict: the results page, the PDF,
 * the CSV and the city file), for the year and for each earlier year in its history. A year with bad entries
 * is counted by the editor without them, exactly as the report counts the year once they are removed, while
 * the report refuses the year as it is, naming those entries by id.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CategoryId } from '../../src/core/categories';
import type { FactorSet } from '../../src/core/factorSet';
import type { InventoryResult } from '../../src/core/results';
import type { UnitId } from '../../src/core/units';
import type { EntryRow, InventoryRow } from '../../src/db/rows';
import { DEFAULT_FACTOR_SET } from '../../src/factors/builtinSets';
import { type PartnerRows, reportOfYear } from '../../src/state/reportYear';
import { computeYear } from '../../src/state/results';
import { fiSet, reachableUnits } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const META = { appVersion: '0.1.0', createdAt: '2026-03-02T09:30:00.000Z' };
const SITES = ['a', 'b'];
const T = '2026-01-01T00:00:00.000Z';

type Draft = Omit<EntryRow, 'id' | 'inventoryId' | 'order' | 'quantityText' | 'updatedAt'>;

/** An entry of any activity of the set, in any unit that converts to its factor's. */
const entryArb = (): fc.Arbitrary<Draft> =>
  fc
    .record({
      i: fc.nat(),
      q: fc.double({ min: 0, max: 1e6, noNaN: true }),
      site: fc.constantFrom(undefined, 'a', 'b'),
      dq: fc.constantFrom(undefined, 'measured' as const, 'invoice' as const, 'estimated' as const),
      cert: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      unfinished: fc.boolean(),
    })
    .map(({ i, q, site, dq, cert, unfinished }) => {
      const a = set.activities[i % set.activities.length];
      if (!a) throw new Error('no activities');
      const category = a.categories[i % a.categories.length] as CategoryId;
      const units = reachableUnits(set, a);
      const d: Draft = {
        category,
        activity: a.id,
        // One in eight typed but not a number yet: unfinished, left out by both.
        quantity: unfinished && i % 8 === 0 ? null : q,
        unit: units[i % units.length] as UnitId,
        ...(site ? { site } : {}),
        ...(dq ? { dataQuality: dq } : {}),
      };
      if (cert !== undefined && category.startsWith('s2.'))
        d.instruments = [{ kind: 'certificate', share: cert, note: 'GO' }];
      return d;
    });

/** Ways an entry is wrong that the core finds (each an error of that entry alone). */
const BREAKS: ((d: Draft, year: number) => Draft)[] = [
  (d) => ({ ...d, activity: 'no.such.activity' }),
  (d) => ({ ...d, site: 'gone' }),
  (d, year) => ({ ...d, period: `${year - 1}-06` }),
];

function inventoryRow(id: string, year: number, gwp: 'AR5' | 'AR6'): InventoryRow {
  return {
    id,
    orgId: 'org',
    year,
    boundary: 'operational-control',
    gwp,
    factorSet: DEFAULT_FACTOR_SET,
    radiativeForcing: true,
    metrics: { fte: 12 },
    customFactors: [],
    excluded: [],
    status: 'draft',
    createdAt: T,
    updatedAt: T,
  };
}

function entryRows(inventoryId: string, drafts: readonly Draft[]): EntryRow[] {
  return drafts.map((d, i) => ({
    ...d,
    id: `${inventoryId}-e${i}`,
    inventoryId,
    order: i + 1,
    quantityText: d.quantity === null ? '1,2,3' : String(d.quantity),
    updatedAt: T,
  }));
}

function partner(
  years: readonly InventoryRow[],
  entries: ReadonlyMap<string, readonly EntryRow[]>,
): PartnerRows {
  return {
    org: { id: 'org', name: 'Generoitu Oy', createdAt: T, updatedAt: T },
    sites: SITES.map((id, order) => ({ id, orgId: 'org', name: `Toimipaikka ${id}`, order })),
    years,
    entries,
  };
}

/** The totals the editor shows and the report's tables are made of. */
const totals = (r: InventoryResult) => ({
  scope1: r.scope1,
  scope2: r.scope2,
  scope3: r.scope3,
  total: r.total,
  biogenicCO2: r.biogenicCO2,
  byCategory: r.byCategory,
  entries: r.entries.map((e) => e.entryId),
});

const editor = (row: InventoryRow, entries: readonly EntryRow[]) => computeYear(row, entries, SITES, set);

/** A year the editor finds no error in. */
const clean = (row: InventoryRow, entries: readonly EntryRow[]) => {
  const view = editor(row, entries);
  return view.result !== null && [...view.problems.values()].flat().every((i) => i.severity !== 'error');
};

describe('the editor and the report', () => {
  it("show the same totals for a year without errors, and for each earlier year of the report's history", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(entryArb(), { maxLength: 25 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('AR5' as const, 'AR6' as const),
        async (perYear, gwp) => {
          const years = perYear.map((_d, k) => inventoryRow(`y${k}`, 2022 + k, gwp));
          const entries = new Map(years.map((y, k) => [y.id, entryRows(y.id, perYear[k] ?? [])]));
          fc.pre(years.every((y) => clean(y, entries.get(y.id) ?? [])));
          const last = years[years.length - 1] as InventoryRow;
          const report = await reportOfYear(partner(years, entries), last.year, META);
          if (!report.ok) throw new Error(JSON.stringify(report.issues));
          expect(report.data.history.map((h) => h.year)).toEqual(years.map((y) => y.year));
          for (const [k, y] of years.entries()) {
            const view = editor(y, entries.get(y.id) ?? []);
            expect(totals(report.data.history[k] as InventoryResult)).toEqual(
              totals(view.result as InventoryResult),
            );
          }
          const own = editor(last, entries.get(last.id) ?? []);
          expect(totals(report.data.result)).toEqual(totals(own.result as InventoryResult));
          expect(report.data.meta.unfinishedEntries).toBe(own.incomplete.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('count a year with bad entries as the report counts it once they are removed; the report refuses it as it is', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryArb(), { minLength: 1, maxLength: 25 }),
        fc.array(fc.record({ at: fc.nat(), how: fc.nat({ max: BREAKS.length - 1 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (drafts, breaks) => {
          const row = inventoryRow('y', 2024, 'AR6');
          fc.pre(clean(row, entryRows(row.id, drafts)));
          // Only finished entries can be wrong in a way the core sees; unfinished ones are left out anyway.
          const finished = drafts.flatMap((d, i) => (d.quantity === null ? [] : [i]));
          fc.pre(finished.length > 0);
          const broken = new Map<number, Draft>();
          for (const b of breaks) {
            const i = finished[b.at % finished.length] as number;
            broken.set(i, (BREAKS[b.how] as (d: Draft, year: number) => Draft)(drafts[i] as Draft, row.year));
          }
          const all = entryRows(
            row.id,
            drafts.map((d, i) => broken.get(i) ?? d),
          );
          const badIds = [...broken.keys()].map((i) => (all[i] as EntryRow).id).sort();
          const view = editor(row, all);
          expect(view.invalid).toBe(badIds.length);
          for (const id of badIds)
            expect(view.problems.get(id)?.some((i) => i.severity === 'error')).toBe(true);

          const refused = await reportOfYear(partner([row], new Map([[row.id, all]])), row.year, META);
          expect(refused.ok).toBe(false);
          if (refused.ok) return;
          const named = new Set(
            refused.issues.filter((i) => i.severity === 'error').map((i) => i.record?.id),
          );
          expect([...named].sort()).toEqual(badIds);

          const without = all.filter((e) => !badIds.includes(e.id));
          const report = await reportOfYear(partner([row], new Map([[row.id, without]])), row.year, META);
          if (!report.ok) throw new Error(JSON.stringify(report.issues));
          expect(totals(report.data.result)).toEqual(totals(view.result as InventoryResult));
        },
      ),
      { numRuns: 60 },
    );
  });
});
