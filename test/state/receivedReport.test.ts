/**
 * A received partner file's report on the coordinator's device: made from the stored, gzip-compressed inputs
 * of the file that counts for the year (the newest export), with the results the core computes for the same
 * file, and nothing when no stored file holds the year.
 */
import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import example from '../../docs/examples/manufacturer.json';
import type { ReceivedFileRow } from '../../src/db/rows';
import type { PaastoDb } from '../../src/db/schema';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateExchange } from '../../src/io/evaluate';
import { fileOfYear, receivedReport } from '../../src/state/receivedReport';
import { freshDb } from '../db/helpers';

const META = { appVersion: '0.1.0', createdAt: '2026-03-02T09:30:00.000Z' };
const YEAR = example.inventories[0]?.year as number;

/** The example as a partner's file of `year`, with its first entry's quantity multiplied by `scale`. */
function fileOf(scale: number) {
  const inv = example.inventories[0];
  if (!inv) throw new Error('example has no year');
  const [first, ...rest] = inv.entries;
  if (!first) throw new Error('example has no entry');
  return {
    ...example,
    inventories: [{ ...inv, entries: [{ ...first, quantity: first.quantity * scale }, ...rest] }],
  };
}

async function store(
  db: PaastoDb,
  id: string,
  file: unknown,
  at: { exportedAt?: string; receivedAt: string },
) {
  const row: ReceivedFileRow = {
    id,
    fileName: `${id}.json`,
    receivedAt: at.receivedAt,
    ...(at.exportedAt ? { exportedAt: at.exportedAt } : {}),
    partnerKey: '1234567-1',
    partner: { name: example.organization.name, businessId: '1234567-1' },
    years: [
      {
        year: YEAR,
        scope1: 0,
        scope2: { location: 0, market: 0 },
        scope3: 0,
        total: { location: 0, market: 0 },
        biogenicCO2: 0,
        byCategory: {},
        metrics: {},
        completeness: { entries: 0, notRelevant: 0, todo: 0 },
        factorSet: { id: 'fi', release: '2025.1' },
        entries: 0,
      },
    ],
    targets: [],
    actions: [],
    bytes: 1,
    sha256: id,
  };
  await db.received.put(row);
  await db.receivedInputs.put({ id, gzip: new Uint8Array(gzipSync(JSON.stringify(file))) });
}

describe('receivedReport', () => {
  it("reports the newest export of the partner's year with the core's results for that file", async () => {
    const { db } = freshDb('received-report');
    const newer = fileOf(3);
    await store(db, 'old', fileOf(1), {
      exportedAt: '2026-01-10T10:00:00Z',
      receivedAt: '2026-02-02T08:00:00Z',
    });
    await store(db, 'new', newer, { exportedAt: '2026-02-01T10:00:00Z', receivedAt: '2026-02-01T12:00:00Z' });
    const got = await receivedReport('1234567-1', YEAR, META, db);
    if (!got.found || !got.report.ok) throw new Error(JSON.stringify(got));
    expect(got.file.id).toBe('new');
    const core = await evaluateExchange(newer, loadBuiltinSet);
    if (!core.ok) throw new Error('example does not evaluate');
    expect(got.report.data.result.total).toEqual(core.results[0]?.total);
    expect(got.report.data.result.scope2).toEqual(core.results[0]?.scope2);
    expect(got.report.data.organization.name).toBe(example.organization.name);
  });

  it('takes the file received later when two were exported at the same time', async () => {
    const { db } = freshDb('received-tie');
    await store(db, 'first', fileOf(1), { receivedAt: '2026-02-01T08:00:00Z' });
    await store(db, 'second', fileOf(2), { receivedAt: '2026-02-03T08:00:00Z' });
    const got = await receivedReport('1234567-1', YEAR, META, db);
    expect(got.found && got.file.id).toBe('second');
    expect(fileOfYear(await db.received.toArray(), YEAR + 1)).toBeUndefined();
  });

  it('finds nothing for a year no file holds, or when the inputs were removed', async () => {
    const { db } = freshDb('received-none');
    await store(db, 'only', fileOf(1), { receivedAt: '2026-02-01T08:00:00Z' });
    expect(await receivedReport('1234567-1', YEAR + 1, META, db)).toEqual({ found: false });
    expect(await receivedReport('someone-else', YEAR, META, db)).toEqual({ found: false });
    await db.receivedInputs.delete('only');
    expect(await receivedReport('1234567-1', YEAR, META, db)).toEqual({ found: false });
  });
});
