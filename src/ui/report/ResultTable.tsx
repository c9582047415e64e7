/**
 * One result table (src/io/report/tables/) on screen, formatted exactly as the PDF formats it (formatCell):
 * the same rows, the same figures. Rows can open their trace: a disclosure button on the row's label shows
 * what `detail` draws, made only when opened.
 */
import '../../i18n/uiReport';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { columnTitle, formatCell } from '../../io/report/pdf/cells';
import type { ReportTable, TableColumn, TableRow } from '../../io/report/tables/types';

/** Only web addresses become links: a custom factor's source is typed by the user. */
export function safeUrl(url: string): string | null {
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

export function ResultTable({
  table,
  lang,
  detail,
  warnings = [],
  children,
}: {
  table: ReportTable;
  lang: Lang;
  /** The trace of a row, or null where the row has none (totals, "other sources"). */
  detail?: (row: TableRow) => (() => ComponentChildren) | null;
  /** Notes of the table that are warnings (years calculated with different methods): shown as such. */
  warnings?: readonly string[];
  /** Shown between the heading and the table: a chart. */
  children?: ComponentChildren;
}) {
  const headingId = `t-${table.id}`;
  const columns = table.columns;
  return (
    <section class="card report-table" aria-labelledby={headingId} data-table={table.id}>
      <h2 id={headingId}>{table.title}</h2>
      {children}
      {table.notes.map((n) =>
        warnings.includes(n) ? (
          <p key={n} class="report-warning">
            <strong>{tr(lang, 'reportWarning')}:</strong> {n}
          </p>
        ) : (
          <p key={n} class="note">
            {n}
          </p>
        ),
      )}
      {table.rows.length === 0 ? (
        <p>{tr(lang, 'reportPdfNoRows')}</p>
      ) : (
        // A wide table scrolls sideways on a phone: focusable and named, so the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
        <section class="table-scroll" tabIndex={0} aria-labelledby={headingId}>
          <table aria-labelledby={headingId}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.id} scope="col" class={c.kind === 'text' ? undefined : 'num'}>
                    {columnTitle(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <Row
                  key={r.id}
                  table={table}
                  row={r}
                  columns={columns}
                  lang={lang}
                  detail={detail?.(r) ?? null}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function Row({
  table,
  row,
  columns,
  lang,
  detail,
}: {
  table: ReportTable;
  row: TableRow;
  columns: TableColumn[];
  lang: Lang;
  detail: (() => ComponentChildren) | null;
}) {
  const [open, setOpen] = useState(false);
  const detailId = `d-${table.id}-${row.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return (
    <>
      <tr class={row.total ? 'total' : undefined} data-row={row.id}>
        {columns.map((c) => {
          const value = row.cells[c.id] ?? null;
          const text = formatCell(c, value, lang);
          const kg = c.kind === 'kgco2e' && typeof value === 'number' ? value : undefined;
          if (c.id === 'item') {
            return (
              <th key={c.id} scope="row">
                {detail ? (
                  <button
                    type="button"
                    class="disclosure"
                    aria-expanded={open}
                    aria-controls={open ? detailId : undefined}
                    onClick={() => setOpen(!open)}
                  >
                    {text}
                    <span class="visually-hidden"> – {tr(lang, 'reportShowTrace')}</span>
                  </button>
                ) : (
                  text
                )}
              </th>
            );
          }
          if (c.id === 'url' && typeof value === 'string') {
            const href = safeUrl(value);
            return (
              <td key={c.id}>
                {href ? (
                  <a href={href} rel="noopener noreferrer" target="_blank">
                    {value}
                  </a>
                ) : (
                  value
                )}
              </td>
            );
          }
          return (
            <td key={c.id} class={c.kind === 'text' ? undefined : 'num'} data-col={c.id} data-kg={kg}>
              {text}
            </td>
          );
        })}
      </tr>
      {detail && open && (
        <tr class="trace-row">
          <td id={detailId} colSpan={columns.length}>
            {detail()}
          </td>
        </tr>
      )}
    </>
  );
}
