/** A labelled select: the one pattern for every choice in the forms. */
export interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  class?: string;
}

export function SelectField<T extends string>(p: SelectFieldProps<T>) {
  return (
    <div class={`field ${p.class ?? ''}`}>
      <label for={p.id}>{p.label}</label>
      <select
        id={p.id}
        value={p.value}
        onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {p.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
