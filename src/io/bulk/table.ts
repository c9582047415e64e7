/**
 * A CSV file or cells pasted from a spreadsheet, read into rows of text with papaparse. The separator and
 * whether the first row is a header are detected, and the user can overrule both. Quoted fields may hold
 * separators and line breaks; a byte-order mark at the start is dropped. Empty rows are left out and counted.
 */
import Papa from 'papaparse';
import { classifyNumber, splitQuantity } from './numbers';
import { readPeriod } from './periods';

export type Delimiter = '\t' | ';' | ',';
export const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];

export interface TableRow {
  /** The row's number in the file, the header counted: what a spreadsheet shows at the left. */
  line: number;
  cells: string[];
}

export interface Table {
  delimiter: Delimiter;
  /** The header row's cells, or null when the first row is data. */
  header: string[] | null;
  rows: TableRow[];
  /** Rows with no text in any cell: not data, left out, counted. */
  emptyRows: number;
  columnCount: number;
  /**
   * The row (numbered as `line`) where a quote opens and is never closed, or null. Everything after it was read
   * into that one field: the table is not what the file meant.
   */
  unclosedQuote: number | null;
}

export interface TableOptions {
  delimiter?: Delimiter;
  header?: boolean;
}

/** The records, and the index of the record where a quote opens that is never closed (or -1). */
function split(text: string, delimiter: Delimiter, preview = 0): { rows: string[][]; openQuote: number } {
  const parsed = Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: false });
  const open = parsed.errors.find((e) => e.code === 'MissingQuotes');
  return { rows: parsed.data, openQuote: open?.row ?? -1 };
}

const isEmpty = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

// A single column of Finnish numbers ("1234,5") splits evenly at its decimal commas: not a comma-separated file.
const DECIMAL_COMMA = /^\s*[-−]?[\d\s\u00a0\u202f.]*\d,\d+\s*$/;

function splitsEvenly(d: Delimiter, records: readonly string[][]): boolean {
  const rows = records.filter((r) => !isEmpty(r));
  const first = rows[0];
  if (!first || first.length < 2) return false;
  const same = rows.filter((r) => r.length === first.length).length;
  if (same < rows.length * 0.8) return false;
  return !(d === ',' && rows.every((r) => DECIMAL_COMMA.test(r.join(','))));
}

/**
 * Tab first (what a spreadsheet puts on the clipboard), then semicolon (Finnish Excel's CSV, whose numbers have
 * decimal commas), then comma. A separator is chosen when it splits the first rows into the same number of
 * fields, more than one. A quote left open swallows every row after it into one field, so the rows from it on
 * say nothing about the separator: the rows before it decide, else the lines split with quotes taken as
 * text. Otherwise the open quote would make a semicolon file "one column" and hide the quote.
 */
export function detectDelimiter(text: string): Delimiter {
  let quoteOpened = false;
  for (const d of DELIMITERS) {
    const { rows, openQuote } = split(text, d, 30);
    quoteOpened ||= openQuote >= 0;
    if (splitsEvenly(d, openQuote >= 0 ? rows.slice(0, openQuote) : rows)) return d;
  }
  if (quoteOpened) {
    const lines = text.split('\n', 30);
    for (const d of DELIMITERS)
      if (
        splitsEvenly(
          d,
          lines.map((l) => l.split(d)),
        )
      )
        return d;
  }
  // One column: a separator that splits nothing.
  return '\t';
}

const isNumberCell = (c: string) => classifyNumber(splitQuantity(c.trim()).number) !== 'invalid';
const isPeriodCell = (c: string) => c.trim() !== '' && readPeriod(c.trim()).kind !== 'invalid';

/**
 * The first row is a header when it has no number and a later row has data. Dates in it are a header only when
 * they title columns of numbers (months across: "Tammi;Helmi;…"); a first row with one date is data.
 */
export function detectHeader(rows: readonly string[][]): boolean {
  const [first, ...rest] = rows;
  if (!first || first.some(isNumberCell)) return false;
  const later = rest.slice(0, 20);
  const dates = first.flatMap((c, i) => (isPeriodCell(c) ? [i] : []));
  if (dates.length === 0) {
    return later.length === 0 || later.some((r) => r.some((c) => isNumberCell(c) || isPeriodCell(c)));
  }
  return dates.length >= 2 && later.some((r) => dates.some((i) => isNumberCell(r[i] ?? '')));
}

export function readTable(raw: string, opts: TableOptions = {}): Table {
  // One kind of line break: a file edited on two systems can mix them, and papaparse expects one.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const { rows: records, openQuote } = split(text, delimiter);
  const all = records.map((cells, i) => ({ line: i + 1, cells }));
  const filled = all.filter((r) => !isEmpty(r.cells));
  const hasHeader = opts.header ?? detectHeader(filled.slice(0, 21).map((r) => r.cells));
  const headerRow = hasHeader ? filled[0] : undefined;
  const rows = hasHeader ? filled.slice(1) : filled;
  // A loop, not Math.max(...rows): spreading 130,000 rows overflows the call stack.
  let columnCount = 0;
  for (const r of filled) columnCount = Math.max(columnCount, r.cells.length);
  // Papaparse gives a final empty record for a file ending in a line break; that is not a row anyone sees.
  const trailingBreak = text.endsWith('\n') ? 1 : 0;
  return {
    delimiter,
    header: headerRow ? headerRow.cells.map((c) => c.trim()) : null,
    rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })),
    emptyRows: Math.max(0, all.length - filled.length - trailingBreak),
    columnCount,
    unclosedQuote: openQuote >= 0 ? openQuote + 1 : null,
  };
}
