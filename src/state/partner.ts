/** One partner's page on the app's database: its details, sites and years, and starting a new year. */
import { listFactorSets } from '../db/factorSets';
import { createInventory, listEntriesOfPartner, listInventories } from '../db/inventories';
import {
  addSite,
  getOrganization,
  listSites,
  type OrganizationInput,
  removeSite,
  updateOrganization,
  updateSite,
} from '../db/organizations';
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from '../db/rows';
import { getSettings } from '../db/settings';
import { DEFAULT_FACTOR_SET } from '../factors/builtinSets';
import { db } from './database';

export const getPartner = (id: string): Promise<OrganizationRow | undefined> => getOrganization(db, id);
export const listPartnerSites = (orgId: string): Promise<SiteRow[]> => listSites(db, orgId);
export const listYears = (orgId: string): Promise<InventoryRow[]> => listInventories(db, orgId);
/** Every year's entries of one partner, by inventory id. */
export const listPartnerEntries = (orgId: string): Promise<Map<string, EntryRow[]>> =>
  listEntriesOfPartner(db, orgId);
export const updatePartner = (id: string, patch: Partial<OrganizationInput>): Promise<void> =>
  updateOrganization(db, id, patch);
export const addPartnerSite = (orgId: string, name: string): Promise<SiteRow> => addSite(db, orgId, name);
export const renameSite = (id: string, name: string): Promise<void> => updateSite(db, id, { name });
export const removePartnerSite = (id: string): Promise<void> => removeSite(db, id);

/**
 * A new year with the defaults of Settings (factor set, GWP set), empty or copied from an earlier year; a
 * default set no longer on the device falls back to the built-in one.
 */
export async function startYear(
  orgId: string,
  year: number,
  copy?: { from: string; keepQuantities: boolean },
): Promise<InventoryRow> {
  const settings = await getSettings(db);
  const sets = await listFactorSets(db);
  const chosen = sets.find((s) => s.key === settings.defaultFactorSet) ?? DEFAULT_FACTOR_SET;
  return createInventory(db, orgId, year, {
    factorSet: { id: chosen.id, release: chosen.release },
    gwp: settings.defaultGwp,
    ...(copy ? { copyFrom: copy.from, keepQuantities: copy.keepQuantities } : {}),
  });
}
