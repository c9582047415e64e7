/**
 * Above the preview, announced as it changes: how the file was read, what is still missing (rows, the quantity
 * column, an activity), the counts of entries, problems and empty rows, and what was assumed for all rows.
 */
import '../../../i18n/uiBulk';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import type { BulkSource } from '../../../io/bulk/session';
import type { BulkView } from '../../../io/bulk/sessionView';
import { lineList, noticeText } from './bulkTexts';

export function PreviewSummary({ lang, source, view }: { lang: Lang; source: BulkSource; view: BulkView }) {
  const { table, result } = view;
  return (
    <div role="status" class="bulk-summary">
      {source.kind === 'file' && source.encoding === 'windows-1252' && (
        <p class="note bulk-notice">{tr(lang, 'bulkRead1252')}</p>
      )}
      {source.kind === 'file' && source.mixedLines && (
        <p class="note bulk-notice">{tr(lang, 'bulkReadMixed', { lines: lineList(source.mixedLines) })}</p>
      )}
      {table.rows.length === 0 ? (
        <p>{tr(lang, 'bulkNoRows')}</p>
      ) : view.mapping.quantity === null ? (
        <p class="field-error">{tr(lang, 'bulkNeedQuantity')}</p>
      ) : !result ? (
        <p class="field-error">{tr(lang, 'bulkNeedActivity')}</p>
      ) : (
        <>
          <p data-bulk-counts={`${result.ok}/${result.problems}/${result.empty}`}>
            {tr(lang, 'bulkCounts', { ok: result.ok, problems: result.problems, empty: result.empty })}
          </p>
          {result.problems > 0 && <p class="note">{tr(lang, 'bulkProblemsLeftOut')}</p>}
          {result.notices.map((n) => (
            <p key={n.key} class="note bulk-notice">
              {noticeText(lang, n, table.delimiter)}
            </p>
          ))}
        </>
      )}
    </div>
  );
}
