/**
 * Writes an import in one transaction over every table (all or nothing), after checking that the device's
 * data is still what the plan saw, and records what it added and replaced so undoImport restores the database
 * exactly as it was.
 */
import type { PaastoDb } from '../schema';
import type { ImportChoices, ImportPlan, ImportResult, ImportUndoSummary } from './types';

export async function applyImport(
  db: PaastoDb,
  plan: ImportPlan,
  choices: ImportChoices,
): Promise<ImportResult> {
  throw new Error(`not implemented ${db.name} ${plan.kind} ${choices.factorSets}`);
}

/** Restores the database as it was before the import; false if the record is gone (dismissed). */
export async function undoImport(db: PaastoDb, importId: string): Promise<boolean> {
  throw new Error(`not implemented ${db.name} ${importId}`);
}

/** Forgets an import's undo record. */
export async function dismissImportUndo(db: PaastoDb, importId: string): Promise<void> {
  throw new Error(`not implemented ${db.name} ${importId}`);
}

/** Imports that can still be undone, newest first. */
export async function listImportUndos(db: PaastoDb): Promise<ImportUndoSummary[]> {
  throw new Error(`not implemented ${db.name}`);
}
