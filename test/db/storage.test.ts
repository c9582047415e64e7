import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { addFactorSetFile, listFactorSetKeys, resolveFactorSet } from '../../src/db/factorSets';
import {
  addEntry,
  createInventory,
  listEntries,
  listInventories,
  removeEntry,
  updateEntry,
} from '../../src/db/inventories';
import {
  addSite,
  createOrganization,
  listOrganizations,
  listSites,
  purgeTrash,
  removeOrganization,
  removeSite,
  restoreOrganization,
  updateOrganization,
} from '../../src/db/organizations';
import { getSettings, setSetting } from '../../src/db/settings';
import { classify, StorageError, write } from '../../src/db/storageErrors';
import { toCoreInventory } from '../../src/db/toCore';
import { DEFAULT_FACTOR_SET } from '../../src/factors/builtinSets';
import { freshDb } from './helpers';

async function partnerWithYear() {
  const { db } = freshDb();
  const org = await createOrganization(db, { name: 'Testi Oy', businessId: '1234567-1' });
  const inv = await createInventory(db, org.id, 2024, { factorSet: DEFAULT_FACTOR_SET });
  return { db, org, inv };
}

describe('storage: partners', () => {
  it('creates, lists by name and updates partners; a cleared optional field is removed', async () => {
    const { db } = freshDb();
    await createOrganization(db, { name: 'Ö-yhtiö' });
    const a = await createOrganization(db, { name: 'Aalto Oy', municipality: 'Joensuu' });
    expect((await listOrganizations(db)).map((o) => o.name)).toEqual(['Aalto Oy', 'Ö-yhtiö']);
    await updateOrganization(db, a.id, { municipality: undefined, name: 'Aalto Ab' });
    const row = await db.organizations.get(a.id);
    expect(row?.name).toBe('Aalto Ab');
    expect(row && 'municipality' in row).toBe(false);
  });

  it('deletes a partner with everything it has, and undo restores it exactly', async () => {
    const { db, org, inv } = await partnerWithYear();
    const site = await addSite(db, org.id, 'Tehdas');
    await addEntry(db, inv.id, {
      category: 's2.electricity',
      activity: 'electricity.fi',
      unit: 'kWh',
      quantity: 10,
      quantityText: '10',
      site: site.id,
    });
    const before = {
      sites: await db.sites.toArray(),
      invs: await db.inventories.toArray(),
      entries: await db.entries.toArray(),
      org: await db.organizations.get(org.id),
    };
    await removeOrganization(db, org.id);
    expect(await db.organizations.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
    expect(await restoreOrganization(db, org.id)).toBe(true);
    expect({
      sites: await db.sites.toArray(),
      invs: await db.inventories.toArray(),
      entries: await db.entries.toArray(),
      org: await db.organizations.get(org.id),
    }).toEqual(before);
    expect(await db.trash.count()).toBe(0);
  });

  it('empties the trash only after the undo window', async () => {
    const { db, org } = await partnerWithYear();
    await removeOrganization(db, org.id);
    expect(await purgeTrash(db, 60_000)).toBe(0);
    expect(await purgeTrash(db, 60_000, Date.now() + 120_000)).toBe(1);
    expect(await restoreOrganization(db, org.id)).toBe(false);
  });

  it('removing a site keeps its entries, without the site', async () => {
    const { db, org, inv } = await partnerWithYear();
    const site = await addSite(db, org.id, 'Varasto');
    const e = await addEntry(db, inv.id, {
      category: 's2.heat',
      activity: 'district-heat.fi',
      unit: 'MWh',
      quantity: 5,
      quantityText: '5',
      site: site.id,
    });
    await removeSite(db, site.id);
    expect(await listSites(db, org.id)).toEqual([]);
    const after = await db.entries.get(e.id);
    expect(after?.quantity).toBe(5);
    expect(after?.site).toBeUndefined();
  });
});

describe('storage: years and entries', () => {
  it('keeps one inventory per partner and year', async () => {
    const { db, org } = await partnerWithYear();
    await expect(createInventory(db, org.id, 2024, { factorSet: DEFAULT_FACTOR_SET })).rejects.toThrow(
      StorageError,
    );
    expect((await listInventories(db, org.id)).map((i) => i.year)).toEqual([2024]);
  });

  it('adds entries in order, autosaves edits, keeps typed text next to the number, removes', async () => {
    const { db, inv } = await partnerWithYear();
    const a = await addEntry(db, inv.id, { category: 's1.mobile', unit: 'l' });
    const b = await addEntry(db, inv.id, { category: 's1.mobile', unit: 'l' });
    await updateEntry(db, a.id, {
      activity: 'vehicle-fuel.diesel',
      quantityText: '1 234,5',
      quantity: 1234.5,
    });
    await updateEntry(db, b.id, { quantityText: '12,3,4', quantity: null });
    const list = await listEntries(db, inv.id);
    expect(list.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(list[0]).toMatchObject({ quantity: 1234.5, quantityText: '1 234,5' });
    expect(list[1]).toMatchObject({ quantity: null, quantityText: '12,3,4' });
    await removeEntry(db, a.id);
    expect((await listEntries(db, inv.id)).map((e) => e.id)).toEqual([b.id]);
    await expect(updateEntry(db, a.id, { note: 'x' })).rejects.toThrow();
  });

  it('starts a year as a copy of the previous one, quantities kept or cleared, months moved to the new year', async () => {
    const { db, org, inv } = await partnerWithYear();
    await addEntry(db, inv.id, {
      category: 's2.electricity',
      activity: 'electricity.fi',
      unit: 'kWh',
      quantity: 100,
      quantityText: '100',
      period: '2024-03',
    });
    const kept = await createInventory(db, org.id, 2025, {
      factorSet: DEFAULT_FACTOR_SET,
      copyFrom: inv.id,
      keepQuantities: true,
    });
    const cleared = await createInventory(db, org.id, 2026, {
      factorSet: DEFAULT_FACTOR_SET,
      copyFrom: inv.id,
    });
    expect((await listEntries(db, kept.id))[0]).toMatchObject({
      quantity: 100,
      period: '2025-03',
      activity: 'electricity.fi',
    });
    expect((await listEntries(db, cleared.id))[0]).toMatchObject({
      quantity: null,
      quantityText: '',
      period: '2026-03',
    });
    expect((await listEntries(db, inv.id))[0]?.period).toBe('2024-03');
  });

  it('applies quick changes to one field list from the stored row, so none undoes another', async () => {
    const { updateInventoryWith } = await import('../../src/db/inventories');
    const { db, inv } = await partnerWithYear();
    await Promise.all([
      updateInventoryWith(db, inv.id, (row) => ({ metrics: { ...row.metrics, fte: 5 } })),
      updateInventoryWith(db, inv.id, (row) => ({ metrics: { ...row.metrics, floorAreaM2: 300 } })),
      updateInventoryWith(db, inv.id, (row) => ({
        excluded: [...row.excluded, { category: 's3.15', reason: 'none' }],
      })),
      updateInventoryWith(db, inv.id, (row) => ({
        excluded: [...row.excluded, { category: 's3.14', reason: 'none' }],
      })),
    ]);
    const row = await db.inventories.get(inv.id);
    expect(row?.metrics).toEqual({ fte: 5, floorAreaM2: 300 });
    expect(row?.excluded.map((x) => x.category).sort()).toEqual(['s3.14', 's3.15']);
  });

  it('calculates only complete entries and lists the unfinished ones', async () => {
    const { db, inv } = await partnerWithYear();
    await addEntry(db, inv.id, {
      category: 's1.fugitive',
      activity: 'refrigerant.R-744',
      unit: 'kg',
      quantity: 10,
      quantityText: '10',
    });
    const bad = await addEntry(db, inv.id, {
      category: 's1.fugitive',
      activity: 'refrigerant.R-744',
      unit: 'kg',
      quantity: null,
      quantityText: 'kymmenen',
    });
    const noActivity = await addEntry(db, inv.id, {
      category: 's1.fugitive',
      unit: 'kg',
      quantity: 3,
      quantityText: '3',
    });
    const row = await db.inventories.get(inv.id);
    if (!row) throw new Error('missing');
    const { inventory, incomplete } = toCoreInventory(row, await listEntries(db, inv.id), []);
    expect(incomplete.map((e) => e.id)).toEqual([bad.id, noActivity.id]);
    const set = await resolveFactorSet(db, DEFAULT_FACTOR_SET);
    if (!set) throw new Error('no set');
    expect(calculateInventory(inventory, { factorSet: set }).scope1).toBe(10);
  });
});

describe('storage: settings and factor sets', () => {
  it('stores settings with defaults', async () => {
    const { db } = freshDb();
    expect(await getSettings(db)).toEqual({ lang: 'fi', defaultGwp: 'AR6', defaultFactorSet: 'fi-2026.1' });
    await setSetting(db, 'lang', 'en');
    expect((await getSettings(db)).lang).toBe('en');
  });

  it('loads a valid factor-set file, refuses a broken one and one already known', async () => {
    const { db } = freshDb();
    const json = JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const known = await addFactorSetFile(db, json);
    expect(known).toMatchObject({ ok: false });
    // A release of the built-in series is refused too: a file cannot pose as the published 2026.1.
    expect(await addFactorSetFile(db, { ...json, release: '2026.1' })).toMatchObject({ ok: false });
    const next = { ...json, release: '2026.1-city' };
    expect(await addFactorSetFile(db, next)).toEqual({ ok: true, key: 'fi-2026.1-city' });
    expect(await listFactorSetKeys(db)).toEqual(['fi-2025.1', 'fi-2026.1', 'fi-2026.1-city']);
    expect((await resolveFactorSet(db, { id: 'fi', release: '2026.1-city' }))?.release).toBe('2026.1-city');
    const broken = await addFactorSetFile(db, { ...json, release: '2026.2', factors: 'nope' });
    expect(broken.ok).toBe(false);
    expect(await db.factorSets.count()).toBe(1);
  });
});

describe('storage errors', () => {
  it('classifies quota errors, also when Dexie wraps them in an AbortError', () => {
    expect(classify({ name: 'QuotaExceededError' })).toBe('quota');
    expect(classify({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classify({ name: 'DatabaseClosedError' })).toBe('closed');
    expect(
      classify({
        name: 'UnknownError',
        message: 'Connection to Indexed Database server lost. Refresh the page to try again',
      }),
    ).toBe('closed');
    expect(classify({ name: 'VersionError' })).toBe('newer-version');
    expect(classify({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classify(new Error('x'))).toBe('unknown');
  });

  it('reopens a closed connection and retries the write once', async () => {
    const { db, inv } = await partnerWithYear();
    // As when iOS drops the connection of a backgrounded app: Dexie does not reopen by itself.
    db.close({ disableAutoOpen: true });
    await expect(db.entries.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const e = await write(db, () => addEntry(db, inv.id, { category: 's1.mobile', unit: 'l' }));
    expect(await db.entries.get(e.id)).toBeDefined();
  });

  it('does not report a failed write as done', async () => {
    const { db } = freshDb();
    await expect(
      write(db, () => Promise.reject({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })),
    ).rejects.toMatchObject({ kind: 'quota' });
  });
});

describe('export of everything stored', () => {
  it('writes every partner as a valid exchange file whose totals equal the stored year', async () => {
    const { exportAllPartners } = await import('./legacyExport');
    const { evaluateExchange } = await import('../../src/io/evaluate');
    const { loadBuiltinSet } = await import('../../src/factors/builtinSets');
    const { db, org, inv } = await partnerWithYear();
    const site = await addSite(db, org.id, 'Toimisto');
    await addEntry(db, inv.id, {
      category: 's2.electricity',
      activity: 'electricity.fi',
      unit: 'kWh',
      quantity: 1000,
      quantityText: '1 000',
      site: site.id,
    });
    await addEntry(db, inv.id, {
      category: 's1.mobile',
      activity: 'vehicle-fuel.diesel',
      unit: 'l',
      quantity: null,
      quantityText: '12.5',
    });
    const files = await exportAllPartners(db, {
      appVersion: '0.1.0',
      exportedAt: '2026-11-28T12:00:00.000Z',
    });
    expect(files).toHaveLength(1);
    const ev = await evaluateExchange(JSON.parse(JSON.stringify(files[0])), (ref) =>
      loadBuiltinSet(ref).catch(() => undefined),
    );
    if (!ev.ok) throw new Error(JSON.stringify(ev.issues));
    expect(ev.file.organization).toMatchObject({ name: 'Testi Oy', businessId: '1234567-1' });
    expect(ev.file.inventories[0]?.entries).toHaveLength(1);
    const row = await db.inventories.get(inv.id);
    if (!row) throw new Error('missing');
    const set = await resolveFactorSet(db, DEFAULT_FACTOR_SET);
    if (!set) throw new Error('no set');
    const { inventory } = toCoreInventory(row, await listEntries(db, inv.id), []);
    expect(ev.results[0]?.total).toEqual(calculateInventory(inventory, { factorSet: set }).total);
  });
});
