/**
 * The year's interview answers written with what they change: the exclusions they add and remove, in one
 * transaction over the year and its entries, so the answers and the categories never disagree. A category
 * with entries is never excluded here; deleting its entries is a separate, explicit write.
 */
import type { CategoryId } from '../core/categories';
import { applyInterview, type InterviewChange } from '../core/interview';
import type { InterviewRecord } from '../core/inventory';
import { now } from './ids';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

/** The justification's words for a reason key, in the user's language (storage keeps data, not words). */
export type ReasonText = (reason: string) => string;

/**
 * Stores the answers (`answersFrom` makes them from the stored ones) and applies them: exclusions the answers make are added with their justification,
 * exclusions they withdraw are removed. Returns the change, whose conflicts the caller asks the user about.
 */
export function writeInterview(
  db: PaastoDb,
  inventoryId: string,
  answersFrom: (stored: Readonly<Record<string, string>>) => Record<string, string>,
  sector: string | undefined,
  reasonText: ReasonText,
): Promise<InterviewChange> {
  return write(db, () =>
    db.transaction('rw', db.inventories, db.entries, async () => {
      const row = await db.inventories.get(inventoryId);
      if (!row) throw new Error(`No inventory ${inventoryId}`);
      // The answers are changed from the stored ones inside the write: two quick choices never undo each other.
      const answers = answersFrom(row.interview?.answers ?? {});
      const entries = await db.entries.where('inventoryId').equals(inventoryId).toArray();
      const change = applyInterview({ excluded: row.excluded, entries, interview: row.interview }, answers);
      const drop = new Set<CategoryId>(change.include);
      const excluded = [
        ...row.excluded.filter((x) => !drop.has(x.category)),
        ...change.exclude.map((x) => ({ category: x.category, reason: reasonText(x.reason) })),
      ];
      const t = now();
      const interview: InterviewRecord = {
        answers,
        ...(sector !== undefined ? { sector } : {}),
        updatedAt: t,
      };
      await db.inventories.update(inventoryId, { interview, excluded, updatedAt: t });
      return change;
    }),
  );
}

/**
 * The user's choice in a conflict: the category's entries (and figures not known yet) are deleted and the
 * category is excluded with the justification, in one transaction. Returns how many entries were deleted.
 */
export function deleteEntriesAndExclude(
  db: PaastoDb,
  inventoryId: string,
  category: CategoryId,
  reason: string,
): Promise<number> {
  return write(db, () =>
    db.transaction('rw', db.inventories, db.entries, async () => {
      const row = await db.inventories.get(inventoryId);
      if (!row) throw new Error(`No inventory ${inventoryId}`);
      const ids = (await db.entries.where('inventoryId').equals(inventoryId).toArray())
        .filter((e) => e.category === category)
        .map((e) => e.id);
      await db.entries.bulkDelete(ids);
      const excluded = [...row.excluded.filter((x) => x.category !== category), { category, reason }];
      await db.inventories.update(inventoryId, { excluded, updatedAt: now() });
      return ids.length;
    }),
  );
}
