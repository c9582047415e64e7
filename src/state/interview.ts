/**
 * The year's opening interview on the app's database: the partner and year it concerns, the year's entries
 * (for conflicts: a category with entries is never excluded silently), and the commands that store answers
 * and resolve a conflict. Answers are saved as they are chosen.
 */
import type { CategoryId } from '../core/categories';
import { deleteEntriesAndExclude, type ReasonText, writeInterview } from '../db/interview';
import { getInventoryOfYear } from '../db/inventories';
import { getOrganization } from '../db/organizations';
import type { EntryRow, InventoryRow, OrganizationRow } from '../db/rows';
import { db } from './database';
import { saveEdit, succeeded } from './saveStatus';
import { useLive } from './useLive';
import { useYearEntries } from './yearEntries';

export type { ReasonText };

export interface InterviewYearData {
  /** null: no such partner or year; undefined while it is read. */
  org: OrganizationRow | null | undefined;
  inv: InventoryRow | null | undefined;
  entries: EntryRow[] | undefined;
}

export function useInterviewYear(orgId: string, year: number): InterviewYearData {
  const org = useLive(() => getOrganization(db, orgId).then((o) => o ?? null), [orgId]);
  const inv = useLive(() => getInventoryOfYear(db, orgId, year).then((i) => i ?? null), [orgId, year]);
  const entries = useYearEntries(inv?.id);
  return { org, inv, entries };
}

/**
 * Stores one chosen answer with the exclusions it makes and withdraws, under a save key of its question, so
 * a failed write is written again until stored and quick choices of two questions never undo each other.
 */
export function saveAnswer(
  inventoryId: string,
  question: string,
  answer: string,
  sector: string | undefined,
  reasonText: ReasonText,
): Promise<boolean> {
  return saveEdit(`inventory:${inventoryId}:interview.${question}`, () =>
    writeInterview(db, inventoryId, (stored) => ({ ...stored, [question]: answer }), sector, reasonText),
  );
}

/** Stores the answers on screen (suggestions the user confirmed among them) over the stored ones. */
export function saveAnswers(
  inventoryId: string,
  answers: Readonly<Record<string, string>>,
  sector: string | undefined,
  reasonText: ReasonText,
): Promise<boolean> {
  const confirmed = { ...answers };
  return saveEdit(`inventory:${inventoryId}:interview`, () =>
    writeInterview(db, inventoryId, (stored) => ({ ...stored, ...confirmed }), sector, reasonText),
  );
}

/** The user chose to delete a category's entries because it does not concern the partner. */
export function deleteCategoryEntries(
  inventoryId: string,
  category: CategoryId,
  reason: string,
): Promise<boolean> {
  return succeeded(deleteEntriesAndExclude(db, inventoryId, category, reason));
}
