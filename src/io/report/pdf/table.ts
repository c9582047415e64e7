/**
 * Tables in the PDF: numbers right-aligned, long text wrapped in its cell, a row never split across pages,
 * and the header row repeated at the top of every page the table continues on. Tagged as a Table of TR rows
 * with TH header cells (scope Column), each row's label a TH (scope Row) and TD cells; the header repeated on
 * a continued page, the stripes and the rules are artifacts, so a screen reader meets the header once and
 * every cell once.
 */
import { RULE, STRIPE } from './palette';
import { asWritten, lineHeight, type PdfWriter, type Stroke } from './writer';

export interface PdfColumn {
  header: string;
  align?: 'left' | 'right';
}

export interface PdfRow {
  cells: readonly string[];
  /** A total or subtotal row: bold, with a rule above. */
  emphasis?: boolean;
}

export interface PdfTable {
  columns: readonly PdfColumn[];
  rows: readonly PdfRow[];
  /** A note under the table (units, what the figures mean). */
  note?: string;
}

/** Font sizes tried in turn until every column fits at least its longest header word. */
const SIZES = [9, 8, 7] as const;
const PAD_X = 1.6;
const PAD_Y = 1.2;
/**
 * Air beyond the measured text in every column, in mm. PDFKit measures exactly what it draws, so this is room,
 * not a correction (jsPDF's rounded widths needed 0.5); a column's share of the page depends on it, and 0.3
 * keeps both the manufacturer's scope rows and a recalculation's reason on one line (the e2e and commitment
 * report tests read them so).
 */
const SLACK = 0.3;
/** A text cell's single long word (an address) may be broken; it does not widen its column past this. */
const LONGEST_WORD = 40;

interface Layout {
  size: number;
  widths: number[];
}

function longestWord(w: PdfWriter, s: string): number {
  return Math.max(0, ...s.split(/\s+/).map((x) => w.textWidth(x)));
}

/**
 * The level `cap` at which giving each column min(lack, cap) uses exactly `room`: columns that lack little
 * get all of it (a header on one line), long text columns share what remains equally.
 */
function waterLevel(lack: readonly number[], room: number): number {
  const sorted = [...lack].sort((a, b) => a - b);
  let left = room;
  for (const [i, l] of sorted.entries()) {
    const share = left / (sorted.length - i);
    if (l >= share) return share;
    left -= l;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Column widths at the largest size where each column gets at least its longest header word (and numbers
 * their full width, they never wrap). Room beyond that is shared by waterLevel; when everything fits on one
 * line, the extra goes to the first text column.
 */
export function layoutColumns(w: PdfWriter, t: PdfTable): Layout {
  for (const size of SIZES) {
    const min: number[] = [];
    const cells: number[] = [];
    const natural: number[] = [];
    for (const [i, c] of t.columns.entries()) {
      w.font(size, 'bold');
      let lo = longestWord(w, c.header);
      const header = w.textWidth(c.header);
      let hi = 0;
      for (const r of t.rows) {
        w.font(size, r.emphasis ? 'bold' : 'normal');
        const cell = r.cells[i] ?? '';
        const lines = cell.split('\n');
        const full = Math.max(...lines.map((l) => w.textWidth(l)));
        hi = Math.max(hi, full);
        lo = Math.max(lo, c.align === 'right' ? full : Math.min(longestWord(w, cell), LONGEST_WORD));
      }
      min.push(lo + 2 * PAD_X + SLACK);
      cells.push(Math.max(lo, hi) + 2 * PAD_X + SLACK);
      natural.push(Math.max(lo, hi, header) + 2 * PAD_X + SLACK);
    }
    const sumMin = min.reduce((a, b) => a + b, 0);
    const sumNatural = natural.reduce((a, b) => a + b, 0);
    if (sumNatural <= w.width) {
      const first = t.columns.findIndex((c) => c.align !== 'right');
      const grow = Math.max(first, 0);
      return { size, widths: natural.map((n, i) => (i === grow ? n + w.width - sumNatural : n)) };
    }
    if (sumMin <= w.width || size === SIZES[SIZES.length - 1]) {
      if (sumMin > w.width) return { size, widths: min.map((m) => (m * w.width) / sumMin) };
      // Cells on one line come first, then headers on one line.
      const lack = cells.map((n, i) => n - (min[i] as number));
      const cap = waterLevel(lack, w.width - sumMin);
      const widths = min.map((m, i) => m + Math.min(lack[i] as number, cap));
      const left = w.width - widths.reduce((a, b) => a + b, 0);
      if (left <= 0.01) return { size, widths };
      const lack2 = natural.map((n, i) => n - (widths[i] as number));
      const cap2 = waterLevel(lack2, left);
      return { size, widths: widths.map((x, i) => x + Math.min(lack2[i] as number, cap2)) };
    }
  }
  throw new Error('unreachable: the smallest size always returns');
}

function cellLines(w: PdfWriter, size: number, text: string, width: number, bold: boolean): string[] {
  w.font(size, bold ? 'bold' : 'normal');
  return w.wrap(text, Math.max(width - 2 * PAD_X, 2));
}

/** The header row's cells: TH the first time, an artifact where the header repeats on a continued page. */
function drawHeaderRow(
  w: PdfWriter,
  t: PdfTable,
  { size, widths }: Layout,
  lines: readonly string[][],
  height: number,
  repeated: boolean,
): void {
  let x = w.left;
  w.font(size, 'bold');
  if (!repeated) w.open('TR');
  for (const [i, col] of t.columns.entries()) {
    const cw = widths[i] as number;
    const ls = lines[i] ?? [];
    const x0 = x;
    const draw = () => {
      if (col.align === 'right') w.text(ls, x0 + cw - PAD_X, w.y + PAD_Y, 'right');
      else w.text(ls, x0 + PAD_X, w.y + PAD_Y, 'left');
    };
    if (repeated) w.artifact(draw, 'Pagination');
    else w.tag('TH', draw, { scope: 'Column', ...asWritten(col.header) });
    x += cw;
  }
  if (!repeated) w.close();
  w.y += height;
}

/**
 * A body row, bold in a total row: its label (the first text column: the scope, the category, the source, the
 * year) a TH with scope Row, so a screen reader reads a figure with its row as well as its column; TD cells.
 */
function drawBodyRow(w: PdfWriter, t: PdfTable, layout: Layout, r: PlannedRow): void {
  let x = w.left;
  w.font(layout.size, r.row.emphasis ? 'bold' : 'normal');
  const label = t.columns.findIndex((c) => c.align !== 'right');
  w.open('TR');
  for (const [i, col] of t.columns.entries()) {
    const cw = layout.widths[i] as number;
    const ls = r.lines[i] ?? [];
    const x0 = x;
    w.tag(
      i === label ? 'TH' : 'TD',
      () => {
        if (col.align === 'right') w.text(ls, x0 + cw - PAD_X, w.y + PAD_Y, 'right');
        else w.text(ls, x0 + PAD_X, w.y + PAD_Y, 'left');
      },
      { ...(i === label ? { scope: 'Row' as const } : {}), ...asWritten(r.row.cells[i] ?? '') },
    );
    x += cw;
  }
  w.close();
  w.y += r.height;
}

interface PlannedRow {
  row: PdfRow;
  lines: string[][];
  height: number;
}

function rowHeight(size: number, lines: readonly string[][]): number {
  return Math.max(1, ...lines.map((l) => l.length)) * lineHeight(size) + 2 * PAD_Y;
}

const HEADER_RULE: Stroke = { color: [0, 0, 0], width: 0.35 };
const RULE_LINE: Stroke = { color: RULE, width: 0.3 };

function drawHeader(w: PdfWriter, t: PdfTable, layout: Layout, repeated: boolean): void {
  const lines = t.columns.map((c, i) =>
    cellLines(w, layout.size, c.header, layout.widths[i] as number, true),
  );
  drawHeaderRow(w, t, layout, lines, rowHeight(layout.size, lines), repeated);
  w.artifact(() => w.line(w.left, w.y, w.left + w.width, w.y, HEADER_RULE));
}

export function drawTable(w: PdfWriter, t: PdfTable): void {
  const layout = layoutColumns(w, t);
  const { size, widths } = layout;
  const headerLines = t.columns.map((c, i) => cellLines(w, size, c.header, widths[i] as number, true));
  const headerH = rowHeight(size, headerLines);
  const rows: PlannedRow[] = t.rows.map((r) => {
    const lines = t.columns.map((_, i) =>
      cellLines(w, size, r.cells[i] ?? '', widths[i] as number, !!r.emphasis),
    );
    return { row: r, lines, height: rowHeight(size, lines) };
  });
  // The header and the first row start together.
  w.ensure(headerH + (rows[0]?.height ?? 0));
  w.open('Table');
  drawHeader(w, t, layout, false);
  for (const [n, r] of rows.entries()) {
    if (w.y + r.height > w.bottom) {
      w.newPage();
      drawHeader(w, t, layout, true);
    }
    if (n % 2 === 1 && !r.row.emphasis) w.artifact(() => w.rect(w.left, w.y, w.width, r.height, STRIPE));
    if (r.row.emphasis) w.artifact(() => w.line(w.left, w.y, w.left + w.width, w.y, RULE_LINE));
    drawBodyRow(w, t, layout, r);
  }
  w.artifact(() => w.line(w.left, w.y, w.left + w.width, w.y, RULE_LINE));
  w.close();
  w.y += 1.5;
  if (t.note) w.paragraph(t.note, { size: 8.5, color: [85, 85, 85] });
  w.y += 2;
  w.font(10);
}
