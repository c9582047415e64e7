/**
 * The coordinator's factor draft on the device (src/db/factorDraft.ts) and the loaded sets' fingerprints
 * (src/db/factorSets.ts): the draft is stored and read back whole, a stored value that is not a draft reads as
 * none, a full backup carries it; a release loaded from its file shows the fingerprint the editor gave it.
 */
import { describe, expect, it } from 'vitest';
import { readAllRows } from '../../src/db/backup/exportBackup';
import { FACTOR_DRAFT_KEY, getFactorDraft, putFactorDraft } from '../../src/db/factorDraft';
import { addFactorSetFile, listLoadedFactorSets } from '../../src/db/factorSets';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { makeReleaseFile } from '../../src/io/factorSetFile';
import { testDraft } from '../factors/cityDraft';
import { freshDb } from './helpers';

describe('the factor draft on the device', () => {
  it('is stored and read back whole, half-typed fields too', async () => {
    const { db } = freshDb();
    expect(await getFactorDraft(db)).toBeUndefined();
    const draft = testDraft();
    draft.values[0] = {
      ...(draft.values[0] as (typeof draft.values)[number]),
      valueText: '12,',
      value: null,
    };
    await putFactorDraft(db, draft);
    expect(await getFactorDraft(db)).toEqual(draft);
    // A full backup carries it with the other settings.
    expect((await readAllRows(db)).settings).toContainEqual({ key: FACTOR_DRAFT_KEY, value: draft });
    db.close();
  });

  it('reads a stored value that is not a draft as none', async () => {
    const { db } = freshDb();
    await db.settings.put({ key: FACTOR_DRAFT_KEY, value: { id: 'joensuu', values: 'many' } });
    expect(await getFactorDraft(db)).toBeUndefined();
    db.close();
  });
});

describe('a loaded release and its fingerprint', () => {
  it('shows the fingerprint of the file the editor made, with its publisher and date', async () => {
    const file = await makeReleaseFile(testDraft(), await loadBuiltinSet({ id: 'fi', release: '2026.1' }));
    if (!file.ok) throw new Error('no file');
    const { db } = freshDb();
    // Loaded from a copy that was reformatted on the way: the content, and so the fingerprint, is the same.
    const copy = JSON.parse(JSON.stringify(JSON.parse(file.text), null, 2)) as unknown;
    expect(await addFactorSetFile(db, copy)).toEqual({ ok: true, key: 'joensuu-2026.1-test' });
    expect(await listLoadedFactorSets(db)).toEqual([
      {
        key: 'joensuu-2026.1-test',
        id: 'joensuu',
        release: '2026.1-test',
        publisher: 'Joensuun kaupunki (testi)',
        published: '2026-12-06',
        loadedAt: expect.any(String),
        sha256: file.sha256,
      },
    ]);
    db.close();
  });
});
