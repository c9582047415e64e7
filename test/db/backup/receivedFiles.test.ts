/**
 * The coordinator's received partner files in the full backup (issue 13): both tables travel (the inputs' gzip
 * bytes as base64 text), come back byte-identical, are added all or nothing and undone with the import; a
 * backup written before the tables existed still restores; a damaged received row refuses the whole file with
 * a message at its place, and nothing is written.
 */

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { applyImport, undoImport } from '../../../src/db/backup/applyImport';
import { exportBackup, verifyBackup } from '../../../src/db/backup/exportBackup';
import { readImportText } from '../../../src/db/backup/readImport';
import type { ImportSource } from '../../../src/db/backup/types';
import { addReceived } from '../../../src/db/received';
import type { ReceivedFileRow } from '../../../src/db/rows';
import type { PaastoDb } from '../../../src/db/schema';
import { loadBuiltinSet } from '../../../src/factors/builtinSets';
import { formatIssue } from '../../../src/i18n/issueMessages';
import { canonicalJson, sha256Hex } from '../../../src/io/canonical';
import { ingestBlob, type Outcome } from '../../../src/io/network/ingestFile';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { fileBytes, goodFile } from '../../generators/partnerFiles';
import { freshDb } from '../helpers';
import { dump, fillSample } from './data';

const META = { appVersion: '0.1.0', createdAt: '2026-12-06T10:00:00.000Z' };

/** Generated partner files as the coordinator's page stores them. */
async function received(n: number, seed = 7) {
  const out: Extract<Outcome, { kind: 'added' }>[] = [];
  const ctx = {
    loadSet: (r: { id: string; release: string }) => loadBuiltinSet(r).catch(() => undefined),
    receivedAt: '2026-04-01T10:00:00.000Z',
    seen: new Set<string>(),
  };
  for (let i = 0; i < n; i++) {
    const f = await goodFile(seed, i);
    for await (const o of ingestBlob(f.name, new Blob([fileBytes(f) as Uint8Array<ArrayBuffer>]), ctx))
      if (o.kind === 'added') out.push(o);
  }
  return out.map((o) => ({ summary: o.summary, gzip: o.gzip }));
}

async function coordinatorDevice() {
  const { db } = freshDb('coordinator');
  await fillSample(db);
  const files = await received(3);
  await addReceived(db, files);
  return { db, files };
}

async function read(text: string): Promise<ImportSource> {
  const r = await readImportText(text);
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  return r.source;
}

async function restore(db: PaastoDb, source: ImportSource) {
  const plan = await planImport(db, source, { lang: 'fi' });
  const r = await applyImport(db, plan, defaultChoices(plan));
  if (!r.ok) throw new Error('import refused');
  return { plan, result: r };
}

/** The file as an app would write it: counts and checksum made for the data as given. */
async function rewritten(file: Record<string, unknown> & { data: Record<string, unknown> }): Promise<string> {
  const counts = Object.fromEntries(Object.entries(file.data).map(([t, rows]) => [t, (rows as []).length]));
  return JSON.stringify({ ...file, counts, checksum: await sha256Hex(canonicalJson(file.data)) });
}

describe('received files in a full backup', () => {
  it('come back byte-identical, summaries and inputs, and leave with the undo', async () => {
    const { db, files } = await coordinatorDevice();
    const backup = await exportBackup(db, META);
    const parsed = JSON.parse(backup.text);
    expect(parsed.counts.received).toBe(3);
    expect(parsed.counts.receivedInputs).toBe(3);
    // Base64 text in the file, which decodes to the very gzip bytes stored.
    const first = files[0];
    if (!first) throw new Error('no file');
    const text = parsed.data.receivedInputs.find((r: { id: string }) => r.id === first.summary.id).gzip;
    expect(typeof text).toBe('string');
    expect(new Uint8Array(Buffer.from(text, 'base64'))).toEqual(first.gzip);
    const { db: other } = freshDb('new-device');
    const { plan, result } = await restore(other, await read(backup.text));
    expect(plan.received).toEqual({ incoming: 3, fresh: 3 });
    expect(result.counts.receivedAdded).toBe(3);
    expect(await dump(other)).toEqual({ ...(await dump(db)), imports: await other.imports.toArray() });
    for (const f of files) {
      expect(await other.received.get(f.summary.id)).toEqual(f.summary);
      const gzip = (await other.receivedInputs.get(f.summary.id))?.gzip;
      expect(gzip).toEqual(f.gzip);
      // Still the partner's file: it unpacks.
      expect(gunzipSync(gzip as Uint8Array).length).toBeGreaterThan(0);
    }

    expect(await undoImport(other, result.importId)).toBe(true);
    expect(await other.received.count()).toBe(0);
    expect(await other.receivedInputs.count()).toBe(0);
    // Counted in the check that the file read back is the backup of now.
    expect(await verifyBackup(backup.text, db, backup.file)).toMatchObject({
      ok: true,
      counts: { received: 3, receivedInputs: 3 },
    });
  });

  it('carry inputs of any size the page keeps (here 300 kB that do not compress)', async () => {
    const { db } = freshDb('large');
    const [one] = await received(1, 9);
    if (!one) throw new Error('no file');
    const gzip = new Uint8Array(gzipSync(randomBytes(300_000)));
    await addReceived(db, [{ summary: one.summary, gzip }]);
    const backup = await exportBackup(db, META);
    const { db: other } = freshDb('large-restored');
    await restore(other, await read(backup.text));
    expect((await other.receivedInputs.get(one.summary.id))?.gzip).toEqual(gzip);
  });

  it('adds only the files the device lacks, and undo keeps the ones it had', async () => {
    const { db, files } = await coordinatorDevice();
    const backup = await exportBackup(db, META);
    const { db: other } = freshDb('half');
    const kept = files[0];
    if (!kept) throw new Error('no file');
    await addReceived(other, [kept]);
    const { plan, result } = await restore(other, await read(backup.text));
    expect(plan.received).toEqual({ incoming: 3, fresh: 2 });
    expect(result.counts.receivedAdded).toBe(2);
    expect((await other.received.toArray()).map((r) => r.sha256).sort()).toEqual(
      files.map((f) => f.summary.sha256).sort(),
    );
    expect(await undoImport(other, result.importId)).toBe(true);
    expect(await other.received.toArray()).toEqual([kept.summary]);
    expect((await other.receivedInputs.toArray()).map((r) => r.gzip)).toEqual([kept.gzip]);
  });

  it('gives a file a new id when the device uses its id for another file', async () => {
    const { db, files } = await coordinatorDevice();
    const backup = await exportBackup(db, META);
    const [a, b] = files;
    if (!a || !b) throw new Error('no files');
    const { db: other } = freshDb('taken-id');
    // Another file stored under a's id.
    await addReceived(other, [{ summary: { ...b.summary, id: a.summary.id }, gzip: b.gzip }]);
    await restore(other, await read(backup.text));
    const rows = await other.received.toArray();
    expect(rows).toHaveLength(3);
    const moved = rows.find((r) => r.sha256 === a.summary.sha256);
    expect(moved?.id).not.toBe(a.summary.id);
    expect((await other.receivedInputs.get(moved?.id as string))?.gzip).toEqual(a.gzip);
    expect((await other.receivedInputs.get(a.summary.id))?.gzip).toEqual(b.gzip);
  });

  it('restores a backup written before the tables existed', async () => {
    const { db } = freshDb('old');
    await fillSample(db);
    const file = JSON.parse((await exportBackup(db, META)).text);
    delete file.data.received;
    delete file.data.receivedInputs;
    file.schemaVersion = 3;
    const text = await rewritten(file);
    expect(Object.keys(JSON.parse(text).counts)).not.toContain('received');
    const source = await read(text);
    expect(source.data.received).toEqual([]);
    const { db: other } = freshDb('old-restored');
    await addReceived(other, await received(1));
    const before = await other.received.toArray();
    const { plan } = await restore(other, source);
    expect(plan.received).toEqual({ incoming: 0, fresh: 0 });
    expect(await other.organizations.count()).toBe(2);
    expect(await other.entries.count()).toBe(5);
    expect(await other.received.toArray()).toEqual(before);
  });

  describe('a damaged received row refuses the whole file, and nothing is written', () => {
    /** The file's rows as parsed: damage writes what a row must not hold. */
    type Data = { received: ReceivedFileRow[]; receivedInputs: { id: string; gzip: string }[] };
    const loose = (o: object) => o as Record<string, unknown>;
    const damaged: [string, (data: Data) => void, string, RegExp][] = [
      [
        'a figure that is not a number',
        (d) => {
          loose(d.received[0]?.years[0] ?? {}).scope1 = '12 t';
        },
        '/data/received/0/years/0/scope1',
        /number/,
      ],
      [
        'a target of an unknown preset',
        (d) => {
          const target = d.received[0]?.targets[0];
          if (!target) throw new Error('no generated file has a target');
          loose(target).preset = 'made-up';
        },
        '/data/received/0/targets/0/preset',
        /made-up/,
      ],
      [
        'a hash that is not SHA-256',
        (d) => {
          loose(d.received[0] ?? {}).sha256 = 'abc';
        },
        '/data/received/0/sha256',
        /abc/,
      ],
      [
        'the same file twice',
        (d) => {
          loose(d.received[1] ?? {}).sha256 = d.received[0]?.sha256;
        },
        '/data/received/1/sha256',
        /more than once/,
      ],
      [
        'inputs that are not gzip',
        (d) => {
          loose(d.receivedInputs[0] ?? {}).gzip = Buffer.from('{"not":"gzip"}').toString('base64');
        },
        '/data/receivedInputs/0/gzip',
        /damaged/,
      ],
      [
        'inputs that are not base64',
        (d) => {
          loose(d.receivedInputs[0] ?? {}).gzip = 'H4sI***';
        },
        '/data/receivedInputs/0/gzip',
        /damaged/,
      ],
      [
        'inputs of no received file',
        (d) => {
          loose(d.receivedInputs[0] ?? {}).id = 'nobody';
        },
        '/data/receivedInputs/0/id',
        /nobody/,
      ],
    ];
    it.each(damaged)('%s', async (_, damage, path, words) => {
      const { db } = await coordinatorDevice();
      const file = JSON.parse((await exportBackup(db, META)).text);
      // Some generated files have no targets; the preset case needs one to copy.
      (file.data as Data).received.sort((x, y) => y.targets.length - x.targets.length);
      damage(file.data);
      // The checksum is made for the damaged data: the row itself must be what refuses it.
      const r = await readImportText(await rewritten(file));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const issue = r.issues.find((i) => i.severity === 'error');
      expect(issue?.path).toBe(path);
      expect(formatIssue(issue as NonNullable<typeof issue>, 'en')).toMatch(words);
      expect(formatIssue(issue as NonNullable<typeof issue>, 'fi')).not.toBe('');
    });

    it('the one the reader refuses is not written, not even in part', async () => {
      const { db } = await coordinatorDevice();
      const file = JSON.parse((await exportBackup(db, META)).text);
      file.data.received[2].years[0].total.market = null;
      const { db: other } = freshDb('untouched');
      await fillSample(other);
      const before = await dump(other);
      const r = await readImportText(await rewritten(file));
      expect(r.ok).toBe(false);
      expect(await dump(other)).toEqual(before);
    });
  });
});

describe('the stored summary of schema version 4 (fixture)', () => {
  it('reads back from a backup exactly as stored', async () => {
    const fx = JSON.parse(readFileSync('test/fixtures/db-v4.json', 'utf8')) as {
      tables: { received: ReceivedFileRow[] };
    };
    const { db } = freshDb('fixture');
    await db.received.bulkAdd(fx.tables.received);
    const source = await read((await exportBackup(db, META)).text);
    expect(source.data.received).toEqual(fx.tables.received);
    expect(source.warnings).toEqual([]);
  });
});
