/**
 * A number as people type it, in the UI language's format. What was typed stays in the field, valid or not;
 * an invalid number gets a message next to the field and is handed on as null, never as a number. Bound to
 * stored data like TextField: not in use, it shows what is stored; an unsaved edit or another tab's value is
 * said beside it (see useEditedText).
 */
import { useEffect } from 'preact/hooks';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { formatInput, parseNumber } from '../../i18n/parseNumber';
import { tr } from '../../i18n/ui';
import { describedBy, FieldSaveNote, fieldNoteId } from './FieldSaveNote';
import { useEditedText } from './useEditedText';

export interface NumberFieldProps {
  id: string;
  label: string;
  lang: Lang;
  /** The stored number, or null with the stored text when what was typed is not a number. */
  value: number | null;
  text?: string;
  onChange: (text: string, value: number | null) => void;
  /** The key the page saves this field's edits under (`saveEdit`), e.g. "entry:<id>:quantity,quantityText". */
  saveKey?: string;
  allowNegative?: boolean;
  /** An error from elsewhere (validation of the whole inventory) to show with the field. */
  error?: string | undefined;
  class?: string;
  /** Years and similar codes are shown without thousands separators. */
  grouping?: boolean;
  /** Accepted range: a value outside it gets a message and is handed on as null. */
  min?: number;
  max?: number;
  /** A line under the field saying what the number is for, tied to it for screen readers. */
  hint?: string;
}

export function NumberField(p: NumberFieldProps) {
  const shown = p.value !== null ? formatInput(p.value, p.lang, p.grouping ?? true) : (p.text ?? '');
  const accept = (v: number) =>
    (p.allowNegative || v >= 0) && (p.min === undefined || v >= p.min) && (p.max === undefined || v <= p.max);
  const change = (t: string) => {
    const r = parseNumber(t, p.lang);
    p.onChange(t, r.ok && accept(r.value) ? r.value : null);
  };
  // Typed text means the stored text when both read as the same number, or when the text is refused: a
  // refused number is stored as nothing (or as the text itself).
  const same = (typedText: string, storedText: string) => {
    if (typedText === storedText || typedText.trim() === storedText) return true;
    const a = parseNumber(typedText, p.lang);
    if (!a.ok || !accept(a.value)) return storedText === '';
    const b = parseNumber(storedText, p.lang);
    return b.ok && b.value === a.value;
  };
  const refused = (t: string) => {
    const r = parseNumber(t, p.lang);
    return !r.ok ? r.reason !== 'empty' : !accept(r.value);
  };
  const edited = useEditedText(shown, change, { saveKey: p.saveKey, same, keep: refused });
  const { text } = edited;
  const parsed = parseNumber(text, p.lang);
  // Text typed in one language and refused, then read in the other (a language switch): store it if it now parses.
  useEffect(() => {
    if (p.value === null && parsed.ok && accept(parsed.value)) edited.rewrite(text);
  }, [p.lang]);
  let message: string | undefined;
  if (!parsed.ok && parsed.reason === 'range') {
    // A number, but beyond what is counted (src/core/limits.ts): said so, and handed on as null (unfinished).
    const params = { value: text.trim(), bound: parsed.bound, limit: parsed.limit };
    message = issueMessage({ severity: 'error', path: '', code: 'number-limit', params }, p.lang);
  } else if (!parsed.ok && parsed.reason !== 'empty') {
    message = tr(p.lang, parsed.reason === 'separator' ? 'numberSeparator' : 'numberInvalid');
  } else if (parsed.ok && parsed.value < 0 && !p.allowNegative) message = tr(p.lang, 'numberNegative');
  else if (parsed.ok && !accept(parsed.value)) {
    message = tr(p.lang, 'numberRange', { min: p.min ?? '–', max: p.max ?? '–' });
  }
  message ??= p.error;
  const errId = `${p.id}-error`;
  return (
    <div class={`field ${p.class ?? ''}`}>
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={message ? 'true' : 'false'}
        aria-describedby={describedBy(
          message ? errId : undefined,
          p.hint ? `${p.id}-hint` : undefined,
          fieldNoteId(p.id, edited.status, edited.conflict),
        )}
        data-save={edited.conflict !== null ? 'conflict' : edited.status}
        onFocus={edited.onFocus}
        onBlur={edited.onBlur}
        onInput={(e) => edited.input((e.currentTarget as HTMLInputElement).value)}
      />
      {p.hint && (
        <p id={`${p.id}-hint`} class="note">
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
