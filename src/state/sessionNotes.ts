/**
 * The session log's commands on the app's database: add, change, remove and put back a note of a year. Each
 * is made from the stored row inside its write (changeInventory), so a write run again after a failure gives
 * the same list; a note's fields are saved under a key of their own, as every field is (decision 21).
 */
import type { Inventory, SessionNote } from '../core/inventory';
import { withNote, withNoteChanged, withoutNote } from '../core/sessionNotes';
import { newId } from '../db/ids';
import type { EntryRow } from '../db/rows';
import { toCoreInventory } from '../db/toCore';
import { changeInventory } from './yearEdits';
import type { YearRow } from './yearEvaluation';

export type NoteInit = Pick<SessionNote, 'text'> & Partial<Pick<SessionNote, 'author' | 'entries' | 'kind'>>;

/** The save key of a note's fields. */
export const noteSaveKey = (noteId: string, fields: readonly string[]): string =>
  `note:${noteId}:${[...fields].sort().join(',')}`;

/** Adds a note stamped now; its id is made once, so a write run again adds the same note. Returns it. */
export function addSessionNote(inventoryId: string, init: NoteInit, now = new Date()): SessionNote {
  const note: SessionNote = { id: newId(), at: now.toISOString(), text: init.text };
  if (init.author && init.author.trim() !== '') note.author = init.author.trim();
  if (init.entries && init.entries.length > 0) note.entries = [...init.entries];
  if (init.kind === 'handover') note.kind = 'handover';
  changeInventory(inventoryId, (row) => ({ notes: withNote(row.notes, note) }), `note:${note.id}:add`);
  return note;
}

export function changeSessionNote(
  inventoryId: string,
  noteId: string,
  patch: Partial<Omit<SessionNote, 'id' | 'at'>>,
): void {
  changeInventory(
    inventoryId,
    (row) => ({ notes: withNoteChanged(row.notes, noteId, patch) }),
    noteSaveKey(noteId, Object.keys(patch)),
  );
}

/** Removes a note; returns what `restoreSessionNote` needs to put it back where it was (undo). */
export function removeSessionNote(
  inventoryId: string,
  notes: readonly SessionNote[],
  noteId: string,
): { note: SessionNote; index: number } | undefined {
  const index = notes.findIndex((n) => n.id === noteId);
  const note = notes[index];
  if (!note) return undefined;
  changeInventory(inventoryId, (row) => ({ notes: withoutNote(row.notes, noteId) }), `note:${noteId}:remove`);
  return { note, index };
}

export function restoreSessionNote(inventoryId: string, removed: { note: SessionNote; index: number }): void {
  changeInventory(
    inventoryId,
    (row) => ({ notes: withNote(row.notes, removed.note, Math.min(removed.index, row.notes?.length ?? 0)) }),
    `note:${removed.note.id}:restore`,
  );
}

/**
 * The year as the core holds it (missing figures and notes included), for the handover summary; with the
 * partner's own factors.
 */
export function yearAsCore(inv: YearRow, entries: readonly EntryRow[]): Inventory {
  return toCoreInventory(inv, entries, inv.customFactors).inventory;
}
