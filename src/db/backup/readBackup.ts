/**
 * Reads a backup file (docs/backup-format.md): header, every row of every table checked with the Checker
 * (known fields only, types, lengths, references to parents, unique ids and years), loaded factor sets read
 * again by readFactorSet, and the checksum over the data part. Rows are new objects built from known fields,
 * so `__proto__` or `constructor` keys in a file never reach the database. Lenient where the app itself
 * stores unfinished work (an entry without an activity or number, an empty note): a backup keeps everything.
 */
import { Checker, type Json, type JsonObject } from '../../core/check';
import { factorSetKey } from '../../core/factorSet';
import type { CustomFactor } from '../../core/inventory';
import { hasErrors, type Issue } from '../../core/issues';
import { readFactorSet, readValue } from '../../factors/readFactorSet';
import { canonicalJson, cleanJson, FORBIDDEN_KEYS, sha256Hex } from '../../io/canonical';
import { EntryRowSchema } from '../../schema/entry';
import { TIME_PATTERN } from '../../schema/fields';
import { CustomFactorSchema, InventoryRowSchema } from '../../schema/inventory';
import { OrganizationRowSchema, SiteRowSchema } from '../../schema/organization';
import { readRecord } from '../../schema/read';
import { newId } from '../ids';
import { moveYearFactors } from '../ownFactors';
import type { EntryRow, FactorSetRow, InventoryRow, OrganizationRow, SettingRow, SiteRow } from '../rows';
import { groupBy } from './planImport';
import { readReceived } from './readReceived';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupData,
  type BackupHeader,
  type BackupTable,
  DEVICE_SETTINGS,
  LATER_TABLES,
  type ReadResult,
  type TableCounts,
} from './types';

const TIME = { required: true, max: 40, pattern: TIME_PATTERN, shape: 'time' } as const;
const SETTING_KEY = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;

/**
 * One step per older file version, each turning version n into n + 1; v1 is the first, so there is none yet.
 * A v2 reader adds `1: (root) => …` here and the rest of the reader sees only the newest shape.
 */
const UPGRADES: Record<number, (root: JsonObject) => JsonObject> = {};

export async function readBackup(input: unknown): Promise<ReadResult> {
  // Rows are restored as stored: a number outside the limits is kept and warned about; the year's validation
  // leaves it out of every total (src/core/limits.ts).
  const c = new Checker('keep');
  let root = c.object(input, '');
  if (!root) return { ok: false, issues: c.issues };
  if (root.format !== BACKUP_FORMAT) {
    c.error('/format', 'format', { expected: BACKUP_FORMAT, got: String(root.format ?? '').slice(0, 80) });
    return { ok: false, issues: c.issues };
  }
  const version = c.number(root, 'version', '', { required: true, integer: true, min: 1 });
  if (version === undefined) return { ok: false, issues: c.issues };
  if (version > BACKUP_VERSION) {
    c.error('/version', 'newer-version', { version, supported: BACKUP_VERSION });
    return { ok: false, issues: c.issues };
  }
  for (let v = version; v < BACKUP_VERSION; v++) {
    const up = UPGRADES[v];
    if (!up) {
      c.error('/version', 'enum', { value: version, allowed: String(BACKUP_VERSION) });
      return { ok: false, issues: c.issues };
    }
    root = up(root);
  }
  if (version < BACKUP_VERSION) c.warn('/version', 'older-version', { version });

  c.known(root, ['format', 'version', 'app', 'createdAt', 'schemaVersion', 'counts', 'checksum', 'data'], '');
  const app = c.object(root.app, '/app') ?? {};
  c.known(app, ['name', 'version'], '/app');
  const appName = c.string(app, 'name', '/app', { required: true, max: 100 }) ?? '';
  const appVersion = c.string(app, 'version', '/app', { required: true, max: 50 }) ?? '';
  const createdAt = c.string(root, 'createdAt', '', TIME) ?? '';
  const schemaVersion = c.number(root, 'schemaVersion', '', { required: true, integer: true, min: 1 }) ?? 0;
  const checksum =
    c.string(root, 'checksum', '', { required: true, pattern: /^[0-9a-f]{64}$/, shape: 'checksum' }) ?? '';
  const rawCounts = c.object(root.counts, '/counts') ?? {};
  c.known(rawCounts, BACKUP_TABLES, '/counts');
  const counts = {} as TableCounts;
  // A table added after a file was written is absent from it (read as empty), not refused.
  const absent = (o: JsonObject, t: BackupTable) => LATER_TABLES.includes(t) && o[t] === undefined;
  for (const t of BACKUP_TABLES)
    counts[t] = absent(rawCounts, t)
      ? 0
      : (c.number(rawCounts, t, '/counts', { required: true, integer: true, min: 0 }) ?? -1);

  const rawData = c.object(root.data, '/data');
  if (!rawData) return { ok: false, issues: c.issues };
  c.known(rawData, BACKUP_TABLES, '/data');
  const tables = {} as Record<(typeof BACKUP_TABLES)[number], Json[]>;
  for (const t of BACKUP_TABLES) {
    const rows = absent(rawData, t) ? [] : (c.array(rawData, t, '/data', true) ?? []);
    tables[t] = rows;
    if (counts[t] >= 0 && rows.length !== counts[t])
      c.error(`/data/${t}`, 'count-mismatch', { table: t, expected: counts[t], got: rows.length });
  }
  // Stop before reading rows of a file that is already known to be incomplete or damaged.
  if (hasErrors(c.issues)) return { ok: false, issues: c.issues };
  const data = readTables(c, tables);
  if (hasErrors(c.issues)) return { ok: false, issues: c.issues };
  if ((await sha256Hex(canonicalJson(rawData))) !== checksum) {
    c.error('/checksum', 'checksum', {});
    return { ok: false, issues: c.issues };
  }
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    app: { name: appName, version: appVersion },
    createdAt,
    schemaVersion,
    counts,
    checksum,
  };
  return { ok: true, source: { kind: 'backup', data, header, warnings: c.issues } };
}

function readTables(c: Checker, t: Record<(typeof BACKUP_TABLES)[number], Json[]>): BackupData {
  const organizations: OrganizationRow[] = [];
  const orgIds = new Set<string>();
  for (let i = 0; i < t.organizations.length; i++) {
    const at = `/data/organizations/${i}`;
    const o = c.object(t.organizations[i], at);
    if (!o) continue;
    const row = readOrganization(c, o, at);
    if (orgIds.has(row.id)) c.error(`${at}/id`, 'duplicate-id', { id: row.id });
    orgIds.add(row.id);
    organizations.push(row);
  }
  const sites: SiteRow[] = [];
  const siteOrg = new Map<string, string>();
  for (let i = 0; i < t.sites.length; i++) {
    const at = `/data/sites/${i}`;
    const o = c.object(t.sites[i], at);
    if (!o) continue;
    const row = readSite(c, o, at);
    if (siteOrg.has(row.id)) c.error(`${at}/id`, 'duplicate-id', { id: row.id });
    parent(c, orgIds, row.orgId, `${at}/orgId`, 'organizations');
    siteOrg.set(row.id, row.orgId);
    sites.push(row);
  }
  const inventories: InventoryRow[] = [];
  const invOrg = new Map<string, string>();
  const orgYears = new Set<string>();
  for (let i = 0; i < t.inventories.length; i++) {
    const at = `/data/inventories/${i}`;
    const o = c.object(t.inventories[i], at);
    if (!o) continue;
    const row = readInventory(c, o, at);
    if (invOrg.has(row.id)) c.error(`${at}/id`, 'duplicate-id', { id: row.id });
    parent(c, orgIds, row.orgId, `${at}/orgId`, 'organizations');
    const orgYear = `${row.orgId}\u0000${row.year}`;
    if (orgYears.has(orgYear)) c.error(`${at}/year`, 'duplicate-id', { id: row.year });
    orgYears.add(orgYear);
    invOrg.set(row.id, row.orgId);
    inventories.push(row);
  }
  const entries: EntryRow[] = [];
  const entryIds = new Set<string>();
  for (let i = 0; i < t.entries.length; i++) {
    const at = `/data/entries/${i}`;
    const o = c.object(t.entries[i], at);
    if (!o) continue;
    const row = readEntry(c, o, at);
    if (entryIds.has(row.id)) c.error(`${at}/id`, 'duplicate-id', { id: row.id });
    entryIds.add(row.id);
    const org = invOrg.get(row.inventoryId);
    if (org === undefined) parent(c, invOrg, row.inventoryId, `${at}/inventoryId`, 'inventories');
    // A site removed while an entry named it is cleared by removeSite; one that is still unknown is kept
    // (lossless) and said, not a reason to refuse the whole backup.
    else if (row.site !== undefined && siteOrg.get(row.site) !== org)
      c.warn(`${at}/site`, 'unknown-site', { site: row.site });
    entries.push(row);
  }
  const factorSets: FactorSetRow[] = [];
  const setKeys = new Set<string>();
  for (let i = 0; i < t.factorSets.length; i++) {
    const at = `/data/factorSets/${i}`;
    const o = c.object(t.factorSets[i], at);
    if (!o) continue;
    const row = readFactorSetRow(c, o, at);
    if (!row) continue;
    if (setKeys.has(row.key)) c.error(`${at}/key`, 'duplicate-id', { id: row.key });
    setKeys.add(row.key);
    factorSets.push(row);
  }
  const settings: SettingRow[] = [];
  const settingKeys = new Set<string>();
  for (let i = 0; i < t.settings.length; i++) {
    const at = `/data/settings/${i}`;
    const o = c.object(t.settings[i], at);
    if (!o) continue;
    c.known(o, ['key', 'value'], at);
    const key = c.string(o, 'key', at, { required: true, pattern: SETTING_KEY, shape: 'settingKey' });
    if (key === undefined) continue;
    if (FORBIDDEN_KEYS.has(key) || DEVICE_SETTINGS.includes(key)) {
      c.warn(`${at}/key`, 'unknown-key', { key });
      continue;
    }
    if (settingKeys.has(key)) c.error(`${at}/key`, 'duplicate-id', { id: key });
    settingKeys.add(key);
    const value = Object.hasOwn(o, 'value') ? cleanJson(o.value, 16) : null;
    if (value === undefined) {
      c.error(`${at}/value`, 'type', { expected: 'JSON', got: 'too deep' });
      continue;
    }
    settings.push({ key, value });
  }
  return {
    ...movedToPartners(organizations, inventories, entries),
    sites,
    factorSets,
    settings,
    ...readReceived(c, t.received, t.receivedInputs),
  };
}

/**
 * A backup of schema version 1 or 2 keeps own factors on the years: they move to the partners as the
 * database upgrade moves them (moveYearFactors), so an older backup restores into the current shape.
 */
function movedToPartners(
  organizations: OrganizationRow[],
  inventories: InventoryRow[],
  entries: EntryRow[],
): Pick<BackupData, 'organizations' | 'inventories' | 'entries'> {
  if (!inventories.some((i) => i.customFactors !== undefined)) return { organizations, inventories, entries };
  const byOrg = groupBy(inventories, (i) => i.orgId);
  const byInv = groupBy(entries, (e) => e.inventoryId);
  const changed = new Map<string, EntryRow>();
  const movedInvs = new Map<string, InventoryRow>();
  const orgs = organizations.map((o) => {
    const moved = moveYearFactors(o, byOrg.get(o.id) ?? [], (id) => byInv.get(id) ?? [], newId);
    for (const e of moved.changedEntries) changed.set(e.id, e);
    for (const i of moved.inventories) movedInvs.set(i.id, i);
    return moved.organization;
  });
  return {
    organizations: orgs,
    inventories: inventories.map((i) => movedInvs.get(i.id) ?? i),
    entries: entries.map((e) => changed.get(e.id) ?? e),
  };
}

function parent(c: Checker, ids: { has(id: string): boolean }, id: string, at: string, table: string): void {
  if (id !== '' && !ids.has(id)) c.error(at, 'unknown-parent', { id, table });
}

function readOrganization(c: Checker, o: JsonObject, at: string): OrganizationRow {
  const row = readRecord(c, OrganizationRowSchema, o, at, 'draft', { skip: ['customFactors'] });
  return o.customFactors === undefined ? row : { ...row, customFactors: readFactors(c, o, at) };
}

function readSite(c: Checker, o: JsonObject, at: string): SiteRow {
  return readRecord(c, SiteRowSchema, o, at, 'draft');
}

function readInventory(c: Checker, o: JsonObject, at: string): InventoryRow {
  const row = readRecord(c, InventoryRowSchema, o, at, 'draft', { skip: ['customFactors'] });
  // A row written before schema version 3 keeps the year's own factors; readTables moves them to the partner.
  return o.customFactors === undefined ? row : { ...row, customFactors: readFactors(c, o, at) };
}

/** A partner's or (before schema version 3) a year's own factors. */
function readFactors(c: Checker, o: JsonObject, at: string): CustomFactor[] {
  const customFactors: CustomFactor[] = [];
  const cfs = c.array(o, 'customFactors', at, true) ?? [];
  for (let i = 0; i < cfs.length; i++) {
    const cp = `${at}/customFactors/${i}`;
    const cf = c.object(cfs[i], cp);
    if (!cf) continue;
    // The value's numbers and the rules between them are the factor-set reader's.
    const factor = readRecord(c, CustomFactorSchema, cf, cp, 'draft', { skip: ['value'] });
    factor.value = readValue(c, c.object(cf.value, `${cp}/value`) ?? {}, `${cp}/value`);
    customFactors.push(factor);
  }
  return customFactors;
}

function readEntry(c: Checker, e: JsonObject, at: string): EntryRow {
  // A stored row may be unfinished (no activity, an instrument without its note yet): read as a draft.
  return readRecord(c, EntryRowSchema, e, at, 'draft');
}

function readFactorSetRow(c: Checker, o: JsonObject, at: string): FactorSetRow | undefined {
  c.known(o, ['key', 'id', 'release', 'loadedAt', 'data'], at);
  const key = c.string(o, 'key', at, { required: true, max: 100 });
  const id = c.string(o, 'id', at, { required: true, max: 40 });
  const release = c.string(o, 'release', at, { required: true, max: 40 });
  const loadedAt = c.string(o, 'loadedAt', at, TIME);
  const data = cleanJson(o.data);
  if (data === undefined) {
    c.error(`${at}/data`, 'type', { expected: 'object', got: typeof o.data });
    return undefined;
  }
  const { set, issues } = readFactorSet(data);
  for (const x of issues) c.issues.push({ ...x, path: `${at}/data${x.path}` } as Issue);
  if (!set || key === undefined || id === undefined || release === undefined || loadedAt === undefined)
    return undefined;
  if (set.id !== id || set.release !== release || factorSetKey(set) !== key) {
    c.error(`${at}/key`, 'enum', { value: key, allowed: factorSetKey(set) });
    return undefined;
  }
  return { key, id, release, loadedAt, data };
}
