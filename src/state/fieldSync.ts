/**
 * What a field bound to stored data shows, as pure steps (the hook `useEditedText` runs them).
 *
 * A field tells its own writes from other tabs' by the texts it handed to writes (`sent`): a stored value that
 * matches one of them is this tab's write seen back, and anything else was written elsewhere. This tab's value
 * coming back mid-typing never puts older text into the field. Another tab's value is shown at once when the
 * field is idle (no focus, nothing pending, nothing unsaved); otherwise it becomes a conflict the user settles,
 * keeping their own value (written again) or taking the other: nothing is overwritten without a word.
 */

export interface FieldSync {
  /** What the field shows. */
  text: string;
  /** The stored value as last seen, as the field would show it. */
  stored: string;
  /** Another tab's value waiting for the user's choice, or null. */
  conflict: string | null;
  /** Texts handed to writes whose stored value has not been seen yet, oldest first. */
  sent: readonly string[];
}

export interface FieldContext {
  focused: boolean;
  /** A write of this field is under way, failed (kept to be written again) or held. */
  pending: boolean;
  /** Bound to a save key: other tabs' values can conflict. An unbound field (a form's own state) just follows. */
  bound: boolean;
  /** Whether typed text is stored as `stored` (trimmed, formatted, or refused and stored as nothing). */
  same: (typed: string, stored: string) => boolean;
  /** Text to keep on blur although it is not stored (an invalid number, shown with its message). */
  keep?: boolean;
}

/** Enough for any burst of typing between two stored values the field sees; older texts are long settled. */
const SENT_LIMIT = 200;

export function startField(stored: string): FieldSync {
  return { text: stored, stored, conflict: null, sent: [] };
}

/** The user typed `text`; `written` says whether it was handed to a write (the page may refuse invalid text). */
export function typed(s: FieldSync, text: string, written: boolean): FieldSync {
  const sent = written ? [...s.sent, text].slice(-SENT_LIMIT) : s.sent;
  return { ...s, text, sent };
}

/** A new stored value arrived (a live query: this tab's write, another tab's, a language switch). */
export function storedChanged(s: FieldSync, value: string, ctx: FieldContext): FieldSync {
  if (value === s.stored) return s;
  const mine = s.sent.findIndex((t) => ctx.same(t, value));
  if (mine >= 0) {
    const next: FieldSync = { ...s, stored: value, sent: s.sent.slice(mine + 1) };
    if (next.conflict !== null && ctx.same(s.text, value)) next.conflict = null;
    // The field follows its own stored value once nothing more of its own is on the way.
    if (!ctx.focused && !ctx.pending && next.sent.length === 0 && next.conflict === null) next.text = value;
    return next;
  }
  if (ctx.same(s.text, value)) return { ...s, stored: value, conflict: null };
  if (!ctx.bound) return ctx.focused ? { ...s, stored: value } : { ...s, stored: value, text: value };
  const editing = ctx.focused || ctx.pending || s.conflict !== null || !ctx.same(s.text, s.stored);
  if (editing) return { ...s, stored: value, conflict: value };
  return { ...s, stored: value, text: value };
}

/** The field lost focus: it shows what is stored unless something of its own is unsaved or on the way. */
export function blurred(s: FieldSync, ctx: FieldContext): FieldSync {
  if (!ctx.bound || ctx.pending || ctx.keep || s.conflict !== null || s.sent.length > 0) return s;
  return s.text === s.stored ? s : { ...s, text: s.stored };
}

/**
 * The field's writes have all settled. A write that stored what was already there brings no new value to
 * see; if the text means the stored value, the field shows it as stored and expects nothing more.
 */
export function settled(s: FieldSync, ctx: FieldContext): FieldSync {
  if (ctx.focused || ctx.pending || s.conflict !== null || s.sent.length === 0) return s;
  return ctx.same(s.text, s.stored) ? { ...s, text: s.stored, sent: [] } : s;
}

/** "Keep mine": the conflict is closed and the field's text is written again (by the caller). */
export function keptMine(s: FieldSync): FieldSync {
  return { ...s, conflict: null, sent: [...s.sent, s.text].slice(-SENT_LIMIT) };
}

/** "Take the other": the field shows the other tab's value; its own unsaved text is dropped (by the caller). */
export function tookTheirs(s: FieldSync): FieldSync {
  return s.conflict === null ? s : { ...s, text: s.conflict, conflict: null, sent: [] };
}
