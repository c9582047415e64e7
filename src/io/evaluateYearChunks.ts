/**
 * A big year evaluated by parts: evaluateYear (lenient) of the year with each chunk of its entries, merged
 * into what evaluateYear of the whole year gives — the totals the year page shows, every problem with its
 * path counted over the whole year, the entries left out. A keystroke changes one entry, so the caller
 * evaluates one chunk again and merges; evaluating 20,000 entries whole took about 150 ms in Chromium at
 * every keystroke. There is one evaluation (evaluateYear); this only adds up its parts. Pure.
 *
 * What no chunk can see is checked once over the whole year: the checks between entries (a monthly entry
 * beside a whole-year one, `double-count`; the fugitive mass balance of one gas, `negative-net`;
 * checkAcrossEntries in src/core/validate.ts) are left out of each chunk's evaluation (EvaluateOptions.part,
 * which leaves out the entries they found wrong) and their problems added here. A stale factor is named once,
 * at its first entry, as in the whole year.
 */
import type { CategoryId } from '../core/categories';
import { type Completeness, mergeCompleteness } from '../core/completeness';
import type { Issue } from '../core/issues';
import { MAX_RESULT, withinResult } from '../core/limits';
import type { CategoryTotal, DualTotal } from '../core/results';
import type { YearEvaluation } from './evaluateYear';

/** Entries per chunk: small enough that one is quick to evaluate, few enough that merging them is free. */
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

export interface ChunkEvaluation {
  /** evaluateYear (lenient) of the year holding only this chunk's entries. */
  evaluation: YearEvaluation;
  /** How many entries the chunk's inventory held: its paths count from 0, the next chunk's from here on. */
  entries: number;
}

export interface MergedEvaluation {
  /** null when the year cannot be calculated (a problem of the year itself, or no factor set). */
  result: YearTotals | null;
  /** As the whole year's evaluation lists them: entry paths over the whole year, the year's own once. */
  issues: Issue[];
  /** Ids of entries left out of the totals because of an error. */
  leftOut: Set<string>;
  /** The year's completeness, from its parts' (an entry the checks across entries leave out is not counted). */
  completeness: Completeness;
}

const ENTRY_PATH = '/entries/';

/** `/entries/3/quantity` of a chunk whose first entry is the year's `offset`th → `/entries/1003/quantity`. */
function rebase(path: string, offset: number): string {
  if (offset === 0 || !path.startsWith(ENTRY_PATH)) return path;
  const from = ENTRY_PATH.length;
  const end = path.indexOf('/', from);
  const index = Number(path.slice(from, end === -1 ? undefined : end));
  return `${ENTRY_PATH}${index + offset}${end === -1 ? '' : path.slice(end)}`;
}

function rebaseIssue(i: Issue, offset: number): Issue {
  const other = i.params?.other;
  return {
    ...i,
    path: rebase(i.path, offset),
    ...(typeof other === 'string' ? { params: { ...i.params, other: rebase(other, offset) } } : {}),
  };
}

/**
 * The chunks' evaluations, in the order of the year's entries, as one evaluation of the whole year; `across`:
 * the problems of checkAcrossEntries over the whole year, paths over the whole year.
 */
export function mergeChunks(
  chunks: readonly ChunkEvaluation[],
  across: readonly Issue[] = [],
): MergedEvaluation {
  const issues: Issue[] = [];
  const yearOwn = new Set<string>();
  const staleNamed = new Set<string>();
  const leftOut = new Set<string>();
  let result: YearTotals | null = {
    scope1: 0,
    scope2: { location: 0, market: 0 },
    scope3: 0,
    total: { location: 0, market: 0 },
    biogenicCO2: 0,
    byCategory: {},
  };
  for (const i of across) {
    issues.push(i);
    if (i.severity === 'error' && i.record?.kind === 'entry') leftOut.add(i.record.id);
  }
  let offset = 0;
  for (const c of chunks) {
    const ev = c.evaluation;
    for (const id of ev.leftOut) leftOut.add(id);
    for (const i of ev.issues) {
      if (i.code === 'stale-factor') {
        // The whole year names a stale factor once, at the first entry using it: the first chunk's.
        const factor = String(i.params?.factor);
        if (staleNamed.has(factor)) continue;
        staleNamed.add(factor);
      } else if (i.record?.kind !== 'entry') {
        // A problem of the year, a custom factor or an exclusion: every chunk finds it, the year lists it once.
        // An own factor's plausibility is judged from its first use, which chunks may see differently: once.
        const params = i.code.startsWith('own-factor-') ? '' : JSON.stringify(i.params ?? {});
        const id = `${i.severity}|${i.path}|${i.code}|${params}`;
        if (yearOwn.has(id)) continue;
        yearOwn.add(id);
      }
      issues.push(rebaseIssue(i, offset));
    }
    offset += c.entries;
    const r = ev.result;
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
  // whole year's validation requires.
  if (result && ![result.total.location, result.total.market, result.biogenicCO2].every(withinResult)) {
    result = null;
    issues.push({
      severity: 'error',
      path: '/entries',
      code: 'total-limit',
      params: { what: 'co2e', limit: MAX_RESULT },
    });
  }
  return {
    result,
    issues,
    leftOut,
    completeness: mergeCompleteness(chunks.map((c) => c.evaluation.completeness)),
  };
}
