/**
 * The backup file: written in one read, read back with its checksum and counts, restored into an empty
 * database with every id and row as it was; older kinds of files (one exchange file, the legacy array) read;
 * newer versions, damaged files and files too large refused with a message in both languages.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../src/db/backup/applyImport';
import { exportBackup, getLastBackupAt, verifyBackup } from '../../../src/db/backup/exportBackup';
import { exportPartner } from '../../../src/db/backup/exportPartner';
import { readImportFile, readImportJson, readImportText } from '../../../src/db/backup/readImport';
import {
  BACKUP_VERSION,
  type ImportSource,
  LAST_BACKUP_KEY,
  MAX_IMPORT_BYTES,
} from '../../../src/db/backup/types';
import type { PaastoDb } from '../../../src/db/schema';
import { formatIssue } from '../../../src/i18n/issueMessages';
import { canonicalJson } from '../../../src/io/canonical';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { freshDb } from '../helpers';
import { exportAllPartners } from '../legacyExport';
import { dump, entry, fillSample } from './data';

const META = { appVersion: '0.1.0', createdAt: '2026-11-28T12:00:00.000Z' };

async function sample(): Promise<PaastoDb> {
  const { db } = freshDb();
  await fillSample(db);
  return db;
}

async function read(text: string): Promise<ImportSource> {
  const r = await readImportText(text);
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  return r.source;
}

async function importAll(db: PaastoDb, source: ImportSource) {
  const plan = await planImport(db, source, { lang: 'fi' });
  const r = await applyImport(db, plan, defaultChoices(plan));
  if (!r.ok) throw new Error('changed');
  return r;
}

/** The tables a backup holds (the undo record of the import itself and device settings left out). */
async function backedUp(db: PaastoDb) {
  const { imports: _i, trash: _t, ...rest } = await dump(db);
  rest.settings = (rest.settings ?? []).filter((s) => (s as { key: string }).key !== LAST_BACKUP_KEY);
  return rest;
}

function codes(r: { ok: boolean; issues?: { code: string; severity: string }[] }): string[] {
  return (r.issues ?? []).filter((i) => i.severity === 'error').map((i) => i.code);
}

describe('canonical serialization', () => {
  it('sorts keys at every depth, drops undefined members, writes JSON values', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: -0, c: undefined, e: 'ä"' }], n: Number.NaN })).toBe(
      '{"a":[1,{"d":0,"e":"ä\\""}],"b":1,"n":null}',
    );
    expect(JSON.parse(canonicalJson({ z: { y: [null, true] } }))).toEqual({ z: { y: [null, true] } });
  });
});

describe('export and verify a backup', () => {
  it('holds every row as stored, unfinished entries with their typed text, with counts and a SHA-256', async () => {
    const db = await sample();
    const { text, file, fileName } = await exportBackup(db, META);
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe('paastolaskuri-backup');
    expect(parsed.version).toBe(BACKUP_VERSION);
    expect(parsed.schemaVersion).toBe(db.verno);
    expect(parsed.counts).toEqual({
      organizations: 2,
      sites: 2,
      inventories: 3,
      entries: 5,
      factorSets: 0,
      settings: 2,
      received: 0,
      receivedInputs: 0,
    });
    expect(parsed.data.entries).toContainEqual(
      expect.objectContaining({ id: 'e3', quantity: null, quantityText: '12,,5' }),
    );
    const sha = createHash('sha256').update(canonicalJson(parsed.data), 'utf8').digest('hex');
    expect(parsed.checksum).toBe(sha);
    expect(file.data.organizations.map((o) => o.id).sort()).toEqual(['org-a', 'org-b']);
    expect(fileName).toMatch(/^paastolaskuri-varmuuskopio-2026-11-28\.json$/);
  });

  it('verifies the written text against the database and records the time; a changed database fails', async () => {
    const db = await sample();
    expect(await getLastBackupAt(db)).toBeUndefined();
    const { text } = await exportBackup(db, META);
    const ok = await verifyBackup(text, db);
    expect(ok.ok).toBe(true);
    const at = await getLastBackupAt(db);
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The time of the last backup is this device's: not in the next backup's data or counts.
    const again = JSON.parse((await exportBackup(db, META)).text);
    expect(again.data.settings.map((s: { key: string }) => s.key)).not.toContain(LAST_BACKUP_KEY);
    await db.entries.add(entry('e9', 'inv-b24', 2));
    const bad = await verifyBackup(text, db);
    expect(bad.ok).toBe(false);
    expect(codes(bad as { ok: boolean; issues: never[] })).toContain('count-mismatch');
    expect(await getLastBackupAt(db)).toBe(at);
  });

  it('restored into an empty database, every table is deep-equal with the same ids', async () => {
    const db = await sample();
    const { text } = await exportBackup(db, META);
    const { db: empty } = freshDb('restore');
    const r = await importAll(empty, await read(text));
    expect(r.counts.entriesWritten).toBe(5);
    expect(await backedUp(empty)).toEqual(await backedUp(db));
  });

  it('a changed byte is caught by the checksum', async () => {
    const db = await sample();
    const parsed = JSON.parse((await exportBackup(db, META)).text);
    parsed.data.entries[0].quantityText = '1001 ';
    const r = await readImportJson(parsed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r)).toEqual(['checksum']);
    expect(formatIssue(r.issues[0] as never, 'fi')).toMatch(/tarkistussumma/);
    expect(formatIssue(r.issues[0] as never, 'en')).toMatch(/checksum/);
  });

  it('a newer version is refused with a message to update the app', async () => {
    const db = await sample();
    const parsed = JSON.parse((await exportBackup(db, META)).text);
    parsed.version = BACKUP_VERSION + 1;
    const r = await readImportJson(parsed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codes(r)).toEqual(['newer-version']);
    expect(formatIssue(r.issues[0] as never, 'fi')).toMatch(/Päivitä sovellus/);
    expect(formatIssue(r.issues[0] as never, 'en')).toMatch(/Update the app/);
  });

  it('text that is not JSON, or a file over the size limit, is an issue and not an exception', async () => {
    const r = await readImportText('{"format": "paastolaskuri-backup", ');
    expect(r.ok ? [] : codes(r)).toEqual(['json-syntax']);
    let read = false;
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    } as unknown as Blob;
    const big = await readImportFile(huge);
    expect(big.ok ? [] : codes(big)).toEqual(['file-too-large']);
    expect(read).toBe(false);
    const small = await readImportFile(new Blob([(await exportBackup(await sample(), META)).text]));
    expect(small.ok).toBe(true);
  });
});

describe('exchange files', () => {
  it('the legacy array of exchange files is read as partners and imported', async () => {
    const db = await sample();
    const files = await exportAllPartners(db, { appVersion: '0.1.0', exportedAt: META.createdAt });
    const r = await readImportJson(JSON.parse(JSON.stringify(files)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.source.kind).toBe('exchange-list');
    const { db: other } = freshDb('other');
    await importAll(other, r.source);
    const orgs = await other.organizations.toArray();
    expect(orgs.map((o) => o.name).sort()).toEqual(['Kivi Oy', 'Puu ja Pelti Ky']);
    // Finished entries only: the exchange format has no unfinished ones.
    expect(await other.entries.count()).toBe(3);
  });

  it("one partner's file carries results, says how many unfinished entries it left out, and imports", async () => {
    const db = await sample();
    const out = await exportPartner(db, 'org-a', undefined, { appVersion: '0.1.0' });
    expect(out.unfinishedLeftOut).toBe(2);
    expect(out.file.inventories.map((i) => i.year)).toEqual([2023, 2024]);
    expect(out.file.inventories.every((i) => i.results !== undefined)).toBe(true);
    const only = await exportPartner(db, 'org-a', [2024], { appVersion: '0.1.0' });
    expect(only.file.inventories.map((i) => i.year)).toEqual([2024]);
    expect(only.unfinishedLeftOut).toBe(1);

    const { db: other } = freshDb('other');
    await importAll(other, await read(out.text));
    const [o] = await other.organizations.toArray();
    expect(o?.name).toBe('Kivi Oy');
    const back = await exportPartner(other, o?.id as string, undefined, { appVersion: '0.1.0' });
    expect(back.file.inventories.map((i) => i.results?.total)).toEqual(
      out.file.inventories.map((i) => i.results?.total),
    );
  });

  it("keeps a site's address and municipality through a partner file", async () => {
    const db = await sample();
    await db.sites.update('site-a2', { address: 'Teollisuuskatu 1', municipality: 'Kontiolahti' });
    const out = await exportPartner(db, 'org-a', undefined, { appVersion: '0.1.0' });
    expect(out.file.organization.sites.find((s) => s.name === 'Halli')).toMatchObject({
      address: 'Teollisuuskatu 1',
      municipality: 'Kontiolahti',
    });
    const { db: other } = freshDb('other');
    await importAll(other, await read(out.text));
    const halli = (await other.sites.toArray()).find((s) => s.name === 'Halli');
    expect(halli).toMatchObject({ address: 'Teollisuuskatu 1', municipality: 'Kontiolahti' });
  });
});
