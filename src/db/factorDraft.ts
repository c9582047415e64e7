/**
 * The coordinator's draft of the city's factor-set release, kept on the device as one settings row while it is
 * typed (so a full backup carries it, like the other settings). Read through its schema: a stored value that
 * is not a draft reads as none.
 */
import { type FactorSetDraft, readFactorSetDraft } from '../schema/factorDraft';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

export const FACTOR_DRAFT_KEY = 'cityFactorDraft';

export async function getFactorDraft(db: PaastoDb): Promise<FactorSetDraft | undefined> {
  const row = await db.settings.get(FACTOR_DRAFT_KEY);
  return row ? readFactorSetDraft(row.value) : undefined;
}

export async function putFactorDraft(db: PaastoDb, draft: FactorSetDraft): Promise<void> {
  await write(db, () => db.settings.put({ key: FACTOR_DRAFT_KEY, value: draft }));
}
