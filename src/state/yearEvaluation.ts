/**
 * The year page's numbers, from evaluateYear (lenient) of the stored year in chunks of entries kept per chunk
 * (src/io/evaluateYearChunks.ts): a keystroke changes one entry, so one chunk is evaluated again and the
 * chunks are merged. Each chunk is the year with a part of its entries, so an entry gets the same checks and
 * figures as in the whole year.
 */
import { useRef } from 'preact/hooks';
import type { FactorSet } from '../core/factorSet';
import type { Issue } from '../core/issues';
import type { EntryResult } from '../core/results';
import type { EntryRow, InventoryRow } from '../db/rows';
import { toCoreInventory } from '../db/toCore';
import { evaluateYear } from '../io/evaluateYear';
import { CHUNK, type ChunkEvaluation, mergeChunks, type YearTotals } from '../io/evaluateYearChunks';

export type { YearTotals };

export interface ChunkedYear {
  /** null when the year cannot be calculated (a problem of the year itself, or no factor set). */
  result: YearTotals | null;
  /** Problems by the id of the entry they concern, and for the year as a whole (and its lists) under "". */
  problems: Map<string, Issue[]>;
  /** Entries not finished yet (no activity, no quantity): not evaluated. */
  incomplete: number;
  /** Entries left out of the totals because of an error. */
  invalid: number;
  entryResult: (id: string) => EntryResult | undefined;
}

export interface Chunk extends ChunkEvaluation {
  rows: readonly EntryRow[];
  incomplete: number;
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

function evaluateChunk(
  inv: InventoryRow,
  rows: readonly EntryRow[],
  siteIds: readonly string[],
  set: FactorSet | null | undefined,
): Chunk {
  const { inventory, incomplete } = toCoreInventory(inv, rows);
  const evaluation = evaluateYear({ siteIds, inventories: [inventory] }, inv.year, () => set, {
    mode: 'lenient',
  });
  return { rows, incomplete: incomplete.length, evaluation, entries: inventory.entries.length };
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
    chunks.push(old && sameRows(old.rows, part) ? old : evaluateChunk(inv, part, siteIds, set));
  }
  return { ...m, chunks, entries, year: yearOf(chunks) };
}

function yearOf(chunks: Chunk[]): ChunkedYear {
  const merged = mergeChunks(chunks);
  const problems = new Map<string, Issue[]>();
  for (const i of merged.issues) {
    const key = i.record?.kind === 'entry' ? i.record.id : '';
    const list = problems.get(key);
    if (list) list.push(i);
    else problems.set(key, [i]);
  }
  const owner = new Map<string, Chunk>();
  let incomplete = 0;
  for (const c of chunks) {
    incomplete += c.incomplete;
    for (const e of c.rows) owner.set(e.id, c);
  }
  return {
    result: merged.result,
    problems,
    incomplete,
    invalid: merged.leftOut.size,
    entryResult: (id) => {
      const c = owner.get(id);
      if (!c) return undefined;
      // Made when the page first asks for an entry's figures: a chunk's results are objects made on demand.
      c.results ??= new Map((c.evaluation.result?.entries ?? []).map((x) => [x.entryId, x]));
      return c.results.get(id);
    },
  };
}

/** The year's numbers for a page, one chunk evaluated again per change of an entry; null until all has arrived. */
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
