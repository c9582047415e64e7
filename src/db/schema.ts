/**
 * The IndexedDB database "paastolaskuri" (Dexie). Every schema version ever released stays declared here, in
 * order, with its upgrade function: users may open the app with data of any earlier version. Never edit a
 * released version; add the next one. Each released version has a fixture test (test/db/migrations.test.ts).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  EntryRow,
  FactorSetRow,
  ImportRow,
  InventoryRow,
  OrganizationRow,
  ReceivedFileRow,
  ReceivedInputsRow,
  SettingRow,
  SiteRow,
  TrashRow,
} from './rows';
import { upgradeToV3 } from './upgradeV3';

export const DB_NAME = 'paastolaskuri';

/** Table declarations per released version (Dexie syntax: primary key first, then indexes). */
export const SCHEMA_VERSIONS: Record<number, Record<string, string>> = {
  1: {
    organizations: 'id, name, businessId, updatedAt',
    sites: 'id, orgId',
    inventories: 'id, orgId, &[orgId+year]',
    entries: 'id, inventoryId, [inventoryId+order]',
    factorSets: 'key',
    settings: 'key',
    trash: 'id, deletedAt',
  },
  // Dexie declarations are changes: tables not named keep their version-1 declaration.
  2: {
    imports: 'id, at',
  },
  // Own factors move from the years to the partner's row (upgradeV3.ts): no table changes.
  3: {},
  // The coordinator's received partner files (issue 13): summaries apart from their compressed inputs, so the
  // dashboard reads only the summaries. Commitments (issue 12) are an optional field on the partner's row.
  4: {
    received: 'id, partnerKey, receivedAt, &sha256',
    receivedInputs: 'id',
  },
};

/** The upgrade of each version that reshapes rows, run when a device opens data of an earlier version. */
const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = { 3: upgradeToV3 };

export const CURRENT_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

export class PaastoDb extends Dexie {
  organizations!: EntityTable<OrganizationRow, 'id'>;
  sites!: EntityTable<SiteRow, 'id'>;
  inventories!: EntityTable<InventoryRow, 'id'>;
  entries!: EntityTable<EntryRow, 'id'>;
  factorSets!: EntityTable<FactorSetRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  trash!: EntityTable<TrashRow, 'id'>;
  /** Undo records of imports (schema version 2). */
  imports!: EntityTable<ImportRow, 'id'>;
  /** The coordinator's received partner files, summarized (schema version 4). */
  received!: EntityTable<ReceivedFileRow, 'id'>;
  /** Each received file's inputs, gzip-compressed, by the received file's id (schema version 4). */
  receivedInputs!: EntityTable<ReceivedInputsRow, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const [v, stores] of Object.entries(SCHEMA_VERSIONS)) {
      const version = this.version(Number(v)).stores(stores);
      const upgrade = UPGRADES[Number(v)];
      if (upgrade) version.upgrade(upgrade);
    }
  }
}
