import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { receivedYears } from '../../src/core/receivedYears';
import {
  addReceived,
  listReceived,
  receivedHashes,
  removeReceived,
  restoreReceived,
} from '../../src/db/received';
import type { ReceivedFileRow } from '../../src/db/rows';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { ingestBlob, type Outcome } from '../../src/io/network/ingestFile';
import { fileBytes, goodFile } from '../generators/partnerFiles';
import { freshDb } from './helpers';

async function items(n: number) {
  const out: Extract<Outcome, { kind: 'added' }>[] = [];
  const ctx = {
    loadSet: (r: { id: string; release: string }) => loadBuiltinSet(r).catch(() => undefined),
    receivedAt: '2026-04-01T10:00:00.000Z',
    seen: new Set<string>(),
  };
  for (let i = 0; i < n; i++) {
    const f = await goodFile(51, i);
    for await (const o of ingestBlob(f.name, new Blob([fileBytes(f) as Uint8Array<ArrayBuffer>]), ctx))
      if (o.kind === 'added') out.push(o);
  }
  return out.map((o) => ({ summary: o.summary, gzip: o.gzip }));
}

describe('received files in storage', () => {
  it('stores each file once with its inputs, removes them together and puts them back on undo', async () => {
    const { db } = freshDb();
    const three = await items(3);
    expect(await addReceived(db, three)).toEqual({ already: [] });
    // The same file again (by SHA-256) is left as stored.
    expect(await addReceived(db, [three[0] as (typeof three)[0]])).toEqual({
      already: [three[0]?.summary.id],
    });
    expect((await listReceived(db)).map((r) => r.id).sort()).toEqual(three.map((t) => t.summary.id).sort());
    expect((await receivedHashes(db)).sort()).toEqual(three.map((t) => t.summary.sha256).sort());
    const removed = await removeReceived(db, [three[1]?.summary.id as string]);
    expect(removed.rows.map((r) => r.id)).toEqual([three[1]?.summary.id]);
    expect(removed.inputs.map((r) => r.id)).toEqual([three[1]?.summary.id]);
    expect(await db.received.count()).toBe(2);
    expect(await db.receivedInputs.count()).toBe(2);
    await restoreReceived(db, removed);
    expect(await db.received.get(three[1]?.summary.id as string)).toEqual(three[1]?.summary);
    expect((await db.receivedInputs.get(three[1]?.summary.id as string))?.gzip).toEqual(three[1]?.gzip);
  });
});

describe('received files of schema version 4 (fixture)', () => {
  it('lists the stored summary, and counts its year for its partner', async () => {
    const fx = JSON.parse(readFileSync('test/fixtures/db-v4.json', 'utf8')) as {
      tables: { received: ReceivedFileRow[] };
    };
    const { db } = freshDb();
    await db.received.bulkAdd(fx.tables.received);
    const rows = await listReceived(db);
    expect(rows).toEqual(fx.tables.received);
    const years = receivedYears(rows);
    const row = fx.tables.received[0] as ReceivedFileRow;
    expect(years.partners.get(row.partnerKey)?.get(2024)?.year.total).toEqual(row.years[0]?.total);
    expect(await receivedHashes(db)).toEqual([row.sha256]);
  });
});
