/**
 * The year's session log (issue 10): assumptions and decisions written down during a guided session, each
 * with who and when, linked to the entries it concerns. Pure list operations, so a write run again (the save
 * machinery retries a failed write) gives the same list.
 */
import type { SessionNote } from './inventory';

/** The list with `note` added at `index` (the end by default); a note already there by id is not added twice. */
export function withNote(
  notes: readonly SessionNote[] | undefined,
  note: SessionNote,
  index?: number,
): SessionNote[] {
  const list = [...(notes ?? [])];
  if (list.some((n) => n.id === note.id)) return list;
  list.splice(index ?? list.length, 0, note);
  return list;
}

/** The list with the note of `id` changed by `patch`; absent optional fields are removed, not kept empty. */
export function withNoteChanged(
  notes: readonly SessionNote[] | undefined,
  id: string,
  patch: Partial<Omit<SessionNote, 'id'>>,
): SessionNote[] {
  return (notes ?? []).map((n) => {
    if (n.id !== id) return n;
    const next: SessionNote = { ...n, ...patch };
    if (next.author === undefined || next.author.trim() === '') delete next.author;
    if (next.entries === undefined || next.entries.length === 0) delete next.entries;
    return next;
  });
}

export function withoutNote(notes: readonly SessionNote[] | undefined, id: string): SessionNote[] {
  return (notes ?? []).filter((n) => n.id !== id);
}

/** The notes linked to an entry (or a missing figure), oldest first. */
export function notesOfEntry(notes: readonly SessionNote[] | undefined, entryId: string): SessionNote[] {
  return (notes ?? []).filter((n) => n.entries?.includes(entryId));
}

/** The year's closing handover note: the last one written, if any. */
export function handoverNote(notes: readonly SessionNote[] | undefined): SessionNote | undefined {
  return (notes ?? []).filter((n) => n.kind === 'handover').at(-1);
}
