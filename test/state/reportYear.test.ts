/**
 * The report data of a stored year: from the rows the editor writes to the report the results page, the PDF
 * and the city file show. It must equal the core's evaluation of the same data as an exchange file; an
 * earlier year that cannot be calculated is left out and named; a year that cannot be calculated gives its
 * problems, with paths within the year, instead of numbers; unfinished entries are counted, not included.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import example from '../../docs/examples/manufacturer.json';
import type { InventoryResult } from '../../src/core/results';
import { insertExchangeAsNewPartner } from '../../src/db/exchangeImport';
import { addFactorSetFile } from '../../src/db/factorSets';
import type { EntryRow, InventoryRow } from '../../src/db/rows';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateExchange } from '../../src/io/evaluate';
import { readExchange } from '../../src/io/exchange';
import { type PartnerRows, readPartnerRows, reportOfYear } from '../../src/state/reportYear';
import { freshDb } from '../db/helpers';

const META = { appVersion: '0.1.0', createdAt: '2026-03-02T09:30:00.000Z' };
let core: InventoryResult;

beforeAll(async () => {
  const ev = await evaluateExchange(example, loadBuiltinSet);
  if (!ev.ok) throw new Error('example does not evaluate');
  core = ev.results[0] as InventoryResult;
});

/**
 * The example stored as the app stores an imported file, its year repeated as `years`, read back as the
 * results page reads it; `edit` then changes the rows as the editor would have stored them.
 */
async function rows(
  years: number[],
  edit: (inv: InventoryRow, entries: EntryRow[]) => void = () => {},
): Promise<PartnerRows> {
  const inv = example.inventories[0];
  if (!inv) throw new Error('example has no year');
  const inventories = years.map((year) => ({
    ...inv,
    year,
    entries: inv.entries.map((e) =>
      e.period ? { ...e, period: e.period.replace(/^\d{4}/, String(year)) } : e,
    ),
  }));
  const { file } = readExchange({ ...example, inventories });
  if (!file) throw new Error('example unreadable');
  const { db } = freshDb();
  const org = await insertExchangeAsNewPartner(db, file);
  const read = await readPartnerRows(org.id, db);
  if (!read) throw new Error('partner not stored');
  const entries = new Map(read.entries);
  for (const y of read.years) {
    const list = [...(entries.get(y.id) ?? [])];
    edit(y, list);
    entries.set(y.id, list);
  }
  return { ...read, entries };
}

describe('the report of a stored year', () => {
  it("has the core's results for the same data, the earlier years as history, and the fingerprint", async () => {
    const r = await reportOfYear(await rows([2023, 2024]), 2024, META);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.result.total).toEqual(core.total);
    expect(r.data.result.scope2).toEqual(core.scope2);
    expect(r.data.result.sources.map((s) => s.key)).toEqual(core.sources.map((s) => s.key));
    expect(r.data.history.map((h) => h.year)).toEqual([2023, 2024]);
    expect(r.data.comparisons.previousYear?.against).toBe(2023);
    expect(r.data.fingerprint.years).toEqual([2023, 2024]);
    expect(r.data.meta).toEqual({ ...META, unfinishedEntries: 0 });
    expect(r.yearsLeftOut).toEqual([]);
    // Later years are not part of a year's report.
    const earlier = await reportOfYear(await rows([2023, 2024]), 2023, META);
    expect(earlier.ok && earlier.data.history.map((h) => h.year)).toEqual([2023]);
  });

  it('counts unfinished entries of the year and leaves them out', async () => {
    const r = await reportOfYear(
      await rows([2024], (_inv, list) => {
        const first = list[0] as EntryRow;
        list[0] = { ...first, quantity: null, quantityText: '12.5' };
        list.push({ ...first, id: 'blank', activity: '', order: 99 });
      }),
      2024,
      META,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.meta.unfinishedEntries).toBe(2);
    expect(r.data.result.entries.length).toBe((example.inventories[0]?.entries.length ?? 0) - 1);
    expect(r.data.result.total.location).toBeLessThan(core.total.location);
  });

  it('leaves out an earlier year that cannot be calculated, and names it', async () => {
    const r = await reportOfYear(
      await rows([2022, 2023, 2024], (inv) => {
        if (inv.year === 2023) inv.excluded.push({ category: 's3.08', reason: '' });
      }),
      2024,
      META,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.yearsLeftOut).toEqual([2023]);
    // Carried in the report data, so the PDF and the CSV say it too.
    expect(r.data.meta.yearsLeftOut).toEqual([2023]);
    expect(r.data.history.map((h) => h.year)).toEqual([2022, 2024]);
    expect(r.data.comparisons.previousYear).toBeUndefined();
    expect(r.data.result.total).toEqual(core.total);
  });

  it('finds a factor-set file loaded into the database the rows were read from', async () => {
    const set = JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8')) as { id: string };
    const { db } = freshDb('loaded-set');
    const loaded = await addFactorSetFile(db, { ...set, release: '2026.1-city' });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const inv = example.inventories[0];
    if (!inv) throw new Error('example has no year');
    const { file } = readExchange({
      ...example,
      inventories: [{ ...inv, factorSet: { id: set.id, release: '2026.1-city' } }],
    });
    if (!file) throw new Error('example unreadable');
    const org = await insertExchangeAsNewPartner(db, file);
    const read = await readPartnerRows(org.id, db);
    if (!read) throw new Error('partner not stored');
    const r = await reportOfYear(read, inv.year, META, db);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.factorSet.key).toBe(`${set.id}-2026.1-city`);
    // The same values under another release name: the same totals as the built-in set gives.
    expect(r.data.result.total).toEqual(core.total);
  });

  it("gives the year's problems, with paths within the year, instead of a report", async () => {
    const r = await reportOfYear(
      await rows([2023, 2024], (inv, list) => {
        if (inv.year !== 2024) return;
        inv.excluded.push({ category: 's3.08', reason: ' ' });
        const first = list[0] as EntryRow;
        list[0] = { ...first, quantity: null, quantityText: '' };
      }),
      2024,
      META,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const at = r.inventory?.excluded.findIndex((x) => x.category === 's3.08');
    expect(r.issues.map((i) => [i.severity, i.path])).toContainEqual(['error', `/excluded/${at}/reason`]);
    expect(r.issues.every((i) => !i.path.startsWith('/inventories'))).toBe(true);
    expect(r.unfinished).toBe(1);
  });
});
