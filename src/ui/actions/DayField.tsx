/**
 * A calendar day typed the Finnish way ("15.3.2025") or as stored ("2025-03-15"). What was typed stays in
 * the field; a day that does not exist gets a message beside it and is not handed on. Bound to stored data
 * like NumberField when it has a save key.
 */
import '../../i18n/uiActions';
import type { Lang } from '../../i18n/issueMessages';
import { formatDay, parseDate } from '../../i18n/parseDate';
import { tr } from '../../i18n/ui';
import { describedBy, FieldSaveNote, fieldNoteId } from '../components/FieldSaveNote';
import { useEditedText } from '../components/useEditedText';

export function DayField(p: {
  id: string;
  label: string;
  lang: Lang;
  /** The stored day, "YYYY-MM-DD". */
  value: string;
  onChange: (day: string) => void;
  /** Every text typed, valid or not (a form that checks it when submitted). */
  onText?: (text: string) => void;
  saveKey?: string;
}) {
  const shown = formatDay(p.value, p.lang);
  const same = (typed: string, stored: string) => {
    const a = parseDate(typed, p.lang);
    const b = parseDate(stored, p.lang);
    return a.ok ? b.ok && a.iso === b.iso : stored === '';
  };
  const edited = useEditedText(
    shown,
    (t) => {
      p.onText?.(t);
      const r = parseDate(t, p.lang);
      if (r.ok) p.onChange(r.iso);
    },
    { saveKey: p.saveKey, same, keep: (t) => !parseDate(t, p.lang).ok },
  );
  const parsed = parseDate(edited.text, p.lang);
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
        aria-invalid={parsed.ok ? 'false' : 'true'}
        aria-describedby={describedBy(
          parsed.ok ? hintId : errId,
          fieldNoteId(p.id, edited.status, edited.conflict),
        )}
        data-save={edited.conflict !== null ? 'conflict' : edited.status}
        onFocus={edited.onFocus}
        onBlur={edited.onBlur}
        onInput={(e) => edited.input((e.currentTarget as HTMLInputElement).value)}
      />
      {parsed.ok ? (
        <p id={hintId} class="muted field-hint">
          {tr(p.lang, 'actDayHint')}
        </p>
      ) : (
        <p id={errId} class="field-error">
          {tr(p.lang, 'actDayInvalid')}
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
