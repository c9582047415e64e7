/**
 * The text of a field bound to stored data (the rules are in src/state/fieldSync.ts). While the field has
 * focus it keeps what the user types: this tab's earlier write coming back mid-typing never puts older text
 * back. Without focus it shows what is stored; on blur too, unless something of the field is unsaved. A value
 * another tab stored while the user was editing becomes a conflict, shown beside the field for the user to
 * settle. With a `saveKey`, the field's edits are those saved under that key (`saveEdit`), so it knows when
 * they are pending, failed or held.
 */
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import {
  blurred,
  type FieldContext,
  type FieldSync,
  keptMine,
  settled,
  startField,
  storedChanged,
  tookTheirs,
  typed,
} from '../../state/fieldSync';
import {
  discardEdits,
  type EditState,
  editState,
  holdEdits,
  keptText,
  noteEditText,
  releaseEdits,
} from '../../state/saveStatus';
import { useEditState } from '../../state/useEditState';

export interface EditedTextOptions {
  /** The key this field's writes are saved under ("entry:<id>:note"); none for a form's own state. */
  saveKey?: string | undefined;
  /** Whether typed text is stored as the stored text shows it (default: equal, or equal when trimmed). */
  same?: (typed: string, stored: string) => boolean;
  /** Text kept on blur although it is not stored: an invalid number stays, with its message, to be corrected. */
  keep?: (text: string) => boolean;
}

const trimmedSame = (t: string, s: string) => t === s || t.trim() === s;

export function useEditedText(stored: string, write: (text: string) => void, opts: EditedTextOptions = {}) {
  const key = opts.saveKey;
  const status: EditState = useEditState(key);
  // A field drawn again while its edit waits to be stored (an editor closed and reopened) shows that edit.
  // An edit held for a choice about another tab's value (the editor was closed before the choice) shows the
  // choice again: what is stored is that other value.
  const [initial] = useState((): FieldSync => {
    const kept = key !== undefined && editState(key) !== 'idle' ? keptText(key) : undefined;
    const start = startField(stored);
    if (kept === undefined) return start;
    const conflict = key !== undefined && editState(key) === 'held' && kept !== stored ? stored : null;
    return { ...start, text: kept, sent: [kept], conflict };
  });
  const state = useRef<FieldSync>(initial);
  const focused = useRef(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const ctx = (): FieldContext => ({
    focused: focused.current,
    pending: key !== undefined && editState(key) !== 'idle',
    bound: key !== undefined,
    same: opts.same ?? trimmedSame,
    keep: opts.keep?.(state.current.text) ?? false,
  });
  const apply = (next: FieldSync) => {
    if (next === state.current) return;
    state.current = next;
    rerender(0);
  };
  useEffect(() => apply(storedChanged(state.current, stored, ctx())), [stored]);
  useEffect(() => {
    if (status === 'idle') apply(settled(state.current, ctx()));
  }, [status]);
  const inConflict = state.current.conflict !== null;
  // Declared before the hold below, so that on unmount its cleanup runs first (Preact runs them in order).
  const unmounting = useRef(false);
  useEffect(
    () => () => {
      unmounting.current = true;
    },
    [],
  );
  // While a conflict is shown, the field's edits wait for the user's choice instead of overwriting the other
  // value. Closing the field is no choice: an edit typed during the conflict stays held (shown again with the
  // choice when the field is drawn again); a hold with nothing typed is let go.
  useEffect(() => {
    if (!key || !inConflict) return;
    holdEdits(key);
    return () => {
      if (!(unmounting.current && editState(key) === 'held')) releaseEdits(key);
    };
  }, [key, inConflict]);

  /**
   * Hands text to the page's write and says whether a write of this field was made of it (a page may refuse
   * text, an empty name say). A form's own state (no key) takes everything it is handed.
   */
  const send = (text: string): boolean => {
    write(text);
    if (key === undefined) return true;
    if (editState(key) === 'idle') return false;
    noteEditText(key, text);
    return true;
  };
  const s = state.current;
  return {
    text: s.text,
    /** Another tab's value waiting for the user's choice, or null. */
    conflict: s.conflict,
    status,
    input(text: string) {
      apply(typed(state.current, text, send(text)));
    },
    /** Writes text not typed here (a number read again after a language switch). */
    rewrite(text: string) {
      apply(typed(state.current, state.current.text, send(text)));
    },
    keepMine() {
      if (key) discardEdits(key);
      apply(keptMine(state.current));
      send(state.current.text);
    },
    takeTheirs() {
      if (key) discardEdits(key);
      apply(tookTheirs(state.current));
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      apply(blurred(state.current, ctx()));
    },
  };
}
