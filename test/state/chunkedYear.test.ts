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
import type { EntryRow, InventoryRow } from '../../src/db/rows';
import { toCoreInventory } from '../../src/db/toCore';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateYear } from '../../src/io/evaluateYear';
import { CHUNK } from '../../src/io/evaluateYearChunks';
import { type ChunkMemo, evaluateChunked } from '../../src/state/yearEvaluation';
import { bigYearRows } from '../e2e/bigYear';

const inv: InventoryRow = {
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

function expectSameAsWhole(memo: ChunkMemo, row: InventoryRow, rows: EntryRow[], set: FactorSet) {
  const { inventory, incomplete } = toCoreInventory(row, rows);
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
    const rows = bigYearRows(inv.id).filter((_r, i) => i % 5 === 0);
    expect(rows.length).toBeGreaterThan(3 * CHUNK);
    const first = evaluateChunked(null, inv, rows, [], set);
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
});
