/**
 * Loaded factor sets and settings in a backup: a set is read again by readFactorSet and added when the device
 * lacks it; settings keep the device's values unless the user takes the file's; undo puts both back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImport, undoImport } from '../../../src/db/backup/applyImport';
import { exportBackup } from '../../../src/db/backup/exportBackup';
import { readImportJson, readImportText } from '../../../src/db/backup/readImport';
import { addFactorSetFile } from '../../../src/db/factorSets';
import type { PaastoDb } from '../../../src/db/schema';
import { canonicalJson, sha256Hex } from '../../../src/io/canonical';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { freshDb } from '../helpers';
import { dump } from './data';

const SET = JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8')) as Record<string, unknown>;

async function withLoadedSet(): Promise<PaastoDb> {
  const { db } = freshDb('source');
  const r = await addFactorSetFile(db, { ...SET, release: '2026.1-city' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  await db.settings.bulkPut([
    { key: 'lang', value: 'en' },
    { key: 'defaultFactorSet', value: 'fi-2026.1-city' },
  ]);
  return db;
}

describe('factor sets and settings', () => {
  it('a loaded set is added, settings kept by default and taken on request; undo puts everything back', async () => {
    const text = (await exportBackup(await withLoadedSet(), { appVersion: 't' })).text;
    const read = await readImportText(text);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const { db } = freshDb('target');
    await db.settings.put({ key: 'lang', value: 'fi' });
    const before = await dump(db);

    const plan = await planImport(db, read.source, { lang: 'fi' });
    expect(plan.factorSets).toEqual([
      { key: 'fi-2026.1-city', id: 'fi', release: '2026.1-city', exists: false },
    ]);
    expect(plan.settings).toContainEqual({ key: 'lang', value: 'en', mine: 'fi' });
    const r = await applyImport(db, plan, defaultChoices(plan));
    if (!r.ok) throw new Error('changed');
    expect(r.counts).toMatchObject({ factorSetsAdded: 1, settingsWritten: 1 });
    expect((await db.factorSets.get('fi-2026.1-city'))?.release).toBe('2026.1-city');
    expect((await db.settings.get('lang'))?.value).toBe('fi');
    expect((await db.settings.get('defaultFactorSet'))?.value).toBe('fi-2026.1-city');
    await undoImport(db, r.importId);
    expect(await dump(db)).toEqual(before);

    const again = await planImport(db, read.source, { lang: 'fi' });
    const r2 = await applyImport(db, again, {
      ...defaultChoices(again),
      settings: 'take-theirs',
      factorSets: false,
    });
    if (!r2.ok) throw new Error('changed');
    expect((await db.settings.get('lang'))?.value).toBe('en');
    expect(await db.factorSets.count()).toBe(0);
    await undoImport(db, r2.importId);
    expect(await dump(db)).toEqual(before);
  });

  it('a damaged factor set in a backup is refused by readFactorSet, even with a correct checksum', async () => {
    const parsed = JSON.parse((await exportBackup(await withLoadedSet(), { appVersion: 't' })).text);
    parsed.data.factorSets[0].data.activities[0].unit = 'parsec';
    parsed.checksum = await sha256Hex(canonicalJson(parsed.data));
    const r = await readImportJson(parsed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(
      r.issues.some(
        (i) => i.severity === 'error' && i.path.startsWith('/data/factorSets/0/data/activities/0'),
      ),
    ).toBe(true);
  });
});
