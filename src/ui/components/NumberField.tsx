/**
 * A number as people type it, in the UI language's format. What was typed stays in the field, valid or not;
 * an invalid number gets a message next to the field and is handed on as null, never as a number.
 */
import { useEffect } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { formatInput, parseNumber } from '../../i18n/parseNumber';
import { tr } from '../../i18n/ui';
import { useEditedText } from './useEditedText';

export interface NumberFieldProps {
  id: string;
  label: string;
  lang: Lang;
  /** The stored number, or null with the stored text when what was typed is not a number. */
  value: number | null;
  text?: string;
  onChange: (text: string, value: number | null) => void;
  allowNegative?: boolean;
  /** An error from elsewhere (validation of the whole inventory) to show with the field. */
  error?: string | undefined;
  class?: string;
  /** Years and similar codes are shown without thousands separators. */
  grouping?: boolean;
  /** Accepted range: a value outside it gets a message and is handed on as null. */
  min?: number;
  max?: number;
}

export function NumberField(p: NumberFieldProps) {
  const shown = p.value !== null ? formatInput(p.value, p.lang, p.grouping ?? true) : (p.text ?? '');
  const edited = useEditedText(shown);
  const { text, setText } = edited;
  const accept = (v: number) =>
    (p.allowNegative || v >= 0) && (p.min === undefined || v >= p.min) && (p.max === undefined || v <= p.max);
  const parsed = parseNumber(text, p.lang);
  // Text typed in one language and refused, then read in the other (a language switch): store it if it now parses.
  useEffect(() => {
    if (p.value === null && parsed.ok && accept(parsed.value)) p.onChange(text, parsed.value);
  }, [p.lang]);
  let message: string | undefined;
  if (!parsed.ok && parsed.reason !== 'empty') {
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
        aria-describedby={message ? errId : undefined}
        onFocus={edited.onFocus}
        onBlur={edited.onBlur}
        onInput={(e) => {
          const t = (e.currentTarget as HTMLInputElement).value;
          setText(t);
          const r = parseNumber(t, p.lang);
          p.onChange(t, r.ok && accept(r.value) ? r.value : null);
        }}
      />
      {message && (
        <p id={errId} class="field-error">
          {message}
        </p>
      )}
    </div>
  );
}
