/**
 * Tables in the PDF: numbers right-aligned, long text wrapped in its cell, a row never split across pages,
 * and the header row repeated at the top of every page the table continues on.
 */
import { RULE, STRIPE } from './palette';
import { lineHeight, type PdfWriter } from './writer';

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

const SIZE = 9;
const PAD_X = 1.6;
const PAD_Y = 1.2;

/**
 * Column widths: every column gets the width its longest line needs when that fits; otherwise numeric
 * columns keep theirs (they should not wrap) and text columns share what is left in proportion to need.
 */
export function columnWidths(w: PdfWriter, t: PdfTable): number[] {
  const need = t.columns.map((c, i) => {
    w.font(SIZE, 'bold');
    // A header may wrap, but not into more lines than needed for a column of 28 mm.
    const words = c.header.split(/\s+/).map((x) => w.textWidth(x));
    let width = Math.max(...words, Math.min(w.textWidth(c.header), 28), 4);
    for (const r of t.rows) {
      w.font(SIZE, r.emphasis ? 'bold' : 'normal');
      width = Math.max(width, w.textWidth(r.cells[i] ?? ''));
    }
    // Half a millimetre over the measure: jsPDF's line splitting rounds widths differently.
    return width + 2 * PAD_X + 0.5;
  });
  const total = need.reduce((a, b) => a + b, 0);
  if (total <= w.width) {
    // Extra room goes to the first text column, so numbers stay in a compact block on the right.
    const first = t.columns.findIndex((c) => c.align !== 'right');
    const grow = Math.max(first, 0);
    return need.map((n, i) => (i === grow ? n + w.width - total : n));
  }
  const fixed = t.columns.reduce((a, c, i) => a + (c.align === 'right' ? (need[i] as number) : 0), 0);
  const flexNeed = total - fixed;
  const room = Math.max(w.width - fixed, w.width * 0.3);
  const scale = fixed + room > w.width ? w.width / (fixed + room) : 1;
  return t.columns.map((c, i) =>
    c.align === 'right' ? (need[i] as number) * scale : ((need[i] as number) / flexNeed) * room * scale,
  );
}

function cellLines(w: PdfWriter, text: string, width: number, bold: boolean): string[] {
  w.font(SIZE, bold ? 'bold' : 'normal');
  return w.wrap(text, Math.max(width - 2 * PAD_X, 2));
}

function drawRow(
  w: PdfWriter,
  t: PdfTable,
  widths: readonly number[],
  lines: readonly string[][],
  height: number,
  bold: boolean,
): void {
  let x = w.left;
  w.font(SIZE, bold ? 'bold' : 'normal');
  for (const [i, col] of t.columns.entries()) {
    const cw = widths[i] as number;
    const ls = lines[i] ?? [];
    if (col.align === 'right') {
      w.text(ls, x + cw - PAD_X, w.y + PAD_Y, 'right');
    } else {
      w.text(ls, x + PAD_X, w.y + PAD_Y, 'left');
    }
    x += cw;
  }
  w.y += height;
}

function rowHeight(lines: readonly string[][]): number {
  return Math.max(1, ...lines.map((l) => l.length)) * lineHeight(SIZE) + 2 * PAD_Y;
}

function drawHeader(w: PdfWriter, t: PdfTable, widths: readonly number[]): void {
  const lines = t.columns.map((c, i) => cellLines(w, c.header, widths[i] as number, true));
  const h = rowHeight(lines);
  drawRow(w, t, widths, lines, h, true);
  w.doc.setDrawColor(0, 0, 0);
  w.doc.setLineWidth(0.35);
  w.doc.line(w.left, w.y, w.left + w.width, w.y);
}

export function drawTable(w: PdfWriter, t: PdfTable): void {
  const widths = columnWidths(w, t);
  const headerLines = t.columns.map((c, i) => cellLines(w, c.header, widths[i] as number, true));
  const headerH = rowHeight(headerLines);
  const rows = t.rows.map((r) => {
    const lines = t.columns.map((_, i) => cellLines(w, r.cells[i] ?? '', widths[i] as number, !!r.emphasis));
    return { row: r, lines, height: rowHeight(lines) };
  });
  // The header and the first row start together.
  w.ensure(headerH + (rows[0]?.height ?? 0));
  drawHeader(w, t, widths);
  for (const [n, r] of rows.entries()) {
    if (w.y + r.height > w.bottom) {
      w.newPage();
      drawHeader(w, t, widths);
    }
    if (n % 2 === 1 && !r.row.emphasis) {
      w.doc.setFillColor(STRIPE[0], STRIPE[1], STRIPE[2]);
      w.doc.rect(w.left, w.y, w.width, r.height, 'F');
    }
    if (r.row.emphasis) {
      w.doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
      w.doc.setLineWidth(0.3);
      w.doc.line(w.left, w.y, w.left + w.width, w.y);
    }
    drawRow(w, t, widths, r.lines, r.height, !!r.row.emphasis);
  }
  w.doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
  w.doc.setLineWidth(0.3);
  w.doc.line(w.left, w.y, w.left + w.width, w.y);
  w.y += 1.5;
  if (t.note) w.paragraph(t.note, { size: 8.5, color: [85, 85, 85] });
  w.y += 2;
  w.font(10);
}
