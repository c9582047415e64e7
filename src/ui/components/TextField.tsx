/**
 * A text input bound to stored data; it keeps what is typed, shows what is stored when not in use, and says
 * beside itself when its edit is not saved or another tab changed it (see useEditedText).
 */
import { lang as langSignal } from '../../state/lang';
import { useSignal } from '../../state/signal';
import { describedBy, FieldSaveNote, fieldNoteId } from './FieldSaveNote';
import { useEditedText } from './useEditedText';

export interface TextFieldProps {
  id: string;
  value: string;
  onInput: (text: string) => void;
  /** The key the page saves this field's edits under (`saveEdit`), e.g. "entry:<id>:note". */
  saveKey?: string;
  multiline?: boolean;
  invalid?: boolean;
  describedBy?: string | undefined;
  'aria-label'?: string;
}

export function TextField(p: TextFieldProps) {
  const lang = useSignal(langSignal);
  const edited = useEditedText(p.value, p.onInput, { saveKey: p.saveKey });
  const common = {
    id: p.id,
    value: edited.text,
    'aria-invalid': p.invalid ? ('true' as const) : ('false' as const),
    'aria-describedby': describedBy(p.describedBy, fieldNoteId(p.id, edited.status, edited.conflict)),
    'aria-label': p['aria-label'],
    'data-save': edited.conflict !== null ? 'conflict' : edited.status,
    onFocus: edited.onFocus,
    onBlur: edited.onBlur,
    onInput: (e: Event) => edited.input((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <>
      {p.multiline ? <textarea {...common} /> : <input {...common} />}
      <FieldSaveNote
        id={p.id}
        lang={lang}
        status={edited.status}
        conflict={edited.conflict}
        onKeepMine={edited.keepMine}
        onTakeTheirs={edited.takeTheirs}
      />
    </>
  );
}
