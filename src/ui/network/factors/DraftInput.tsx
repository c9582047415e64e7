/**
 * One text field of the factor editor: its label, what is typed (kept as typed), a hint, and the problem
 * beside it, tied to the field by aria-describedby so a screen reader says it with the field.
 */
export interface DraftInputProps {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  /** The problem's words, shown when the form shows problems. */
  error?: string | undefined;
  hint?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'url';
  wide?: boolean;
}

export function DraftInput(p: DraftInputProps) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const errId = p.error ? `${p.id}-err` : undefined;
  const described = [errId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={p.wide ? 'field wide' : 'field'}>
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="text"
        inputMode={p.inputMode ?? 'text'}
        autoComplete="off"
        value={p.value}
        aria-invalid={p.error ? 'true' : 'false'}
        aria-describedby={described}
        onInput={(e) => p.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {p.hint && (
        <p id={hintId} class="muted">
          {p.hint}
        </p>
      )}
      {p.error && (
        <p id={errId} class="field-error">
          {p.error}
        </p>
      )}
    </div>
  );
}
