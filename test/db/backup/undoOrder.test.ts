/**
 * Imports next to the trash and to later changes: a deleted partner's ids are not taken by an import, an undo
 * after the partner it changed was deleted gives that partner back as before the import, imports are undone
 * newest first, and a year changed after the preview (entries added) is not replaced.
 */
import { describe, expect, it } from 'vitest';
import { applyImport, dismissImportUndo, undoImport } from '../../../src/db/backup/applyImport';
import { exportBackup } from '../../../src/db/backup/exportBackup';
import { exportPartner } from '../../../src/db/backup/exportPartner';
import { readImportText } from '../../../src/db/backup/readImport';
import type { ImportChoices, ImportPlan, ImportSource, YearChoice } from '../../../src/db/backup/types';
import { addEntries } from '../../../src/db/bulkEntries';
import { removeOrganization, restoreOrganization } from '../../../src/db/organizations';
import type { PaastoDb } from '../../../src/db/schema';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { freshDb } from '../helpers';
import { dump, entry, fillSample, inventory, org } from './data';

const META = { appVersion: '0.1.0', createdAt: '2026-11-28T12:00:00.000Z' };

async function sample(name: string): Promise<PaastoDb> {
  const { db } = freshDb(name);
  await fillSample(db);
  return db;
}

async function source(text: string): Promise<ImportSource> {
  const r = await readImportText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.source;
}

/** A device with Kivi Oy (business ID as in the sample) and its 2024 entered differently. */
async function otherDevice(): Promise<PaastoDb> {
  const { db } = freshDb('other');
  await db.transaction('rw', db.tables, async () => {
    await db.organizations.add(org('x-kivi', 'Kivi Oy (Joensuu)', { businessId: '1234567-1' }));
    await db.inventories.add(inventory('x-k24', 'x-kivi', 2024));
    await db.entries.add(entry('x-e1', 'x-k24', 1, { quantity: 5, quantityText: '5' }));
  });
  return db;
}

function takeTheirs(plan: ImportPlan, years: [number, YearChoice][]): ImportChoices {
  const c = defaultChoices(plan);
  for (const d of c.partners.values()) {
    d.partner = 'take-theirs';
    for (const [y, ch] of years) d.years.set(y, ch);
  }
  return c;
}

async function kiviOf2024(): Promise<ImportSource> {
  return source((await exportPartner(await sample('a'), 'org-a', [2024], { appVersion: '0' })).text);
}

describe('imports and the trash', () => {
  it("a deleted partner's ids stay its own: a backup restored meanwhile takes new ones, and both survive", async () => {
    const db = await sample('device');
    const text = (await exportBackup(db, META)).text;
    await removeOrganization(db, 'org-a');
    const plan = await planImport(db, await source(text), { lang: 'fi' });
    const r = await applyImport(db, plan, defaultChoices(plan));
    if (!r.ok) throw new Error('changed');
    const imported = (await db.organizations.toArray()).find((o) => o.name === 'Kivi Oy');
    if (!imported) throw new Error('not imported');
    const years = await db.inventories.where('orgId').equals(imported.id).toArray();
    const entries = await db.entries
      .where('inventoryId')
      .anyOf(years.map((i) => i.id))
      .toArray();
    expect(imported.id).not.toBe('org-a');
    expect(years.map((i) => i.id)).not.toContain('inv-a23');
    expect(years.map((i) => i.id)).not.toContain('inv-a24');
    expect(entries).toHaveLength(4);
    expect(entries.map((e) => e.id).filter((id) => ['e1', 'e2', 'e3', 'e4'].includes(id))).toEqual([]);

    // Undoing the deletion puts the partner back beside the imported one; neither loses a row.
    expect(await restoreOrganization(db, 'org-a')).toBe(true);
    expect((await db.inventories.where('orgId').equals('org-a').toArray()).map((i) => i.id).sort()).toEqual([
      'inv-a23',
      'inv-a24',
    ]);
    expect(await db.entries.where('inventoryId').anyOf(['inv-a23', 'inv-a24']).count()).toBe(4);
    expect(await db.entries.count()).toBe(9);
  });

  it('undone after the partner it changed was deleted, restoring the partner gives it as before the import', async () => {
    const other = await otherDevice();
    const before = await dump(other);
    const plan = await planImport(other, await kiviOf2024(), { lang: 'fi' });
    const r = await applyImport(other, plan, takeTheirs(plan, [[2024, 'take-theirs']]));
    if (!r.ok) throw new Error('changed');
    expect(r.counts.yearsReplaced).toBe(1);
    await removeOrganization(other, 'x-kivi');
    expect(await undoImport(other, r.importId)).toBe(true);
    // Nothing of the partner is back outside the trash: no year without its partner.
    expect(await other.inventories.count()).toBe(0);
    expect(await other.entries.count()).toBe(0);
    expect(await restoreOrganization(other, 'x-kivi')).toBe(true);
    expect(await dump(other)).toEqual(before);
  });

  it('a partner the import added leaves the trash with the undo', async () => {
    const { db } = freshDb('empty');
    const plan = await planImport(db, await kiviOf2024(), { lang: 'fi' });
    const r = await applyImport(db, plan, defaultChoices(plan));
    if (!r.ok) throw new Error('changed');
    const [added] = await db.organizations.toArray();
    await removeOrganization(db, added?.id as string);
    expect(await undoImport(db, r.importId)).toBe(true);
    expect(await db.trash.count()).toBe(0);
    expect(await restoreOrganization(db, added?.id as string)).toBe(false);
  });
});

describe('undo order and changes after the preview', () => {
  it('imports are undone newest first; then the database is as before both', async () => {
    const { db } = freshDb('empty');
    const before = await dump(db);
    const src = await kiviOf2024();
    let plan = await planImport(db, src, { lang: 'fi' });
    const first = await applyImport(db, plan, defaultChoices(plan));
    if (!first.ok) throw new Error('changed');
    // Two imports in one millisecond are not what a person does; the order is by time.
    await new Promise((r) => setTimeout(r, 5));
    plan = await planImport(db, src, { lang: 'fi' });
    const second = await applyImport(db, plan, takeTheirs(plan, [[2024, 'take-theirs']]));
    if (!second.ok) throw new Error('changed');
    expect(second.counts.yearsReplaced).toBe(1);

    const between = await dump(db);
    expect(await undoImport(db, first.importId)).toBe('later-import');
    expect(await dump(db)).toEqual(between);
    expect(await undoImport(db, second.importId)).toBe(true);
    expect(await undoImport(db, first.importId)).toBe(true);
    expect(await dump(db)).toEqual(before);
  });

  it('a year replaced again by a later import that was kept: the undo says so and changes nothing', async () => {
    const other = await otherDevice();
    let plan = await planImport(other, await kiviOf2024(), { lang: 'fi' });
    const first = await applyImport(other, plan, takeTheirs(plan, [[2024, 'take-theirs']]));
    if (!first.ok) throw new Error('changed');
    await new Promise((r) => setTimeout(r, 5));
    // The file read again: an exchange file's rows get new ids at each reading.
    plan = await planImport(other, await kiviOf2024(), { lang: 'fi' });
    const second = await applyImport(other, plan, takeTheirs(plan, [[2024, 'take-theirs']]));
    if (!second.ok) throw new Error('changed');
    await dismissImportUndo(other, second.importId);
    const kept = await dump(other);
    expect(await undoImport(other, first.importId)).toBe('year-taken');
    expect(await dump(other)).toEqual(kept);
    // The same with the partner in the trash: restoring it must stay possible.
    await removeOrganization(other, 'x-kivi');
    const trashed = await dump(other);
    expect(await undoImport(other, first.importId)).toBe('year-taken');
    expect(await dump(other)).toEqual(trashed);
    expect(await restoreOrganization(other, 'x-kivi')).toBe(true);
    expect(await dump(other)).toEqual({ ...kept, imports: trashed.imports });
  });

  it('a year given entries after the preview is not replaced: plan again', async () => {
    const other = await otherDevice();
    const plan = await planImport(other, await kiviOf2024(), { lang: 'fi' });
    await addEntries(other, 'x-k24', [
      { category: 's2.electricity', activity: 'electricity.fi', quantity: 7, quantityText: '7', unit: 'kWh' },
    ]);
    const before = await dump(other);
    expect(await applyImport(other, plan, takeTheirs(plan, [[2024, 'take-theirs']]))).toEqual({
      ok: false,
      reason: 'changed',
    });
    expect(await dump(other)).toEqual(before);
    // Planned again, the same choice replaces the year, the new entry kept for undo.
    const again = await planImport(other, await kiviOf2024(), { lang: 'fi' });
    const r = await applyImport(other, again, takeTheirs(again, [[2024, 'take-theirs']]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(await undoImport(other, r.importId)).toBe(true);
    expect(await dump(other)).toEqual(before);
  });
});
