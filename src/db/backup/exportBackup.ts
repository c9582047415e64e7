/**
 * The whole database as a backup file, read in one transaction, and the check that a written file reads back
 * whole: "Backup complete" is said only after verifyBackup passes, and only then is the time recorded.
 */

import { toBase64 } from '../../io/base64';
import { canonicalJson, sha256Hex } from '../../io/canonical';
import { now } from '../ids';
import type { PaastoDb } from '../schema';
import { write } from '../storageErrors';
import { readImportText } from './readImport';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupData,
  type BackupHeader,
  DEVICE_SETTINGS,
  LAST_BACKUP_KEY,
  type TableCounts,
  type VerifyResult,
  type WrittenBackup,
} from './types';

/** Every backed-up table, read in one transaction so the file is one consistent moment of the database. */
export function readAllRows(db: PaastoDb): Promise<BackupData> {
  return db.transaction('r', backedUp(db), async () => {
    const [organizations, sites, inventories, entries, factorSets, settings, received, receivedInputs] =
      await Promise.all([
        db.organizations.toArray(),
        db.sites.toArray(),
        db.inventories.toArray(),
        db.entries.toArray(),
        db.factorSets.toArray(),
        db.settings.toArray(),
        db.received.toArray(),
        db.receivedInputs.toArray(),
      ]);
    return {
      organizations,
      sites,
      inventories,
      entries,
      factorSets,
      settings: settings.filter((s) => !DEVICE_SETTINGS.includes(s.key)),
      received,
      receivedInputs,
    };
  });
}

function backedUp(db: PaastoDb) {
  return [
    db.organizations,
    db.sites,
    db.inventories,
    db.entries,
    db.factorSets,
    db.settings,
    db.received,
    db.receivedInputs,
  ];
}

/** The data as the file holds it: the received files' gzip bytes as base64 text (JSON holds no bytes). */
function fileData(data: BackupData): Omit<BackupData, 'receivedInputs'> & {
  receivedInputs: { id: string; gzip: string }[];
} {
  return { ...data, receivedInputs: data.receivedInputs.map((r) => ({ id: r.id, gzip: toBase64(r.gzip) })) };
}

export function countRows(data: BackupData): TableCounts {
  const counts = {} as TableCounts;
  for (const t of BACKUP_TABLES) counts[t] = data[t].length;
  return counts;
}

export async function exportBackup(
  db: PaastoDb,
  meta: { appVersion: string; createdAt?: string },
): Promise<WrittenBackup> {
  // Taken before the rows are read: a change made while they are read is newer than the backup, never older.
  const createdAt = meta.createdAt ?? now();
  const data = await readAllRows(db);
  const dataText = canonicalJson(fileData(data));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    app: { name: 'Päästölaskuri', version: meta.appVersion },
    createdAt,
    schemaVersion: db.verno,
    counts: countRows(data),
    checksum: await sha256Hex(dataText),
  };
  // The canonical text is valid JSON: it is the file's data part as is, serialized once.
  const text = `${JSON.stringify(header).slice(0, -1)},"data":${dataText}}`;
  return {
    file: { ...header, data },
    text,
    fileName: `paastolaskuri-varmuuskopio-${createdAt.slice(0, 10)}.json`,
  };
}

/** How many rows each backed-up table has now (device settings not counted: they are not backed up). */
export function countDatabase(db: PaastoDb): Promise<TableCounts> {
  return db.transaction('r', backedUp(db), async () => {
    const [organizations, sites, inventories, entries, factorSets, settings, received, receivedInputs] =
      await Promise.all([
        db.organizations.count(),
        db.sites.count(),
        db.inventories.count(),
        db.entries.count(),
        db.factorSets.count(),
        db.settings.filter((s) => !DEVICE_SETTINGS.includes(s.key)).count(),
        db.received.count(),
        db.receivedInputs.count(),
      ]);
    return { organizations, sites, inventories, entries, factorSets, settings, received, receivedInputs };
  });
}

/**
 * Parses and validates the text, checks its checksum (and, given the backup that was written, that the text is
 * that backup) and that its counts equal the database's now; on success records the backup's time in the
 * setting LAST_BACKUP_KEY.
 */
export async function verifyBackup(
  text: string,
  db: PaastoDb,
  written?: Pick<BackupHeader, 'checksum'>,
): Promise<VerifyResult> {
  const read = await readImportText(text);
  if (!read.ok) return read;
  const { header } = read.source;
  if (read.source.kind !== 'backup' || !header)
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          path: '/format',
          code: 'format',
          params: { expected: BACKUP_FORMAT, got: read.source.kind },
        },
      ],
    };
  // A valid file that is not the one just written (a stale file read back from the disk) is no backup of now.
  if (written && header.checksum !== written.checksum)
    return { ok: false, issues: [{ severity: 'error', path: '/checksum', code: 'checksum', params: {} }] };
  const current = await countDatabase(db);
  const issues = BACKUP_TABLES.filter((t) => current[t] !== header.counts[t]).map((t) => ({
    severity: 'error' as const,
    path: `/counts/${t}`,
    code: 'count-mismatch' as const,
    params: { table: t, expected: current[t], got: header.counts[t] },
  }));
  if (issues.length > 0) return { ok: false, issues };
  // The backup's own time, when its rows were read, not the time of this check: a change made while the file
  // was being saved is not in it and must still count as changed since the last backup.
  await write(db, () => db.settings.put({ key: LAST_BACKUP_KEY, value: header.createdAt }));
  return { ok: true, counts: current };
}

/** ISO time of the last verified backup on this device, if any. */
export async function getLastBackupAt(db: PaastoDb): Promise<string | undefined> {
  const row = await db.settings.get(LAST_BACKUP_KEY);
  return typeof row?.value === 'string' ? row.value : undefined;
}
