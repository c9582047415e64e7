/** The first rows as the entries they become, and every row with a problem: its number, reasons and cells. */
import '../../../i18n/uiBulk';
import type { FactorSet } from '../../../core/factorSet';
import { formatNumber } from '../../../i18n/format';
import { issueMessage, type Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { unitName } from '../../../i18n/unitNames';
import type { RowResult } from '../../../io/bulk';
import { monthText } from './bulkTexts';

export interface PreviewTableProps {
  lang: Lang;
  set: FactorSet;
  sites: readonly { id: string; name: string }[];
  rows: readonly RowResult[];
  /** Rows that are entries but not shown. */
  hiddenOk: number;
}

export function PreviewTable({ lang, set, sites, rows, hiddenOk }: PreviewTableProps) {
  const siteName = (id: string | undefined) => sites.find((s) => s.id === id)?.name ?? '';
  const activityName = (id: string | undefined) => set.activities.find((a) => a.id === id)?.names[lang] ?? '';
  return (
    // A scrolling region: focusable so the keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="bulk-table" tabIndex={0} aria-label={tr(lang, 'bulkPreviewCaption')}>
      <table>
        <caption class="visually-hidden">{tr(lang, 'bulkPreviewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {tr(lang, 'bulkRow')}
            </th>
            <th scope="col">{tr(lang, 'bulkStatus')}</th>
            <th scope="col">{tr(lang, 'period')}</th>
            <th scope="col">{tr(lang, 'activity')}</th>
            <th scope="col" class="num">
              {tr(lang, 'quantity')}
            </th>
            <th scope="col">{tr(lang, 'unit')}</th>
            <th scope="col">{tr(lang, 'site')}</th>
            <th scope="col">{tr(lang, 'note')}</th>
          </tr>
        </thead>
        <tbody>
          {/* A file row with months across gives several rows: the key is the position. */}
          {rows.map((r, i) =>
            r.draft ? (
              <tr key={i} data-line={r.line}>
                <td class="num">{r.line}</td>
                <td>{tr(lang, 'bulkRowOk')}</td>
                <td>{r.draft.period ? monthText(r.draft.period) : tr(lang, 'wholeYear')}</td>
                <td>{activityName(r.draft.activity)}</td>
                <td class="num">{formatNumber(r.draft.quantity, lang, 6)}</td>
                <td>{unitName(r.draft.unit, lang)}</td>
                <td>{siteName(r.draft.site)}</td>
                <td>{r.draft.note ?? ''}</td>
              </tr>
            ) : (
              <tr key={i} data-line={r.line} class="bulk-problem">
                <td class="num">{r.line}</td>
                <td>
                  <strong>{tr(lang, 'bulkRowProblem')}</strong>
                </td>
                <td colSpan={6}>
                  <ul class="plain">
                    {r.issues.map((i) => (
                      <li key={i.path + i.code} class="field-error">
                        {issueMessage(i, lang)}
                      </li>
                    ))}
                  </ul>
                  <span class="muted">{r.cells.join(' | ')}</span>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {hiddenOk > 0 && <p class="muted">{tr(lang, 'bulkMore', { n: hiddenOk })}</p>}
    </section>
  );
}
