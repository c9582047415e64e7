/**
 * The backup file (docs/backup-format.md) and the import's preview, choices and result: the API the backup
 * and import screens use. Plain data; the functions are in the neighbouring files.
 */
import type { Issue } from '../../core/issues';
import type { ExchangeFile } from '../../io/exchange';
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
} from '../rows';

export const BACKUP_FORMAT = 'paastolaskuri-backup';
export const BACKUP_VERSION = 1;

/**
 * The largest file an import reads, checked from File.size before reading. 100,000 entries make about 30 MB
 * of JSON; 200 MB leaves room for ten times that while a phone can still hold the text and its parse
 * (roughly three times the file size in memory) without the tab being killed.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** The setting that records when a backup was last written and read back successfully (ISO time). */
export const LAST_BACKUP_KEY = 'lastBackupAt';

/** The setting that hides the backup reminder until a time (ISO), when the user said "remind me tomorrow". */
export const REMINDER_SNOOZE_KEY = 'backupReminderSnoozedUntil';

/** Settings that describe this device, not the data: never written to a backup, never taken from one. */
export const DEVICE_SETTINGS: readonly string[] = [LAST_BACKUP_KEY, REMINDER_SNOOZE_KEY];

/** The tables a backup holds, in the order they are written and checked. The trash is not backed up. */
export const BACKUP_TABLES = [
  'organizations',
  'sites',
  'inventories',
  'entries',
  'factorSets',
  'settings',
  'received',
  'receivedInputs',
] as const;

/** Tables a backup written before them lacks (in `counts` and `data`): read as empty. */
export const LATER_TABLES: readonly BackupTable[] = ['received', 'receivedInputs'];
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Every stored row of the backed-up tables, as stored (unfinished entries with their typed text included). */
export interface BackupData {
  organizations: OrganizationRow[];
  sites: SiteRow[];
  inventories: InventoryRow[];
  entries: EntryRow[];
  factorSets: FactorSetRow[];
  settings: SettingRow[];
  /** The coordinator's received partner files (schema version 4), as stored. */
  received: ReceivedFileRow[];
  /** Their gzip-compressed inputs, as stored: bytes here, base64 text in the file (`gzip`). */
  receivedInputs: ReceivedInputsRow[];
}

export type TableCounts = Record<BackupTable, number>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  app: { name: string; version: string };
  /** ISO time the backup was written. */
  createdAt: string;
  /** The database schema version the rows were read from. */
  schemaVersion: number;
  counts: TableCounts;
  /** SHA-256 (hex) of the canonical serialization of `data` (docs/backup-format.md). */
  checksum: string;
}

export interface BackupFile extends BackupHeader {
  data: BackupData;
}

/** What a file turned out to be. Legacy: the array of exchange files "Download the data as a file" wrote. */
export type ImportKind = ImportRow['kind'];

/** A file read and validated, with its content as rows, ready to plan. Nothing is written by reading. */
export interface ImportSource {
  kind: ImportKind;
  /** Rows to import. Exchange files are converted to rows (fresh partner and year ids, typed text = number). */
  data: BackupData;
  /** Only for a backup file. */
  header?: BackupHeader;
  /** Exchange files: the app and time that wrote each one, when they say. */
  exportedAt?: string;
  /** Warnings (unknown fields ignored, an old version upgraded). */
  warnings: Issue[];
}

export type ReadResult = { ok: true; source: ImportSource } | { ok: false; issues: Issue[] };

/** Choices for one year of a partner that already exists on this device. */
export type YearChoice = 'keep-mine' | 'take-theirs' | 'keep-both';

/**
 * Choices for a partner: `add` / `skip` for a partner not on this device; for a matching one `keep-mine`
 * (its details stay, years as chosen per year), `take-theirs` (the file's name, business ID, sector,
 * municipality, base year and site details replace mine; years as chosen per year), `keep-both` (the whole
 * incoming partner is added as a separate copy named "Name (tuotu 28.11.2026)"), or `skip`.
 */
export type PartnerChoice = 'add' | 'skip' | 'keep-mine' | 'take-theirs' | 'keep-both';

/** Settings in the file: `keep-mine` adds only keys this device does not have; `take-theirs` overwrites. */
export type SettingsChoice = 'keep-mine' | 'take-theirs';

export interface YearSide {
  inventoryId: string;
  /** Entries of the year, unfinished ones included. */
  entries: number;
  /** Entries without an activity or a valid number. */
  unfinished: number;
  status: InventoryRow['status'];
  /** The latest of the year's and its entries' updatedAt. */
  updatedAt: string;
}

export interface YearPlan {
  year: number;
  incoming: YearSide;
  /** The same year of the matching partner on this device. */
  existing?: YearSide;
  /** New year → take-theirs (it is added); a year both have → keep-mine. */
  defaultChoice: YearChoice;
}

export interface PartnerMatch {
  orgId: string;
  name: string;
  businessId?: string;
  /** Same id (a backup of this device), same business ID, or the same name ignoring case and spacing. */
  by: 'id' | 'businessId' | 'name';
  updatedAt: string;
  years: number[];
}

export interface PartnerPlan {
  /** The incoming partner's id in the file: the key of its choices. */
  key: string;
  name: string;
  businessId?: string;
  sites: number;
  /** The latest updatedAt of the partner, its years and entries in the file. */
  updatedAt: string;
  match?: PartnerMatch;
  years: YearPlan[];
  /** New partner → add; matching partner → keep-mine (with per-year defaults). */
  defaultChoice: PartnerChoice;
  /** The name a `keep-both` copy gets, e.g. "Kivi Oy (tuotu 28.11.2026)". */
  copyName: string;
  /** The file's climate commitment (issue 12), when it has one: what it holds, and what the match has. */
  commitment?: CommitmentPlan;
}

/**
 * A file's commitment in the preview (importCommitment.ts): it replaces the matching partner's with
 * take-theirs, is added where the partner has none, and otherwise leaves the partner's as it is.
 */
export interface CommitmentPlan {
  incoming: { targets: number; actions: number };
  /** The matching partner's commitment, when it has one with anything in it. */
  mine?: { targets: number; actions: number };
}

export interface FactorSetPlan {
  key: string;
  id: string;
  release: string;
  /** Built in or loaded on this device already: it is kept (a release never changes). */
  exists: boolean;
}

export interface SettingPlan {
  key: string;
  value: unknown;
  /** This device's value, when it has the key. */
  mine?: unknown;
}

export interface ImportPlan {
  kind: ImportKind;
  /** ISO time the plan was made. */
  plannedAt: string;
  partners: PartnerPlan[];
  factorSets: FactorSetPlan[];
  settings: SettingPlan[];
  /**
   * The coordinator's received files in the file: how many, and how many of them this device does not hold yet
   * (by SHA-256); those are added with the import, never replacing a stored one.
   */
  received: { incoming: number; fresh: number };
  /** Factor sets the incoming years use that are neither built in, on this device, nor in the file. */
  missingFactorSets: string[];
  /** The rows to write (kept with the plan so applying does not read the file again). */
  source: ImportSource;
  /** What the device had when planning; applying refuses if it changed (ImportResult 'changed'). */
  basis: PlanBasis;
}

/** A fingerprint of the rows the plan's decisions depend on. */
export interface PlanBasis {
  organizations: { id: string; updatedAt: string }[];
  inventories: { id: string; orgId: string; year: number; updatedAt: string }[];
}

export interface PartnerDecision {
  partner: PartnerChoice;
  /** By year; a year not given takes its default. Only used with keep-mine / take-theirs. */
  years: Map<number, YearChoice>;
}

export interface ImportChoices {
  /** By PartnerPlan.key; a partner not given takes its default. */
  partners: Map<string, PartnerDecision>;
  /** Add the file's factor sets that this device does not have. */
  factorSets: boolean;
  settings: SettingsChoice;
}

/** What an import wrote, as its undo record keeps it. */
export type ImportCounts = ImportRow['counts'];

export type ImportResult =
  | { ok: true; importId: string; counts: ImportCounts }
  /** The device's data changed after planning (another tab, an edit): plan again. Nothing was written. */
  | { ok: false; reason: 'changed' };

/** A record of one import, kept so it can be undone until the user dismisses it. */
export interface ImportUndoSummary {
  id: string;
  /** ISO time of the import. */
  at: string;
  kind: ImportKind;
  counts: ImportCounts;
  /** Names of the partners the import added or changed, for the undo banner. */
  partnerNames: string[];
}

/** A written backup, checked by reading it back (verifyBackup). */
export interface WrittenBackup {
  file: BackupFile;
  /** The JSON text to save (UTF-8). */
  text: string;
  /** A suggested file name: paastolaskuri-varmuuskopio-2026-11-28.json */
  fileName: string;
}

export type VerifyResult = { ok: true; counts: TableCounts } | { ok: false; issues: Issue[] };

export interface PartnerExport {
  /** The exchange file (docs/exchange-format.md), with results where every chosen year computes. */
  file: ExchangeFile;
  text: string;
  fileName: string;
  /** Unfinished entries left out (the exchange format has no place for them; a full backup keeps them). */
  unfinishedLeftOut: number;
  /** Why results are missing from a year, when they are (validation errors of that year). */
  issues: Issue[];
}
