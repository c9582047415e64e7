/**
 * The list of imports that can still be undone, and forgetting one: apart from the import and undo code so
 * the notices every page shows can read them without loading that code.
 */
import type { PaastoDb } from '../schema';
import { write } from '../storageErrors';
import type { ImportUndoSummary } from './types';

/** Forgets an import's undo record. */
export async function dismissImportUndo(db: PaastoDb, importId: string): Promise<void> {
  await write(db, () => db.imports.delete(importId));
}

/** Imports that can still be undone, newest first. */
export async function listImportUndos(db: PaastoDb): Promise<ImportUndoSummary[]> {
  const rows = await db.imports.orderBy('at').reverse().toArray();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    kind: r.kind,
    counts: r.counts,
    partnerNames: r.partnerNames,
  }));
}
