/**
 * The partner list and the app's housekeeping, on the app's database: what the first page reads and writes.
 * Kept apart from the partner page's commands so the first visit loads no more storage code than it uses.
 */
import { countYearsByPartner } from '../db/inventories';
import {
  createOrganization,
  listOrganizations,
  type OrganizationInput,
  purgeTrash,
  removeOrganization,
  restoreOrganization,
} from '../db/organizations';
import type { OrganizationRow } from '../db/rows';
import { db } from './database';

export type { OrganizationRow };

export const listPartners = (): Promise<OrganizationRow[]> => listOrganizations(db);
export const countYears = (): Promise<Map<string, number>> => countYearsByPartner(db);
export const createPartner = (input: OrganizationInput): Promise<OrganizationRow> =>
  createOrganization(db, input);
/** Moves the partner with its sites, years and entries to the trash (undone by restorePartner). */
export const removePartner = (id: string): Promise<void> => removeOrganization(db, id);
export const restorePartner = (id: string): Promise<boolean> => restoreOrganization(db, id);
export const emptyTrash = (olderThanMs: number): Promise<number> => purgeTrash(db, olderThanMs);

/** The example partner; its data (a whole example file) is loaded only when asked for. */
export async function addExamplePartner(): Promise<OrganizationRow> {
  const { addDemoPartner } = await import('../db/demo');
  return addDemoPartner(db);
}
