/**
 * Which entries make up a row of a result table: what the row's trace lists. Read from the core's entry
 * results with the keys the core and the report data use (source key, factor key, site, data quality).
 */
import { sourceKey } from '../../core/aggregate';
import type { EntryResult, FactorTrace } from '../../core/results';
import type { ReportData } from '../../io/report/reportData';
import type { ReportTableId, TableRow } from '../../io/report/tables/types';

/** The entries of a source: the core's source key made from each entry's own trace. */
function entriesOfSource(entries: readonly EntryResult[], key: string): EntryResult[] {
  return entries.filter((e) => {
    const f = e.trace.factor;
    return sourceKey(e.category, e.activity, f?.custom ? f.id : undefined, e.trace.converted.unit) === key;
  });
}

/** A factor value's key in the report's list of factors used (FactorUsed.key). */
export const factorKey = (f: FactorTrace) => `${f.set}|${f.id}|${f.year}`;

/**
 * The entries behind a row of a result table, as a function called when the row is opened; null where the
 * row is not a set of entries (totals, "other sources", years, comparisons, intensities, exclusions).
 */
export function rowEntries(
  data: ReportData,
  table: ReportTableId,
  row: TableRow,
): (() => EntryResult[]) | null {
  if (row.total || row.id === 'other') return null;
  const of = (keep: (e: EntryResult) => boolean) => () => data.result.entries.filter(keep);
  const id = row.id;
  switch (table) {
    case 'scopes':
      return of((e) => `scope${e.scope}` === id);
    case 'biogenic':
      return of((e) => `scope${e.scope}` === id && e.biogenicCO2 !== 0);
    case 'categories':
      return of((e) => e.category === id);
    case 'sources':
      return () => entriesOfSource(data.result.entries, id);
    case 'sites':
      return of((e) => (e.site ?? 'none') === id);
    case 'gases':
      return of((e) => id in e.location.co2eByGas || (e.market !== undefined && id in e.market.co2eByGas));
    case 'dataQuality':
      return of((e) => (e.dataQuality ?? 'unspecified') === id);
    case 'factors':
      return of(
        (e) =>
          (e.trace.factor !== undefined && factorKey(e.trace.factor) === id) ||
          (e.trace.market ?? []).some((p) => p.factor !== null && factorKey(p.factor) === id),
      );
    default:
      return null;
  }
}
