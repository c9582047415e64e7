/**
 * The year page evaluates a year in chunks of entries and re-evaluates only the chunk a keystroke changed.
 * Its totals, per-entry problems and counts must be those of the whole year evaluated at once (computeYear),
 * before and after an edit; an unchanged chunk is not evaluated again.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { EntryRow, InventoryRow } from '../../src/db/rows';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { computeYear } from '../../src/state/results';
import { CHUNK, type ChunkMemo, evaluateChunked } from '../../src/ui/inventory/useChunkedYear';
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

async function expectSameAsWhole(memo: ChunkMemo, rows: EntryRow[]) {
  const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
  const whole = computeYear(inv, rows, [], set);
  const year = memo.year;
  expect(year).toBeDefined();
  if (!year || !whole.result || !year.result) throw new Error('no result');
  for (const k of ['scope1', 'scope3', 'biogenicCO2'] as const)
    expect(near(year.result[k], whole.result[k])).toBe(true);
  expect(near(year.result.scope2.market, whole.result.scope2.market)).toBe(true);
  expect(near(year.result.total.location, whole.result.total.location)).toBe(true);
  for (const [id, t] of Object.entries(whole.result.byCategory)) {
    const mine = year.result.byCategory[id as keyof typeof year.result.byCategory];
    expect(mine?.entries).toBe(t.entries);
    expect(near(mine?.location ?? Number.NaN, t.location)).toBe(true);
  }
  expect(year.incomplete).toBe(whole.incomplete.length);
  expect(year.invalid).toBe(whole.invalid);
  // Each problem once: the year's own (the exclusion without a reason) and every entry's.
  expect(new Map([...year.problems].map(([k, v]) => [k, v.map((i) => i.code).sort()]))).toEqual(
    new Map([...whole.problems].map(([k, v]) => [k, v.map((i) => i.code).sort()])),
  );
  const sample = whole.result.entries[whole.result.entries.length - 1];
  expect(year.entryResult(sample?.entryId ?? '')?.location.co2e).toBe(sample?.location.co2e);
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
    await expectSameAsWhole(first, rows);

    // A keystroke: one row replaced by a new object, the others kept (as watchEntries delivers them).
    const at = CHUNK + 7;
    const edited = rows.map((r, i) => (i === at ? { ...r, quantity: 1e6, quantityText: '1 000 000' } : r));
    const second = evaluateChunked(first, inv, edited, [], set);
    expect(second.chunks.map((c, i) => c === first.chunks[i])).toEqual([true, false, true, true]);
    await expectSameAsWhole(second, edited);
    expect(second.year?.result?.scope1).toBeGreaterThan(
      first.year?.result?.scope1 ?? Number.POSITIVE_INFINITY,
    );
  });
});
