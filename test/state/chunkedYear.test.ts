/**
 * The year page evaluates a year in chunks of entries and re-evaluates only the chunk a keystroke changed
 * (src/state/yearEvaluation.ts over src/io/evaluateYearChunks.ts). What it shows must be what evaluateYear of
 * the whole year gives — totals, every problem with its path, the entries left out, the unfinished count —
 * before and after an edit; an unchanged chunk is not evaluated again.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FactorSet } from '../../src/core/factorSet';
import type { Issue } from '../../src/core/issues';
import type { EntryRow } from '../../src/db/rows';
import { toCoreInventory } from '../../src/db/toCore';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateYear } from '../../src/io/evaluateYear';
import { CHUNK } from '../../src/io/evaluateYearChunks';
import { type ChunkMemo, evaluateChunked, type YearRow } from '../../src/state/yearEvaluation';
import { bigYearRows } from '../e2e/bigYear';

const inv: YearRow = {
  id: 'year',
  orgId: 'org',
  year: 2024,
  boundary: 'operational-control',
  gwp: 'AR6',
  factorSet: DEFAULT_FACTOR_SET,
  radiativeForcing: false,
  metrics: {},
  customFactors: [],
  excluded: [{ category: 's3.08', reason: '' }],
  status: 'draft',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Issues in one order, so two lists of the same problems compare equal whatever order they were found in. */
const sorted = (issues: readonly Issue[]) =>
  [...issues].sort((a, b) => `${a.path}|${a.code}`.localeCompare(`${b.path}|${b.code}`));

function expectSameAsWhole(memo: ChunkMemo, row: YearRow, rows: EntryRow[], set: FactorSet) {
  const { inventory, incomplete } = toCoreInventory(row, rows, row.customFactors);
  const whole = evaluateYear({ siteIds: [], inventories: [inventory] }, row.year, () => set, {
    mode: 'lenient',
  });
  const year = memo.year;
  if (!year || !whole.result || !year.result) throw new Error('no result');
  for (const k of ['scope1', 'scope3', 'biogenicCO2'] as const)
    expect(near(year.result[k], whole.result[k])).toBe(true);
  for (const k of ['scope2', 'total'] as const) {
    expect(near(year.result[k].location, whole.result[k].location)).toBe(true);
    expect(near(year.result[k].market, whole.result[k].market)).toBe(true);
  }
  expect(Object.keys(year.result.byCategory).sort()).toEqual(Object.keys(whole.result.byCategory).sort());
  for (const [id, t] of Object.entries(whole.result.byCategory)) {
    const mine = year.result.byCategory[id as keyof typeof year.result.byCategory];
    expect(mine?.entries).toBe(t.entries);
    expect(near(mine?.location ?? Number.NaN, t.location)).toBe(true);
    expect(near(mine?.market ?? Number.NaN, t.market)).toBe(true);
    expect(near(mine?.biogenicCO2 ?? Number.NaN, t.biogenicCO2)).toBe(true);
  }
  expect(year.incomplete).toBe(incomplete.length);
  expect(year.completeness).toEqual(whole.completeness);
  expect(year.invalid).toBe(whole.leftOut.size);
  // Every problem as the whole year lists it: same path (counted over the year), code, params and record.
  expect(sorted([...year.problems.values()].flat())).toEqual(sorted(whole.issues));
  for (const [id, list] of year.problems) {
    const own = whole.issues.filter((i) => (i.record?.kind === 'entry' ? i.record.id : '') === id);
    expect(sorted(list)).toEqual(sorted(own));
  }
  for (const sample of [whole.result.entries[0], whole.result.entries[whole.result.entries.length - 1]]) {
    expect(year.entryResult(sample?.entryId ?? '')?.location.co2e).toBe(sample?.location.co2e);
  }
}

describe('the year evaluated in chunks', () => {
  it('equals the whole year, before and after an edit that evaluates one chunk again', async () => {
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    // Every fifth row of the big year: each kind, the unfinished and the wrong-unit rows among them.
    // Some rows are figures not known yet, spread over the chunks: the completeness counts them as missing.
    const rows = bigYearRows(inv.id)
      .filter((_r, i) => i % 5 === 0)
      .map((r, i) => (i % 700 === 3 ? { ...r, pending: { document: 'lasku' } } : r));
    expect(rows.length).toBeGreaterThan(3 * CHUNK);
    const first = evaluateChunked(null, inv, rows, [], set);
    expect(first.year?.completeness.counts.missingFigures).toBe(rows.filter((r) => r.pending).length);
    expect(first.chunks).toHaveLength(4);
    expect(first.year?.incomplete).toBeGreaterThan(0);
    expect(first.year?.invalid).toBeGreaterThan(0);
    expectSameAsWhole(first, inv, rows, set);

    // A keystroke: one row replaced by a new object, the others kept (as watchEntries delivers them).
    const at = CHUNK + 7;
    const edited = rows.map((r, i) => (i === at ? { ...r, quantity: 1e6, quantityText: '1 000 000' } : r));
    const second = evaluateChunked(first, inv, edited, [], set);
    expect(second.chunks.map((c, i) => c === first.chunks[i])).toEqual([true, false, true, true]);
    expectSameAsWhole(second, inv, edited, set);
    expect(second.year?.result?.scope1).toBeGreaterThan(
      first.year?.result?.scope1 ?? Number.POSITIVE_INFINITY,
    );

    // An edit that makes an entry of the last chunk wrong: its path is the one it has in the whole year.
    const last = edited.length - 3;
    const broken = edited.map((r, i) => (i === last ? { ...r, unit: 'kg' as const } : r));
    const third = evaluateChunked(second, inv, broken, [], set);
    expect(third.chunks.map((c, i) => c === second.chunks[i])).toEqual([true, true, true, false]);
    expect(third.year?.invalid).toBe((second.year?.invalid ?? 0) + 1);
    expectSameAsWhole(third, inv, broken, set);
  });

  it('names a stale factor once, at its first entry, as the whole year does', async () => {
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const old = { ...inv, year: 2019, excluded: [] };
    // Undated rows of a year whose grid factor is older: electricity at the start of two chunks.
    const rows = bigYearRows(old.id)
      .filter((_r, i) => i % 5 === 0)
      .map(({ period: _p, ...r }) => r);
    const power = (id: string): EntryRow => ({
      ...(rows[0] as EntryRow),
      id,
      category: 's2.electricity',
      activity: 'electricity.fi',
      unit: 'kWh',
    });
    rows.splice(CHUNK + 1, 0, power('power-2'));
    rows.splice(1, 0, power('power-1'));
    const memo = evaluateChunked(null, old, rows, [], set);
    const stale = [...(memo.year?.problems.values() ?? [])].flat().filter((i) => i.code === 'stale-factor');
    expect(stale.length).toBeGreaterThan(0);
    const factors = stale.map((i) => String(i.params?.factor));
    expect(new Set(factors).size).toBe(factors.length);
    expect(stale.find((i) => i.params?.factor === 'fi.electricity.location')?.record?.id).toBe('power-1');
    expectSameAsWhole(memo, old, rows, set);
  });

  /** A row of the year: `fields` over a finished electricity row. */
  const row = (id: string, fields: Partial<EntryRow> = {}): EntryRow => ({
    id,
    inventoryId: inv.id,
    order: 0,
    category: 's2.electricity',
    activity: 'electricity.fi',
    quantity: 100,
    quantityText: '100',
    unit: 'kWh',
    period: '2024-05',
    updatedAt: '2024-06-01T00:00:00.000Z',
    ...fields,
  });
  const gas = (id: string, kg: number) =>
    row(id, {
      category: 's1.fugitive',
      activity: 'refrigerant.R-134a',
      quantity: kg,
      quantityText: String(kg),
      unit: 'kg',
      period: undefined,
    });
  /** `first`, then CHUNK - 1 rows that no check relates to it, then `last`: the last is the next chunk's first. */
  const acrossBoundary = (first: EntryRow, last: EntryRow) => [
    first,
    ...Array.from({ length: CHUNK - 1 }, (_x, i) => row(`filler-${i}`)),
    last,
  ];
  const all = (memo: ChunkMemo) => [...(memo.year?.problems.values() ?? [])].flat();

  it('balances a gas over the whole year, its entries in different chunks', async () => {
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    // Charged 10 kg, 4 kg recovered: 6 kg emitted, no error (a chunk alone would see -4 kg).
    const rows = acrossBoundary(gas('charged', 10), gas('recovered', -4));
    const first = evaluateChunked(null, inv, rows, [], set);
    expect(first.chunks).toHaveLength(2);
    expect(all(first).filter((i) => i.code === 'negative-net')).toEqual([]);
    expect(first.year?.invalid).toBe(0);
    expect(first.year?.entryResult('recovered')).toBeDefined();
    expectSameAsWhole(first, inv, rows, set);

    // 14 kg recovered of 10: the error is the first entry's, in the other chunk, which is evaluated again.
    const edited = rows.map((r) => (r.id === 'recovered' ? gas('recovered', -14) : r));
    const second = evaluateChunked(first, inv, edited, [], set);
    expect(second.chunks.map((c, i) => c === first.chunks[i])).toEqual([false, false]);
    const net = all(second).filter((i) => i.code === 'negative-net');
    expect(net.map((i) => [i.path, i.record?.id])).toEqual([['/entries/0', 'charged']]);
    expect(second.year?.invalid).toBe(1);
    expect(second.year?.entryResult('charged')).toBeUndefined();
    expectSameAsWhole(second, inv, edited, set);

    // Back to a positive balance: the first entry counts again.
    const third = evaluateChunked(second, inv, rows, [], set);
    expect(third.year?.invalid).toBe(0);
    expectSameAsWhole(third, inv, rows, set);
  });

  it('warns of a monthly entry beside a whole-year one in another chunk', async () => {
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const heat = { category: 's2.heat' as const, activity: 'district-heat.fi', unit: 'MWh' as const };
    const rows = acrossBoundary(
      row('year', { ...heat, period: undefined }),
      row('march', { ...heat, period: '2024-03' }),
    );
    const memo = evaluateChunked(null, inv, rows, [], set);
    const double = all(memo).filter((i) => i.code === 'double-count');
    expect(double.map((i) => [i.path, i.params?.other, i.record?.id])).toEqual([
      [`/entries/${CHUNK}`, '/entries/0', 'march'],
    ]);
    expectSameAsWhole(memo, inv, rows, set);
  });

  it('evaluates no chunk again when only fields of the year itself change', async () => {
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const rows = bigYearRows(inv.id).filter((_r, i) => i % 5 === 0);
    const factor = {
      id: 'cf-1',
      name: 'Oma',
      unit: 'kWh' as const,
      value: { co2e: 0.1 },
      year: 2024,
      source: 'Toimittaja',
    };
    const withFactor = { ...inv, customFactors: [factor] };
    const first = evaluateChunked(null, withFactor, rows, [], set);
    let memo = first;
    const rowEdits: YearRow[] = [
      { ...withFactor, metrics: { fte: 12 } },
      { ...withFactor, metrics: { fte: 12, revenueEur: 1e6 } },
      { ...withFactor, metrics: { fte: 12, revenueEur: 1e6 }, status: 'complete' },
      { ...withFactor, metrics: { fte: 12, revenueEur: 1e6 }, boundary: 'financial-control' },
      { ...withFactor, metrics: { fte: 12 }, customFactors: [{ ...factor, name: 'Oma sähkö' }] },
    ];
    for (const row of rowEdits) {
      memo = evaluateChunked(memo, row, rows, [], set);
      expect(memo.chunks.every((c, i) => c === first.chunks[i])).toBe(true);
      expectSameAsWhole(memo, row, rows, set);
    }

    // A metric that cannot be: the year cannot be calculated, as in the whole year, still without a chunk.
    const wrong = { ...withFactor, metrics: { fte: -1 } };
    const broken = evaluateChunked(memo, wrong, rows, [], set);
    expect(broken.chunks.every((c, i) => c === first.chunks[i])).toBe(true);
    const whole = evaluateYear(
      { siteIds: [], inventories: [toCoreInventory(wrong, rows, wrong.customFactors).inventory] },
      2024,
      () => set,
      {
        mode: 'lenient',
      },
    );
    expect(whole.result).toBeNull();
    expect(broken.year?.result).toBeNull();
    expect(sorted(all(broken))).toEqual(sorted(whole.issues));
    expect(all(broken).some((i) => i.path === '/metrics/fte')).toBe(true);

    // A custom factor's value changes what its entries make: every chunk is evaluated again.
    const value = { ...withFactor, customFactors: [{ ...factor, value: { co2e: 0.2 } }] };
    const revalued = evaluateChunked(broken, value, rows, [], set);
    expect(revalued.chunks.some((c, i) => c === first.chunks[i])).toBe(false);
    expectSameAsWhole(revalued, value, rows, set);
  });
});
