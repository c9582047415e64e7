/**
 * The report's result tables (src/io/report/tables/) as PDF tables: raw cells formatted the way the
 * screen formats them (emissions in tonnes with formatTonnes), numbers right-aligned. Nothing is summed here.
 */
import { formatNumber, formatPercent, formatTonnes } from '../../../i18n/format';
import type { Lang } from '../../../i18n/issueMessages';
import type { Cell, ReportTable, TableColumn, TableRow } from '../tables/types';
import type { PdfColumn, PdfTable } from './table';

/** Fraction digits that keep about four significant digits of a small number (a factor of 0.000123). */
function significantDigits(v: number): number {
  const a = Math.abs(v);
  if (a === 0 || a >= 1000) return 0;
  return Math.min(8, Math.max(0, 3 - Math.floor(Math.log10(a))));
}

export const DASH = '–';

export function formatCell(column: TableColumn, value: Cell, lang: Lang): string {
  if (value === null) return DASH;
  if (typeof value === 'string') return value;
  switch (column.kind) {
    case 'kgco2e':
      return formatTonnes(value, lang);
    case 'share':
      // One decimal in every table, so a column's shares line up and a small one is not "0 %".
      return formatPercent(value, lang);
    case 'year':
      return String(value);
    case 'kg':
    case 'intensity':
    case 'number':
      return formatNumber(value, lang, significantDigits(value));
    default:
      return String(value);
  }
}

/**
 * Column titles name kg CO2e, the tables' raw unit; the PDF shows CO2e in tonnes as the screen does, so the
 * unit in the title changes with the figures. Masses of gases and biogenic CO2 stay in kg.
 */
export function columnTitle(column: TableColumn): string {
  return column.kind === 'kgco2e' ? column.title.replace(/\bkg CO2e\b/, 't CO2e') : column.title;
}

/**
 * A column title in a PDF table, whose header cells are narrow: the unit's parts are joined by a no-break space,
 * so the header breaks before "(t CO2e)", never inside it ("(t" / "CO2e)").
 */
function pdfColumnTitle(column: TableColumn): string {
  return columnTitle(column).replace(/\b(g|kg|t) CO2e\b/g, '$1\u00a0CO2e');
}

export interface PdfTablePlan {
  /** Columns left out of the PDF (shown elsewhere in the report or too wide for A4). */
  omit?: readonly string[];
  /** Cells appended to another column's cell: [target, appended, separator (default: a new line)]. */
  join?: readonly (readonly [string, string, string?])[];
}

/** A result table as a PDF table: the same rows and figures, formatted; total rows emphasised. */
export function toPdfTable(
  t: Pick<ReportTable, 'columns' | 'rows' | 'notes'>,
  lang: Lang,
  plan: PdfTablePlan = {},
  note?: string,
): PdfTable {
  const joined = new Set((plan.join ?? []).map(([, b]) => b));
  const shown = t.columns.filter((c) => !plan.omit?.includes(c.id) && !joined.has(c.id));
  const byId = new Map(t.columns.map((c) => [c.id, c]));
  const cell = (r: TableRow, c: TableColumn): string => {
    let s = formatCell(c, r.cells[c.id] ?? null, lang);
    for (const [target, other, sep = '\n'] of plan.join ?? []) {
      const oc = byId.get(other);
      const v = r.cells[other];
      if (target === c.id && oc && v !== null && v !== undefined && v !== '') {
        s = s === DASH ? formatCell(oc, v, lang) : `${s}${sep}${formatCell(oc, v, lang)}`;
      }
    }
    return s;
  };
  const columns: PdfColumn[] = shown.map((c) => ({
    header: pdfColumnTitle(c),
    ...(c.kind === 'text' ? {} : { align: 'right' as const }),
  }));
  const notes = [...t.notes, ...(note ? [note] : [])];
  return {
    columns,
    rows: t.rows.map((r) => ({
      cells: shown.map((c) => cell(r, c)),
      ...(r.total ? { emphasis: true } : {}),
    })),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  };
}
