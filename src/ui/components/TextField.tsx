/**
 * A text input bound to stored data; it keeps what is typed (see useEditedText).
 */
import { useEditedText } from './useEditedText';

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
  const { text, setText, onFocus, onBlur } = useEditedText(p.value);
  const common = {
    id: p.id,
    value: text,
    'aria-invalid': p.invalid ? ('true' as const) : ('false' as const),
    'aria-describedby': p.describedBy,
    'aria-label': p['aria-label'],
    onFocus,
    onBlur,
    onInput: (e: Event) => {
      const t = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setText(t);
      p.onInput(t);
    },
  };
  return p.multiline ? <textarea {...common} /> : <input {...common} />;
}
