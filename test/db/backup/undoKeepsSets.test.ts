/**
 * Undo of an import that added a factor set: the set goes with the import unless a year left after the undo
 * uses it — one created with it after the import, one switched to it, or one of a partner in the trash.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImport, undoImport } from '../../../src/db/backup/applyImport';
import { exportBackup } from '../../../src/db/backup/exportBackup';
import { readImportText } from '../../../src/db/backup/readImport';
import { addFactorSetFile, resolveFactorSet } from '../../../src/db/factorSets';
import { createInventory, updateInventory } from '../../../src/db/inventories';
import { removeOrganization } from '../../../src/db/organizations';
import type { PaastoDb } from '../../../src/db/schema';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { freshDb } from '../helpers';
import { inventory, org } from './data';

const SET = JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8')) as Record<string, unknown>;
const NEW = { id: 'fi', release: '2026.1-city' };

/** A device with Kivi Oy (2024 on the built-in set), after importing a backup that brings set fi-2026.1-city. */
async function afterImport(name: string): Promise<{ db: PaastoDb; importId: string }> {
  const { db: other } = freshDb(`${name}-source`);
  const loaded = await addFactorSetFile(other, { ...SET, release: NEW.release });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const read = await readImportText((await exportBackup(other, { appVersion: 't' })).text);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));

  const { db } = freshDb(name);
  await db.organizations.add(org('org-a', 'Kivi Oy'));
  await db.inventories.add(inventory('inv-a24', 'org-a', 2024));
  const plan = await planImport(db, read.source, { lang: 'fi' });
  const r = await applyImport(db, plan, defaultChoices(plan));
  if (!r.ok) throw new Error('changed');
  expect(r.counts.factorSetsAdded).toBe(1);
  expect(await resolveFactorSet(db, NEW)).toBeDefined();
  return { db, importId: r.importId };
}

describe('undo and the factor sets an import added', () => {
  it('removes the set when no year uses it', async () => {
    const { db, importId } = await afterImport('unused');
    expect(await undoImport(db, importId)).toBe(true);
    expect(await db.factorSets.count()).toBe(0);
  });

  it('keeps the set a year created after the import uses', async () => {
    const { db, importId } = await afterImport('created');
    const y = await createInventory(db, 'org-a', 2025, { factorSet: NEW });
    expect(await undoImport(db, importId)).toBe(true);
    expect((await db.inventories.get(y.id))?.factorSet).toEqual(NEW);
    expect(await resolveFactorSet(db, NEW)).toBeDefined();
  });

  it('keeps the set a year switched to it after the import uses', async () => {
    const { db, importId } = await afterImport('changed');
    await updateInventory(db, 'inv-a24', { factorSet: NEW });
    expect(await undoImport(db, importId)).toBe(true);
    expect(await resolveFactorSet(db, NEW)).toBeDefined();
  });

  it('keeps the set a year of a partner in the trash uses (restoring it needs the set)', async () => {
    const { db, importId } = await afterImport('trash');
    await updateInventory(db, 'inv-a24', { factorSet: NEW });
    await removeOrganization(db, 'org-a');
    expect(await undoImport(db, importId)).toBe(true);
    expect(await resolveFactorSet(db, NEW)).toBeDefined();
  });
});
