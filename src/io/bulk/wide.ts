/**
 * Tables with the months across ("Kohde;Tammi;Helmi;…;Joulu", one row per meter), as some utility portals and
 * many hand-made sheets have them. They are turned into one row per month and cell, so the rest of bulk entry
 * reads them like any list: the month column is the month's header, the quantity column the cell.
 */
import { readPeriod } from './periods';
import type { Table } from './table';

/** The columns whose header is a month ("Tammikuu", "Jan 2024", "01/2024"): two or more make a wide table. */
export function monthColumns(table: Table): number[] {
  const cols = (table.header ?? []).flatMap((h, i) => (readPeriod(h).kind === 'month' ? [i] : []));
  return cols.length >= 2 ? cols : [];
}

/**
 * One row per month cell, the other columns repeated; the row keeps its number in the file. An empty month
 * cell stays a row (shown with its problem), so a missing reading is seen rather than skipped.
 */
export function monthsToRows(
  table: Table,
  cols: readonly number[],
  names: { month: string; quantity: string },
): Table {
  const header = table.header ?? [];
  const keep = Array.from({ length: table.columnCount }, (_, i) => i).filter((i) => !cols.includes(i));
  return {
    ...table,
    header: [...keep.map((i) => header[i] ?? ''), names.month, names.quantity],
    rows: table.rows.flatMap((r) =>
      cols.map((c) => ({
        line: r.line,
        cells: [...keep.map((i) => r.cells[i] ?? ''), header[c] ?? '', r.cells[c] ?? ''],
      })),
    ),
    columnCount: keep.length + 2,
  };
}
