/**
 * What is kept on the device, table by table. Rows are plain data (structured-cloneable). An entry keeps the
 * text the user typed next to the parsed number, so an invalid number is never stored as one and never lost.
 */
import type { ReceivedFileSummary } from '../core/network';
import type { EntryRowFields } from '../schema/entry';
import type { InventoryRowFields } from '../schema/inventory';
import type { OrganizationRowFields, SiteRowFields } from '../schema/organization';

/**
 * A partner, its sites and its years as stored: declared once in src/schema (the row schemas), which the
 * backup reader reads them by.
 */
export type OrganizationRow = OrganizationRowFields;
export type SiteRow = SiteRowFields;
export type InventoryRow = InventoryRowFields;

/**
 * An entry as stored: declared once in src/schema/entry.ts (EntryRowSchema), which the backup reader reads
 * it by. It keeps the typed quantity text next to the parsed number (null while that is not a number).
 */
export type EntryRow = EntryRowFields;

/** A factor-set file the user loaded (the city's next release), validated before it was stored. */
export interface FactorSetRow {
  key: string;
  id: string;
  release: string;
  loadedAt: string;
  data: unknown;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A deleted partner with everything it had, kept so the deletion can be undone. */
export interface TrashRow {
  id: string;
  deletedAt: string;
  organization: OrganizationRow;
  sites: SiteRow[];
  inventories: InventoryRow[];
  entries: EntryRow[];
}

/**
 * What one import changed, kept so it can be undone exactly (src/db/backup/applyImport.ts) until the user
 * dismisses it: the keys it added and the rows it overwrote or deleted, as they were.
 */
export interface ImportRow {
  id: string;
  at: string;
  kind: 'backup' | 'exchange' | 'exchange-list';
  counts: {
    partnersAdded: number;
    partnersUpdated: number;
    yearsAdded: number;
    yearsReplaced: number;
    entriesWritten: number;
    factorSetsAdded: number;
    settingsWritten: number;
    /** Received partner files added (a full backup of a coordinator's device); absent in older records. */
    receivedAdded?: number;
  };
  partnerNames: string[];
  added: {
    organizations: string[];
    sites: string[];
    inventories: string[];
    entries: string[];
    factorSets: string[];
    settings: string[];
    /** Ids of received files added (their inputs share the id); absent in records written before them. */
    received?: string[];
  };
  replaced: {
    organizations: OrganizationRow[];
    sites: SiteRow[];
    inventories: InventoryRow[];
    entries: EntryRow[];
    settings: SettingRow[];
  };
}

/** A partner file the city's coordinator received, as its summary (issue 13; src/core/network.ts). */
export type ReceivedFileRow = ReceivedFileSummary;

/**
 * The received file's inputs (the exchange file without its results), gzip-compressed: read only to open the
 * partner's report read-only, so the dashboard never loads them.
 */
export interface ReceivedInputsRow {
  id: string;
  gzip: Uint8Array;
}
