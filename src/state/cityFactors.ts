/**
 * The city's factor file: the coordinator's draft, saved on the device at every edit, and the release file
 * made from it on the built-in set it starts from.
 */
import { getFactorDraft, putFactorDraft } from '../db/factorDraft';
import { loadBuiltinSet } from '../factors/builtinSets';
import { makeReleaseFile, type ReleaseFile } from '../io/factorSetFile';
import type { FactorSetDraft } from '../schema/factorDraft';
import { db } from './database';
import { saveEdit } from './saveStatus';

export type { ReleaseFile };

export const readFactorDraft = (): Promise<FactorSetDraft | undefined> => getFactorDraft(db);

/** Saves the whole draft as the latest edit: a failed write is kept and retried, a later edit replaces it. */
export const saveFactorDraft = (draft: FactorSetDraft): Promise<boolean> =>
  saveEdit('cityFactorDraft', () => putFactorDraft(db, draft));

/** The release file of the draft, or its problems (read back with the factor-set reader before it is offered). */
export async function makeCityRelease(draft: FactorSetDraft): Promise<ReleaseFile> {
  return makeReleaseFile(draft, await loadBuiltinSet(draft.base));
}
