/** Small key-value settings: language, default GWP set, last backup. */
import { isLanguage, type Lang } from '../i18n/issueMessages';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

export interface Settings {
  lang: Lang;
  defaultGwp: 'AR5' | 'AR6';
  /** The factor set new years use: "fi-2026.1" or one loaded from a file. */
  defaultFactorSet: string;
}

/**
 * Not stored until the user chooses, so a newer built-in release becomes the default without a migration. The
 * set is the key of DEFAULT_FACTOR_SET (src/factors/builtinSets.ts), written out: importing it would put the
 * set loader into the first visit. test/factors/spendCoverage.test.ts checks that they agree.
 */
export const DEFAULT_SETTINGS: Settings = { lang: 'fi', defaultGwp: 'AR6', defaultFactorSet: 'fi-2026.1' };

export async function getSettings(db: PaastoDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const r of rows) {
    if (r.key === 'lang' && isLanguage(r.value)) out.lang = r.value;
    if (r.key === 'defaultGwp' && (r.value === 'AR5' || r.value === 'AR6')) out.defaultGwp = r.value;
    if (r.key === 'defaultFactorSet' && typeof r.value === 'string') out.defaultFactorSet = r.value;
  }
  return out;
}

export async function setSetting<K extends keyof Settings>(
  db: PaastoDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  await write(db, () => db.settings.put({ key, value }));
}
