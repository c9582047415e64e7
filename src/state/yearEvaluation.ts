/**
 * The year page's numbers, from evaluateYear (lenient) of the stored year in chunks of entries kept per chunk
 * (src/io/evaluateYearChunks.ts): a keystroke changes one entry, so one chunk is evaluated again and the
 * chunks are merged. Each chunk is the year with a part of its entries, so an entry gets the same checks and
 * figures as in the whole year.
 */
import { useRef } from 'preact/hooks';
import type { Completeness } from '../core/completeness';
import type { FactorSet } from '../core/factorSet';
import type { CustomFactor, Entry, Inventory } from '../core/inventory';
import type { Issue } from '../core/issues';
import type { EntryResult } from '../core/results';
import { checkAcrossEntries } from '../core/validate';
import type { EntryRow, InventoryRow } from '../db/rows';
import { toCoreInventory } from '../db/toCore';
import { evaluateYear } from '../io/evaluateYear';
import { CHUNK, type ChunkEvaluation, mergeChunks, type YearTotals } from '../io/evaluateYearChunks';

export type { YearTotals };

/**
 * A year as the year page sees it: its stored row with the partner's own factors (OrganizationRow
 * .customFactors, all of them, so an entry can pick any), which its entries are evaluated with.
 */
export type YearRow = InventoryRow & { customFactors: CustomFactor[] };

export interface ChunkedYear {
  /** null when the year cannot be calculated (a problem of the year itself, or no factor set). */
  result: YearTotals | null;
  /** Problems by the id of the entry they concern, and for the year as a whole (and its lists) under "". */
  problems: Map<string, Issue[]>;
  /** Entries not finished yet (no activity, no quantity): not evaluated. */
  incomplete: number;
  /** Entries left out of the totals because of an error. */
  invalid: number;
  /** Every category's state and the missing figures (issue 10). */
  completeness: Completeness;
  entryResult: (id: string) => EntryResult | undefined;
}

export interface Chunk extends ChunkEvaluation {
  rows: readonly EntryRow[];
  /** The chunk's rows as core entries (unfinished ones left out), as evaluated. */
  inventory: Inventory;
  incomplete: number;
  /** Ids of the chunk's entries the checks across the whole year leave out, as evaluated. */
  leftOutKey: string;
  results?: Map<string, EntryResult>;
}

export interface ChunkMemo {
  /** What of the year row and its sites the entries' results depend on (entryKey). */
  key: string;
  set: FactorSet | null | undefined;
  chunks: Chunk[];
  inv?: YearRow;
  /** evaluateYear of the year row without entries: its own problems (metrics, exclusions, factors). */
  yearPart?: ChunkEvaluation;
  entries?: readonly EntryRow[];
  /** The problems of checkAcrossEntries over `entries`. */
  across?: readonly Issue[];
  year?: ChunkedYear;
}

const sameRows = (a: readonly EntryRow[], b: readonly EntryRow[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The fields of a year row that an entry's checks and figures read (validateInventory per entry,
 * calculateInventory): a change of another (a metric, the status, the boundary, a custom factor's name)
 * evaluates no chunk again. Metrics are checked by the year part alone.
 */
function entryKey(inv: YearRow, siteKey: string): string {
  return JSON.stringify([
    inv.year,
    inv.gwp,
    inv.factorSet.id,
    inv.factorSet.release,
    inv.radiativeForcing,
    inv.customFactors.map(({ name: _name, ...rest }) => rest),
    inv.excluded,
    siteKey,
  ]);
}

function evaluate(
  inv: YearRow,
  inventory: Inventory,
  siteIds: readonly string[],
  set: FactorSet | null | undefined,
  part?: { leftOut: ReadonlySet<string> },
): ChunkEvaluation {
  const evaluation = evaluateYear({ siteIds, inventories: [inventory] }, inv.year, () => set, {
    mode: 'lenient',
    ...(part ? { part } : {}),
  });
  return { evaluation, entries: inventory.entries.length };
}

/**
 * The year's numbers from `entries`, evaluating again only the chunks whose rows, or whose entries the checks
 * across the whole year leave out, are not the remembered ones.
 */
export function evaluateChunked(
  previous: ChunkMemo | null,
  inv: YearRow,
  entries: readonly EntryRow[],
  siteIds: readonly string[],
  set: FactorSet | null | undefined,
): ChunkMemo {
  const key = entryKey(inv, siteIds.join('\n'));
  let m = previous;
  if (!m || m.key !== key || m.set !== set) m = { key, set, chunks: [] };
  if (m.entries === entries && m.inv === inv && m.year) return m;
  // The chunks evaluate the year without its metrics, which the year part checks.
  const chunkRow: YearRow = { ...inv, metrics: {} };
  const parts: { rows: readonly EntryRow[]; inventory: Inventory; incomplete: number; old?: Chunk }[] = [];
  for (let start = 0, i = 0; start < Math.max(entries.length, 1); start += CHUNK, i++) {
    const rows = entries.slice(start, start + CHUNK);
    const old = m.chunks[i];
    if (old && sameRows(old.rows, rows))
      parts.push({ rows, inventory: old.inventory, incomplete: old.incomplete, old });
    else {
      const core = toCoreInventory(chunkRow, rows, inv.customFactors);
      parts.push({ rows, inventory: core.inventory, incomplete: core.incomplete.length });
    }
  }
  // The checks between entries, once over the whole year (cheap): a gas's balance or a monthly entry beside
  // a whole-year one may span chunks.
  // When no row changed (an edit of the year's own fields), their outcome is the remembered one.
  const kept =
    m.across && parts.length === m.chunks.length && parts.every((p) => p.old) ? m.across : undefined;
  const across =
    kept ??
    (set ? checkAcrossEntries(([] as Entry[]).concat(...parts.map((p) => p.inventory.entries)), set) : []);
  const wrong = new Set<string>();
  for (const i of across) if (i.severity === 'error' && i.record?.kind === 'entry') wrong.add(i.record.id);
  const chunks = parts.map((p): Chunk => {
    const leftOut = wrong.size > 0 ? p.inventory.entries.filter((e) => wrong.has(e.id)).map((e) => e.id) : [];
    const leftOutKey = leftOut.join('\n');
    if (p.old && p.old.leftOutKey === leftOutKey) return p.old;
    const ev = evaluate(chunkRow, p.inventory, siteIds, set, { leftOut: new Set(leftOut) });
    return { ...ev, rows: p.rows, inventory: p.inventory, incomplete: p.incomplete, leftOutKey };
  });
  const yearPart =
    m.inv === inv && m.yearPart
      ? m.yearPart
      : evaluate(inv, toCoreInventory(inv, [], inv.customFactors).inventory, siteIds, set);
  return { ...m, inv, yearPart, chunks, entries, across, year: yearOf(yearPart, chunks, across) };
}

function yearOf(yearPart: ChunkEvaluation, chunks: Chunk[], across: readonly Issue[]): ChunkedYear {
  const merged = mergeChunks([yearPart, ...chunks], across);
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
    completeness: merged.completeness,
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
  inv: YearRow | null | undefined,
  entries: readonly EntryRow[] | undefined,
  siteIds: readonly string[] | undefined,
  set: FactorSet | null | undefined,
): ChunkedYear | null {
  const memo = useRef<ChunkMemo | null>(null);
  if (!inv || !entries || !siteIds) return null;
  memo.current = evaluateChunked(memo.current, inv, entries, siteIds, set);
  return memo.current.year ?? null;
}
