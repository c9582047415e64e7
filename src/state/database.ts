/**
 * The app's one database connection. When another tab opens a newer schema, this tab closes its connection
 * (so the upgrade is not blocked) and tells the user to reload.
 */
import { PaastoDb } from '../db/schema';
import { signal } from './signal';

export const db = new PaastoDb();

/** Set when this tab gave way to a newer version in another tab; the UI asks for a reload. */
export const versionChanged = signal(false);

/** Set while a newer version cannot open because an older tab still holds the database. */
export const upgradeBlocked = signal(false);

db.on('blocked', () => {
  upgradeBlocked.set(true);
});
db.on('ready', () => {
  upgradeBlocked.set(false);
});

db.on('versionchange', () => {
  db.close();
  versionChanged.set(true);
  return false;
});

/** Opens the database at start, so storage that cannot be used at all is reported before the first edit. */
export function openDatabase(): Promise<unknown> {
  return db.open();
}
