/**
 * A text input bound to stored data. While the user types, the field keeps its own text: a live update of an
 * earlier write arriving mid-typing must not put older text back into the field.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface TextFieldProps {
  id: string;
  value: string;
  onInput: (text: string) => void;
  multiline?: boolean;
  invalid?: boolean;
  describedBy?: string | undefined;
  'aria-label'?: string;
}

export function TextField(p: TextFieldProps) {
  const [text, setText] = useState(p.value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(p.value);
  }, [p.value]);
  const common = {
    id: p.id,
    value: text,
    'aria-invalid': p.invalid ? ('true' as const) : ('false' as const),
    'aria-describedby': p.describedBy,
    'aria-label': p['aria-label'],
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      // What was typed stays: if its save failed, the field must not fall back to the stored text.
      focused.current = false;
    },
    onInput: (e: Event) => {
      const t = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setText(t);
      p.onInput(t);
    },
  };
  return p.multiline ? <textarea {...common} /> : <input {...common} />;
}
