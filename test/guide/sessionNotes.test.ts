/**
 * The year's session log (issue 10, item 4): notes added, changed, removed and put back through the year's
 * save machinery; carried by the partner file (entry links following the entries' new ids on import) and by
 * the backup, exactly.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SessionNote } from '../../src/core/inventory';
import {
  handoverNote,
  notesOfEntry,
  withNote,
  withNoteChanged,
  withoutNote,
} from '../../src/core/sessionNotes';
import { applyImport } from '../../src/db/backup/applyImport';
import { exportBackup } from '../../src/db/backup/exportBackup';
import { exportPartner } from '../../src/db/backup/exportPartner';
import { readImportText } from '../../src/db/backup/readImport';
import { insertExchangeAsNewPartner } from '../../src/db/exchangeImport';
import { createInventory } from '../../src/db/inventories';
import type { PaastoDb } from '../../src/db/schema';
import { DEFAULT_FACTOR_SET } from '../../src/factors/builtinSets';
import { formatIssue } from '../../src/i18n/issueMessages';
import { readExchange } from '../../src/io/exchange';
import { db } from '../../src/state/database';
import { defaultChoices, planImport } from '../../src/state/importPlan';
import {
  addSessionNote,
  changeSessionNote,
  removeSessionNote,
  restoreSessionNote,
} from '../../src/state/sessionNotes';
import { entry, inventory, org } from '../db/backup/data';
import { freshDb } from '../db/helpers';

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

const note = (id: string, extra: Partial<SessionNote> = {}): SessionNote => ({
  id,
  at: '2026-12-01T09:00:00.000Z',
  text: `note ${id}`,
  ...extra,
});

describe('session notes as a list', () => {
  it('adds a note once, at a place, changes it and removes it by id', () => {
    const a = note('a');
    const b = note('b', { entries: ['e1'] });
    expect(withNote(withNote([], a), a)).toEqual([a]);
    expect(withNote([a], b, 0)).toEqual([b, a]);
    expect(withNoteChanged([a, b], 'b', { author: '  ', entries: [] })).toEqual([a, note('b')]);
    expect(withNoteChanged([a], 'a', { author: 'Maija' })).toEqual([{ ...a, author: 'Maija' }]);
    expect(withoutNote([a, b], 'a')).toEqual([b]);
    expect(notesOfEntry([a, b], 'e1')).toEqual([b]);
    expect(notesOfEntry(undefined, 'e1')).toEqual([]);
    expect(handoverNote([a, { ...b, kind: 'handover' }, note('c')])?.id).toBe('b');
    expect(handoverNote([a])).toBeUndefined();
  });
});

describe('session note commands', () => {
  it('store a note stamped now, change its fields, remove it and put it back where it was', async () => {
    const inv = await createInventory(db, 'org-notes', 2024, { factorSet: DEFAULT_FACTOR_SET });
    const first = addSessionNote(inv.id, { text: 'Työmatkat arvioitu: 18 × 12 km', author: ' Maija ' });
    const second = addSessionNote(
      inv.id,
      { text: 'Kaukolämpö laskusta', entries: ['e1'], kind: 'handover' },
      new Date('2026-12-01T10:00:00Z'),
    );
    await settle();
    let stored = (await db.inventories.get(inv.id))?.notes ?? [];
    expect(stored).toEqual([first, second]);
    expect(first.author).toBe('Maija');
    expect(second).toMatchObject({ at: '2026-12-01T10:00:00.000Z', kind: 'handover', entries: ['e1'] });

    changeSessionNote(inv.id, first.id, { text: 'Työmatkat: 18 työntekijää × 12 km × 220 päivää' });
    changeSessionNote(inv.id, second.id, { entries: [] });
    await settle();
    stored = (await db.inventories.get(inv.id))?.notes ?? [];
    expect(stored[0]?.text).toBe('Työmatkat: 18 työntekijää × 12 km × 220 päivää');
    expect(stored[1]?.entries).toBeUndefined();

    const removed = removeSessionNote(inv.id, stored, first.id);
    await settle();
    expect((await db.inventories.get(inv.id))?.notes?.map((n) => n.id)).toEqual([second.id]);
    if (!removed) throw new Error('nothing removed');
    restoreSessionNote(inv.id, removed);
    await settle();
    expect((await db.inventories.get(inv.id))?.notes).toEqual(stored);
  });
});

/** A partner with one year: two entries and notes, one linked to the first entry. */
async function partnerWithNotes(target: PaastoDb): Promise<SessionNote[]> {
  const notes = [
    note('n1', { author: 'Opiskelija Olli', entries: ['e-1'] }),
    note('n2', { text: 'Luovutus: jätteet puuttuvat, Maija hakee', kind: 'handover' }),
  ];
  await target.transaction('rw', target.tables, async () => {
    await target.organizations.add(org('o-1', 'Leipomo Oy'));
    await target.inventories.add(inventory('i-1', 'o-1', 2024, { notes }));
    await target.entries.bulkAdd([entry('e-1', 'i-1', 1), entry('e-2', 'i-1', 2)]);
  });
  return notes;
}

describe('session notes in files', () => {
  it('travel in the partner file and arrive linked to the imported entries', async () => {
    const from = freshDb('notes-from').db;
    const notes = await partnerWithNotes(from);
    const out = await exportPartner(from, 'o-1', undefined, { appVersion: 'test' });
    const read = readExchange(JSON.parse(out.text));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.file?.inventories[0]?.notes).toEqual(notes);

    const to = freshDb('notes-to').db;
    const created = await insertExchangeAsNewPartner(to, read.file as NonNullable<typeof read.file>);
    const year = (await to.inventories.where('orgId').equals(created.id).toArray())[0];
    const entries = await to.entries
      .where('inventoryId')
      .equals(year?.id ?? '')
      .sortBy('order');
    const first = entries.find((e) => e.quantity === 1001);
    expect(first?.id).not.toBe('e-1');
    expect(year?.notes).toEqual([{ ...notes[0], entries: [first?.id] }, notes[1]]);
  });

  it('are restored from a backup exactly', async () => {
    const from = freshDb('notes-backup').db;
    const notes = await partnerWithNotes(from);
    const { text } = await exportBackup(from, { appVersion: 'test' });
    const read = await readImportText(text);
    if (!read.ok) throw new Error(read.issues.map((i) => formatIssue(i, 'en')).join('\n'));
    const into = freshDb('notes-restored').db;
    const plan = await planImport(into, read.source, { lang: 'fi' });
    const r = await applyImport(into, plan, defaultChoices(plan));
    expect(r.ok).toBe(true);
    expect((await into.inventories.get('i-1'))?.notes).toEqual(notes);
  });
});
