/**
 * Own factors belong to the partner (schema version 3) and travel with it: a year's exchange file carries
 * the factors the year uses and those of its data year; importing a file gives the partner each factor once,
 * and a factor of the file under an id the partner uses for another value gets a new id with the entries
 * following it (undo restores the device exactly); a backup of an earlier version, with factors on the years,
 * restores them onto the partner.
 */
import { describe, expect, it } from 'vitest';
import type { CustomFactor } from '../../../src/core/inventory';
import { validateInventory } from '../../../src/core/validate';
import { applyImport, undoImport } from '../../../src/db/backup/applyImport';
import { exportBackup } from '../../../src/db/backup/exportBackup';
import { exportPartner } from '../../../src/db/backup/exportPartner';
import { readImportText } from '../../../src/db/backup/readImport';
import type { ImportSource } from '../../../src/db/backup/types';
import type { PaastoDb } from '../../../src/db/schema';
import { toCoreInventory } from '../../../src/db/toCore';
import { loadBuiltinSet } from '../../../src/factors/builtinSets';
import { formatIssue } from '../../../src/i18n/issueMessages';
import { canonicalJson, sha256Hex } from '../../../src/io/canonical';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { freshDb } from '../helpers';
import { dump, entry, inventory, org } from './data';

const factor = (id: string, year: number, co2e: number, extra: Partial<CustomFactor> = {}): CustomFactor => ({
  id,
  name: `Kerroin ${id}`,
  unit: 'kWh',
  value: { co2e },
  year,
  source: `Lähde ${year}`,
  ...extra,
});
const contract = factor('el', 2023, 45, { massUnit: 'g', name: 'Sähkösopimus' });
const heat24 = factor('heat', 2024, 0.09);
const old22 = factor('old', 2022, 0.2);

/** A bakery: a 2023 contract factor used in 2024, a 2024 heat factor not used yet, an unused 2022 one. */
async function bakery(name: string): Promise<PaastoDb> {
  const { db } = freshDb(name);
  await db.organizations.add(org('bakery', 'Leipomo Oy', { customFactors: [contract, heat24, old22] }));
  await db.inventories.bulkAdd([inventory('b23', 'bakery', 2023), inventory('b24', 'bakery', 2024)]);
  await db.entries.bulkAdd([
    entry('p23', 'b23', 1, { quantity: 80_000, quantityText: '80 000' }),
    entry('p24', 'b24', 1, {
      quantity: 84_000,
      quantityText: '84 000',
      instruments: [{ kind: 'supplier', factor: 'el', note: 'Sopimus' }],
    }),
  ]);
  return db;
}

async function source(text: string): Promise<ImportSource> {
  const r = await readImportText(text);
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  return r.source;
}

/** Every year of every partner validates without an error: no entry points at a factor that is not there. */
async function expectResolves(db: PaastoDb) {
  for (const o of await db.organizations.toArray())
    for (const inv of await db.inventories.where('orgId').equals(o.id).toArray()) {
      // Each year with the set it names.
      const set = await loadBuiltinSet(inv.factorSet);
      const rows = await db.entries.where('inventoryId').equals(inv.id).toArray();
      const { inventory: core } = toCoreInventory(inv, rows, o.customFactors ?? []);
      expect(validateInventory(core, set, new Set()).filter((i) => i.severity === 'error')).toEqual([]);
    }
}

describe('own factors in files', () => {
  it('a year’s file carries the factors it uses and those of its data year, and no others', async () => {
    const out = await exportPartner(await bakery('x1'), 'bakery', undefined, { appVersion: 't' });
    const years = out.file.inventories.map((i) => [i.year, i.customFactors.map((f) => f.id)]);
    expect(years).toEqual([
      [2023, ['el']],
      [2024, ['el', 'heat']],
    ]);
    // As written, mass unit included.
    expect(out.file.inventories[1]?.customFactors[0]).toEqual(contract);
  });

  it('imported as a new partner, each factor is the partner’s once and every entry finds its own', async () => {
    const text = (await exportPartner(await bakery('x2'), 'bakery', undefined, { appVersion: 't' })).text;
    const { db } = freshDb('x2-in');
    const plan = await planImport(db, await source(text), { lang: 'fi' });
    const r = await applyImport(db, plan, defaultChoices(plan));
    expect(r.ok).toBe(true);
    const [partner] = await db.organizations.toArray();
    expect(partner?.customFactors).toEqual([contract, heat24]);
    expect((await db.inventories.toArray()).every((i) => i.customFactors === undefined)).toBe(true);
    const p24 = (await db.entries.toArray()).find((e) => e.quantity === 84_000);
    expect(p24?.instruments?.[0]?.factor).toBe('el');
    await expectResolves(db);
  });

  it('into a partner that uses the same id for another value: both kept, the file’s entries follow theirs', async () => {
    const device = await bakery('x3');
    // The device's own 2023 contract is another value under the same id; the file's 2024 year replaces mine.
    const mine = { ...contract, value: { co2e: 50 } };
    await device.organizations.update('bakery', { customFactors: [mine] });
    const before = await dump(device);
    const text = (await exportPartner(await bakery('x3-src'), 'bakery', [2024], { appVersion: 't' })).text;
    const plan = await planImport(device, await source(text), { lang: 'fi' });
    const key = plan.partners[0]?.key as string;
    const choices = defaultChoices(plan);
    choices.partners.get(key)?.years.set(2024, 'take-theirs');
    const r = await applyImport(device, plan, choices);
    if (!r.ok) throw new Error('changed');

    const factors = (await device.organizations.get('bakery'))?.customFactors ?? [];
    expect(factors[0]).toEqual(mine);
    expect(factors.slice(1).map(({ id: _id, ...f }) => f)).toEqual(
      [contract, heat24].map(({ id: _id, ...f }) => f),
    );
    const theirs = factors.find((f) => f.value.co2e === 45);
    expect(theirs?.id).not.toBe('el');
    const p24 = (await device.entries.toArray()).find((e) => e.quantity === 84_000);
    expect(p24?.instruments?.[0]?.factor).toBe(theirs?.id);
    await expectResolves(device);

    expect(await undoImport(device, r.importId)).toBe(true);
    const { imports: _a, ...after } = await dump(device);
    const { imports: _b, ...was } = before;
    expect(after).toEqual(was);
  });

  it('a backup of schema version 2, with factors on the years, restores them onto the partner', async () => {
    const { text } = await exportBackup(await bakery('x4'), { appVersion: 't' });
    const file = JSON.parse(text);
    // As version 2 wrote it: each year with its own list (the 2024 contract another value under the same id).
    const y23 = { ...contract, value: { co2e: 45 } };
    const y24 = { ...contract, year: 2024, value: { co2e: 40 } };
    file.schemaVersion = 2;
    delete file.data.organizations[0].customFactors;
    file.data.inventories[0].customFactors = [y23];
    file.data.inventories[1].customFactors = [y24, heat24];
    file.checksum = await sha256Hex(canonicalJson(file.data));

    const { db } = freshDb('x4-in');
    const plan = await planImport(db, await source(JSON.stringify(file)), { lang: 'fi' });
    const r = await applyImport(db, plan, defaultChoices(plan));
    expect(r.ok).toBe(true);
    const factors = (await db.organizations.get('bakery'))?.customFactors ?? [];
    expect(factors.map((f) => [f.year, f.value.co2e, f.source])).toEqual([
      [2023, 45, 'Lähde 2023'],
      [2024, 40, 'Lähde 2023'],
      [2024, 0.09, 'Lähde 2024'],
    ]);
    const renamed = factors[1]?.id;
    expect(renamed).not.toBe('el');
    expect((await db.entries.get('p24'))?.instruments?.[0]?.factor).toBe(renamed);
    expect((await db.inventories.toArray()).every((i) => i.customFactors === undefined)).toBe(true);
    await expectResolves(db);
  });
});
