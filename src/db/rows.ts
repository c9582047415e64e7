/**
 * What is kept on the device, table by table. Rows are plain data (structured-cloneable). An entry keeps the
 * text the user typed next to the parsed number, so an invalid number is never stored as one and never lost.
 */
import type { CategoryId } from '../core/categories';
import type { GwpSetId } from '../core/gwp';
import type {
  BoundaryApproach,
  ContractualInstrument,
  CustomFactor,
  DataQuality,
  Exclusion,
  SizeMetrics,
} from '../core/inventory';
import type { UnitId } from '../core/units';

export interface OrganizationRow {
  id: string;
  name: string;
  businessId?: string;
  sector?: string;
  municipality?: string;
  baseYear?: number;
  /** The demo partner a newcomer can explore and delete. */
  demo?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SiteRow {
  id: string;
  orgId: string;
  name: string;
  address?: string;
  municipality?: string;
  order: number;
}

export interface InventoryRow {
  id: string;
  orgId: string;
  year: number;
  boundary: BoundaryApproach;
  gwp: GwpSetId;
  factorSet: { id: string; release: string };
  radiativeForcing: boolean;
  metrics: SizeMetrics;
  customFactors: CustomFactor[];
  excluded: Exclusion[];
  status: 'draft' | 'complete';
  createdAt: string;
  updatedAt: string;
}

export interface EntryRow {
  id: string;
  inventoryId: string;
  /** Position in the editor, for a stable order. */
  order: number;
  category: CategoryId;
  /** Empty while the user has not chosen one yet. */
  activity: string;
  /** The parsed quantity; null while the typed text is empty or not a valid number. */
  quantity: number | null;
  /** Exactly what the user typed, in their locale's format. */
  quantityText: string;
  unit: UnitId;
  site?: string;
  period?: string;
  dataQuality?: DataQuality;
  sourceNote?: string;
  note?: string;
  customFactor?: string;
  instruments?: ContractualInstrument[];
  updatedAt: string;
}

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
  };
  partnerNames: string[];
  added: {
    organizations: string[];
    sites: string[];
    inventories: string[];
    entries: string[];
    factorSets: string[];
    settings: string[];
  };
  replaced: {
    organizations: OrganizationRow[];
    sites: SiteRow[];
    inventories: InventoryRow[];
    entries: EntryRow[];
    settings: SettingRow[];
  };
}
