/**
 * A calendar day as people type it ("15.3.2024"; see src/i18n/parseDate.ts), bound to stored data like
 * NumberField: what was typed stays in the field, and a day that cannot be read gets a message beside the field
 * and is handed on as nothing stored, never guessed.
 */
import '../../i18n/uiCommitment';
import type { Lang } from '../../i18n/issueMessages';
import { formatDay, parseDate } from '../../i18n/parseDate';
import { tr } from '../../i18n/ui';
import { describedBy, FieldSaveNote, fieldNoteId } from './FieldSaveNote';
import { useEditedText } from './useEditedText';

export interface DateFieldProps {
  id: string;
  label: string;
  lang: Lang;
  /** The stored day, "YYYY-MM-DD", or undefined. */
  value: string | undefined;
  /** Called with the day read from the text (undefined when it is empty); not called for text that is no day. */
  onChange: (iso: string | undefined) => void;
  saveKey?: string;
  hint?: string;
}

export function DateField(p: DateFieldProps) {
  const shown = p.value ? formatDay(p.value, p.lang) : '';
  const read = (t: string) => parseDate(t, p.lang);
  const edited = useEditedText(
    shown,
    (t) => {
      const r = read(t);
      if (r.ok) p.onChange(r.iso);
      else if (r.reason === 'empty') p.onChange(undefined);
    },
    {
      saveKey: p.saveKey,
      same: (typed, stored) => {
        const a = read(typed);
        if (!a.ok) return a.reason === 'empty' ? stored === '' : false;
        const b = read(stored);
        return b.ok && b.iso === a.iso;
      },
      keep: (t) => {
        const r = read(t);
        return !r.ok && r.reason !== 'empty';
      },
    },
  );
  const r = read(edited.text);
  const message = !r.ok && r.reason === 'invalid' ? tr(p.lang, 'cmDateInvalid') : undefined;
  const errId = `${p.id}-error`;
  const hintId = `${p.id}-hint`;
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={edited.text}
        aria-invalid={message ? 'true' : 'false'}
        aria-describedby={describedBy(
          p.hint ? hintId : undefined,
          message ? errId : undefined,
          fieldNoteId(p.id, edited.status, edited.conflict),
        )}
        data-save={edited.conflict !== null ? 'conflict' : edited.status}
        onFocus={edited.onFocus}
        onBlur={edited.onBlur}
        onInput={(e) => edited.input((e.currentTarget as HTMLInputElement).value)}
      />
      {p.hint && (
        <p id={hintId} class="muted">
          {p.hint}
        </p>
      )}
      {message && (
        <p id={errId} class="field-error">
          {message}
        </p>
      )}
      <FieldSaveNote
        id={p.id}
        lang={p.lang}
        status={edited.status}
        conflict={edited.conflict}
        onKeepMine={edited.keepMine}
        onTakeTheirs={edited.takeTheirs}
      />
    </div>
  );
}
