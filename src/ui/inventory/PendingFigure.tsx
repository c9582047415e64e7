/**
 * A figure not known yet (issue 10). In the entry editor, a checkbox that puts the quantity field aside for
 * where the figure will be found and who will find it; the quantity typed stays stored and comes back when
 * unticked. In the entries table, the row says "puuttuu" instead of a quantity and emissions: a missing figure
 * is never shown as a number.
 */
import '../../i18n/uiComplete';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { EntryRow } from '../../state/year';
import { entrySaveKey, saveEntry, savePendingField } from '../../state/yearEdits';
import { TextField } from '../components/TextField';
import './completeness.css';

export function PendingFigure({
  lang,
  entry: e,
  idOf,
  children,
}: {
  lang: Lang;
  entry: EntryRow;
  idOf: (field: string) => string;
  /** The quantity field, shown while the figure is known. */
  children: ComponentChildren;
}) {
  const pending = e.pending;
  const typed = e.quantityText.trim();
  return (
    <>
      <div class="field wide pending-toggle">
        <label class="check">
          <input
            id={idOf('pending')}
            type="checkbox"
            checked={pending !== undefined}
            onChange={(ev) =>
              saveEntry(e.id, { pending: (ev.currentTarget as HTMLInputElement).checked ? {} : undefined })
            }
          />{' '}
          {tr(lang, 'pendingFigure')}
        </label>
      </div>
      {pending === undefined ? (
        children
      ) : (
        <>
          <div class="field wide">
            <label for={idOf('pending-document')}>{tr(lang, 'pendingDocument')}</label>
            <TextField
              id={idOf('pending-document')}
              value={pending.document ?? ''}
              saveKey={entrySaveKey(e.id, ['pending.document'])}
              describedBy={idOf('pending-document-hint')}
              onInput={(v) => savePendingField(e.id, 'document', v)}
            />
            <p id={idOf('pending-document-hint')} class="muted">
              {tr(lang, 'pendingDocumentHint')}
            </p>
          </div>
          <div class="field">
            <label for={idOf('pending-owner')}>{tr(lang, 'pendingOwner')}</label>
            <TextField
              id={idOf('pending-owner')}
              value={pending.owner ?? ''}
              saveKey={entrySaveKey(e.id, ['pending.owner'])}
              onInput={(v) => savePendingField(e.id, 'owner', v)}
            />
          </div>
          {typed !== '' && <p class="note wide">{tr(lang, 'pendingKeptText', { text: typed })}</p>}
        </>
      )}
    </>
  );
}

/** The quantity and emission cells of an entry's row, or one "puuttuu" cell across both for a missing figure. */
export function PendingCells({
  e,
  lang,
  children,
}: {
  e: EntryRow;
  lang: Lang;
  children: ComponentChildren;
}) {
  if (!e.pending) return <>{children}</>;
  return (
    <td class="num entry-pending-row" colSpan={2} data-pending>
      {tr(lang, 'pendingRow')}
    </td>
  );
}
