/**
 * The year's status (draft / complete). Marking a year complete while categories are to do or figures are
 * missing asks first, in a modal dialog naming how many (issue 10); the report then says it was marked
 * complete although data is missing. A year with nothing open is marked complete at once.
 */
import '../../i18n/uiComplete';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { InventoryRow } from '../../state/year';
import { SelectField } from '../components/SelectField';
import './completeness.css';

type Status = InventoryRow['status'];

export function YearStatusField({
  lang,
  status,
  open,
  onSave,
}: {
  lang: Lang;
  status: Status;
  /** Open items of the year: categories to do and figures not known yet. */
  open: number;
  onSave: (status: Status) => void;
}) {
  const [asking, setAsking] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (asking && d && !d.open) d.showModal();
  }, [asking]);
  const close = (confirmed: boolean) => {
    dialog.current?.close();
    setAsking(false);
    if (confirmed) onSave('complete');
    // Back to the choice the user made it from.
    document.getElementById('inv-status')?.focus();
  };
  return (
    <>
      <SelectField
        id="inv-status"
        label={tr(lang, 'status')}
        value={status}
        options={[
          ['draft', tr(lang, 'statusDraft')],
          ['complete', tr(lang, 'statusComplete')],
        ]}
        onChange={(next) => {
          if (next === 'complete' && open > 0) setAsking(true);
          else onSave(next);
        }}
      />
      {asking && (
        <dialog
          ref={dialog}
          class="confirm-complete"
          aria-labelledby="confirm-complete-h"
          aria-describedby="confirm-complete-text"
          onCancel={(e) => {
            e.preventDefault();
            close(false);
          }}
        >
          <h2 id="confirm-complete-h">{tr(lang, 'confirmCompleteTitle')}</h2>
          <p id="confirm-complete-text">{tr(lang, 'confirmCompleteText', { n: open })}</p>
          <div class="row">
            <button type="button" onClick={() => close(true)}>
              {tr(lang, 'confirmCompleteYes')}
            </button>
            <button type="button" class="secondary" onClick={() => close(false)}>
              {tr(lang, 'confirmCompleteNo')}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
