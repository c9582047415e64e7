/**
 * Beside a field: another tab's value with the choice between it and the user's own, or that the field's
 * edit is not saved yet. Referred to by the field's aria-describedby, so a screen reader hears it with the field.
 */
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { EditState } from '../../state/saveStatus';
import './fieldSave.css';

export interface FieldSaveNoteProps {
  id: string;
  lang: Lang;
  status: EditState;
  conflict: string | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** The id of the note of field `fieldId`, when there is one to refer to. */
export function fieldNoteId(fieldId: string, status: EditState, conflict: string | null): string | undefined {
  return conflict !== null || status === 'failed' || status === 'held' ? `${fieldId}-save` : undefined;
}

export function FieldSaveNote(p: FieldSaveNoteProps) {
  const noteId = fieldNoteId(p.id, p.status, p.conflict);
  if (!noteId) return null;
  if (p.conflict !== null) {
    return (
      <div class="field-conflict" id={noteId} role="alert">
        <p>
          {tr(p.lang, 'fieldConflict')}{' '}
          <strong class="other-value">
            {p.conflict === '' ? tr(p.lang, 'fieldConflictEmpty') : p.conflict}
          </strong>
        </p>
        <div class="actions">
          <button type="button" class="secondary" onClick={p.onKeepMine}>
            {tr(p.lang, 'keepMine')}
          </button>
          <button type="button" class="secondary" onClick={p.onTakeTheirs}>
            {tr(p.lang, 'takeTheirs')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <p class="field-unsaved" id={noteId}>
      {tr(p.lang, 'fieldNotSaved')}
    </p>
  );
}

/** Space-separated ids for aria-describedby, or undefined when there are none. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => !!x);
  return list.length > 0 ? list.join(' ') : undefined;
}
