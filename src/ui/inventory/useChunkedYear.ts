/**
 * The year page's numbers, evaluated in chunks of entries in the stored order and kept per chunk: a keystroke
 * changes one entry, so one chunk is evaluated again and the totals are summed from the chunks. Evaluating a
 * year of 20,000 entries whole took about 150 ms in Chromium (mostly validating each entry), at every
 * keystroke. Each chunk is the year with a part of its entries, so an entry gets the same checks and figures
 * as in the whole year; problems of the year itself, found by every chunk, are listed once.
 */
import { useRef } from 'preact/hooks';
import type { CategoryId } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import type { Issue } from '../../core/issues';
import { MAX_RESULT, withinResult } from '../../core/limits';
import type { CategoryTotal, DualTotal, EntryResult } from '../../core/results';
import type { EntryRow, InventoryRow } from '../../db/rows';
import { computeYear, type YearView } from '../../state/results';

/** Entries per chunk: small enough that one is quick to evaluate, few enough that summing them is free. */
export const CHUNK = 1000;

/** What the year page shows of a result: totals by scope and by category. */
export interface YearTotals {
  scope1: number;
  scope2: DualTotal;
  scope3: number;
  total: DualTotal;
  biogenicCO2: number;
  byCategory: Partial<Record<CategoryId, CategoryTotal>>;
}

export interface ChunkedYear {
  /** null when the year cannot be calculated (a problem of the year itself, or no factor set). */
  result: YearTotals | null;
  /** Problems by entry id, and for the year as a whole under "". */
  problems: Map<string, Issue[]>;
  incomplete: number;
  invalid: number;
  entryResult: (id: string) => EntryResult | undefined;
}

export interface Chunk {
  entries: readonly EntryRow[];
  view: YearView;
  results?: Map<string, EntryResult>;
}

export interface ChunkMemo {
  inv: InventoryRow;
  siteKey: string;
  set: FactorSet | null | undefined;
  chunks: Chunk[];
  entries?: readonly EntryRow[];
  year?: ChunkedYear;
}

const sameRows = (a: readonly EntryRow[], b: readonly EntryRow[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function useChunkedYear(
  inv: InventoryRow | null | undefined,
  entries: readonly EntryRow[] | undefined,
  siteIds: readonly string[] | undefined,
  set: FactorSet | null | undefined,
): ChunkedYear | null {
  const memo = useRef<ChunkMemo | null>(null);
  if (!inv || !entries || !siteIds) return null;
  memo.current = evaluateChunked(memo.current, inv, entries, siteIds, set);
  return memo.current.year ?? null;
}

/** The year's numbers from `entries`, evaluating again only the chunks whose rows are not the remembered ones. */
export function evaluateChunked(
  previous: ChunkMemo | null,
  inv: InventoryRow,
  entries: readonly EntryRow[],
  siteIds: readonly string[],
  set: FactorSet | null | undefined,
): ChunkMemo {
  const siteKey = siteIds.join('\n');
  let m = previous;
  if (!m || m.inv !== inv || m.siteKey !== siteKey || m.set !== set) m = { inv, siteKey, set, chunks: [] };
  if (m.entries === entries && m.year) return m;
  const chunks: Chunk[] = [];
  for (let start = 0, i = 0; start < Math.max(entries.length, 1); start += CHUNK, i++) {
    const part = entries.slice(start, start + CHUNK);
    const old = m.chunks[i];
    chunks.push(
      old && sameRows(old.entries, part)
        ? old
        : { entries: part, view: computeYear(inv, part, siteIds, set) },
    );
  }
  return { ...m, chunks, entries, year: merge(chunks) };
}

function merge(chunks: Chunk[]): ChunkedYear {
  const problems = new Map<string, Issue[]>();
  const general = new Set<string>();
  let incomplete = 0;
  let invalid = 0;
  let result: YearTotals | null = {
    scope1: 0,
    scope2: { location: 0, market: 0 },
    scope3: 0,
    total: { location: 0, market: 0 },
    biogenicCO2: 0,
    byCategory: {},
  };
  const owner = new Map<string, Chunk>();
  for (const c of chunks) {
    const v = c.view;
    incomplete += v.incomplete.length;
    invalid += v.invalid;
    for (const [key, list] of v.problems) {
      if (key !== '') {
        problems.set(key, list);
        continue;
      }
      for (const i of list) {
        const id = `${i.severity}|${i.path}|${i.code}|${JSON.stringify(i.params ?? {})}`;
        if (general.has(id)) continue;
        general.add(id);
        problems.set('', [...(problems.get('') ?? []), i]);
      }
    }
    for (const e of c.entries) owner.set(e.id, c);
    const r = v.result;
    if (!r || !result) {
      result = null;
      continue;
    }
    result.scope1 += r.scope1;
    result.scope2.location += r.scope2.location;
    result.scope2.market += r.scope2.market;
    result.scope3 += r.scope3;
    result.total.location += r.total.location;
    result.total.market += r.total.market;
    result.biogenicCO2 += r.biogenicCO2;
    for (const [id, t] of Object.entries(r.byCategory) as [CategoryId, CategoryTotal][]) {
      const sum = result.byCategory[id];
      if (!sum) result.byCategory[id] = { ...t };
      else {
        sum.location += t.location;
        sum.market += t.market;
        sum.biogenicCO2 += t.biogenicCO2;
        sum.entries += t.entries;
      }
    }
  }
  // Each chunk is within the limits of a year's sums (src/core/limits.ts); their sum must be too, as the
  // whole year's validation requires for the report.
  if (result && ![result.total.location, result.total.market, result.biogenicCO2].every(withinResult)) {
    result = null;
    const issue: Issue = {
      severity: 'error',
      path: '/entries',
      code: 'total-limit',
      params: { what: 'co2e', limit: MAX_RESULT },
    };
    problems.set('', [...(problems.get('') ?? []), issue]);
  }
  return {
    result,
    problems,
    incomplete,
    invalid,
    entryResult: (id) => {
      const c = owner.get(id);
      if (!c) return undefined;
      c.results ??= new Map((c.view.result?.entries ?? []).map((x) => [x.entryId, x]));
      return c.results.get(id);
    },
  };
}
