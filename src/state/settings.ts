/** The stored settings on the app's database: language, defaults for new years. */
import { DEFAULT_SETTINGS, getSettings, type Settings, setSetting } from '../db/settings';
import { db } from './database';

export { DEFAULT_SETTINGS, type Settings };

export const readSettings = (): Promise<Settings> => getSettings(db);
export const saveSetting = <K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> =>
  setSetting(db, key, value);
