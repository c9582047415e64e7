/**
 * The partner's own emission factors on the app's database: adding one, saving an edit (each edit is its
 * write, kept until stored, decision 21), finding the entries of every year that use one, and deleting one
 * safely, with undo until the next deletion or the page is left.
 */
import type { CustomFactor } from '../core/inventory';
import { newId } from '../db/ids';
import { listEntriesOfPartner, listInventories } from '../db/inventories';
import {
  type DeleteOutcome,
  deleteOwnFactor,
  type FactorDeletion,
  type FactorUse,
  factorUses,
  putOwnFactor,
  undoDeleteOwnFactor,
} from '../db/ownFactorStore';
import { db } from './database';
import { saveEdit, track } from './saveStatus';
import { signal } from './signal';

export type { DeleteOutcome, FactorDeletion, FactorUse };

/** A new factor of the partner; resolves to it once stored (rejects, with the save status, if it was not). */
export async function addPartnerFactor(
  orgId: string,
  factor: Omit<CustomFactor, 'id'>,
): Promise<CustomFactor> {
  const cf: CustomFactor = { id: newId(), ...factor };
  await track(putOwnFactor(db, orgId, cf));
  return cf;
}

/** An edit of a factor: the whole factor as it now is, kept under the factor's key until stored. */
export function savePartnerFactor(orgId: string, factor: CustomFactor): void {
  void saveEdit(`org:${orgId}:factor:${factor.id}`, () => putOwnFactor(db, orgId, factor));
}

/** Every entry of the partner's years that uses the factor. */
export const usesOfFactor = (orgId: string, factorId: string): Promise<FactorUse[]> =>
  factorUses(db, orgId, factorId);

/** How many entries (of all years) use each of the partner's factors, by factor id; read live. */
export async function factorUseCounts(orgId: string): Promise<Map<string, number>> {
  const [years, entries] = await Promise.all([listInventories(db, orgId), listEntriesOfPartner(db, orgId)]);
  const counts = new Map<string, number>();
  for (const y of years)
    for (const e of entries.get(y.id) ?? []) {
      const ids = new Set<string>();
      if (e.customFactor !== undefined) ids.add(e.customFactor);
      for (const x of e.instruments ?? []) if (x.factor !== undefined) ids.add(x.factor);
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  return counts;
}

/** The last deletion, while it can be undone. */
export const lastFactorDeletion = signal<FactorDeletion | null>(null);

/**
 * Deletes a factor after the user saw `uses` (the entries that use it) and chose to switch them to the
 * default factor. Nothing is written if the uses changed meanwhile or one of them has no default.
 */
export async function deletePartnerFactor(
  orgId: string,
  factorId: string,
  uses: readonly FactorUse[],
): Promise<DeleteOutcome | undefined> {
  const out = await track(
    deleteOwnFactor(
      db,
      orgId,
      factorId,
      uses.map((u) => u.entry.id),
    ),
  );
  if (out?.ok) lastFactorDeletion.set(out.deletion);
  return out;
}

export async function undoFactorDeletion(): Promise<void> {
  const d = lastFactorDeletion.get();
  if (!d) return;
  await track(undoDeleteOwnFactor(db, d));
  lastFactorDeletion.set(null);
}

export const forgetFactorDeletion = (): void => lastFactorDeletion.set(null);
