/**
 * The preview of an import: for each incoming partner, the partner on this device it matches (same id, else
 * business ID, else name ignoring case and spacing), its years side by side with mine, and default choices.
 * Reads only.
 */
import type { Lang } from '../../i18n/issueMessages';
import type { PaastoDb } from '../schema';
import type { ImportChoices, ImportPlan, ImportSource } from './types';

export async function planImport(
  db: PaastoDb,
  source: ImportSource,
  opts: { lang: Lang; at?: string },
): Promise<ImportPlan> {
  throw new Error(`not implemented ${db.name} ${source.kind} ${opts.lang}`);
}

/** The plan's default choices (new partner → add; new year → add; a year both have → keep mine). */
export function defaultChoices(plan: ImportPlan): ImportChoices {
  throw new Error(`not implemented ${plan.kind}`);
}
