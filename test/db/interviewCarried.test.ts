/**
 * The year's interview answers travel with the year: in the partner's exchange file (read back into new rows),
 * in the full backup, and a file without them still reads (issue 10).
 */
import { describe, expect, it } from 'vitest';
import type { InterviewRecord } from '../../src/core/inventory';
import { exportBackup } from '../../src/db/backup/exportBackup';
import { exportPartner } from '../../src/db/backup/exportPartner';
import { readImportText } from '../../src/db/backup/readImport';
import { exchangeToRows } from '../../src/db/exchangeImport';
import { readExchange } from '../../src/io/exchange';
import { fillSample } from './backup/data';
import { freshDb } from './helpers';

const INTERVIEW: InterviewRecord = {
  answers: { vehicles: 'own', fuels: 'gas', franchises: 'no' },
  sector: '10.71',
  updatedAt: '2026-12-01T08:00:00.000Z',
};

async function sampleWithInterview() {
  const { db } = freshDb();
  await fillSample(db);
  await db.inventories.update('inv-a24', { interview: INTERVIEW });
  return db;
}

describe('interview answers carried', () => {
  it('by the exchange file and back into rows', async () => {
    const db = await sampleWithInterview();
    const written = await exportPartner(db, 'org-a', undefined, { appVersion: '0' });
    const years = written.file.inventories;
    expect(years.find((y) => y.year === 2024)?.interview).toEqual(INTERVIEW);
    expect(years.find((y) => y.year === 2023)).not.toHaveProperty('interview');

    const read = readExchange(JSON.parse(written.text));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const rows = exchangeToRows(read.file as NonNullable<typeof read.file>, '2026-12-02T00:00:00.000Z');
    expect(rows.inventories.find((y) => y.year === 2024)?.interview).toEqual(INTERVIEW);
    expect(rows.inventories.find((y) => y.year === 2023)).not.toHaveProperty('interview');
  });

  it('by the import of an exchange file and of a backup', async () => {
    const db = await sampleWithInterview();
    const partnerFile = (await exportPartner(db, 'org-a', [2024], { appVersion: '0' })).text;
    const fromFile = await readImportText(partnerFile);
    if (!fromFile.ok) throw new Error('the exchange file did not read');
    expect(fromFile.source.data.inventories[0]?.interview).toEqual(INTERVIEW);

    const backup = (await exportBackup(db, { appVersion: '0', createdAt: '2026-12-02T00:00:00.000Z' })).text;
    const fromBackup = await readImportText(backup);
    if (!fromBackup.ok) throw new Error('the backup did not read');
    expect(fromBackup.source.data.inventories.find((y) => y.id === 'inv-a24')?.interview).toEqual(INTERVIEW);
  });

  it('refuses answers that are not text, with the path', async () => {
    const db = await sampleWithInterview();
    const file = JSON.parse((await exportPartner(db, 'org-a', [2024], { appVersion: '0' })).text);
    file.inventories[0].interview.answers.vehicles = 3;
    file.inventories[0].interview.answers['q/'.repeat(31)] = 'yes';
    const read = readExchange(file);
    const errors = read.issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]);
    expect(errors).toEqual([
      ['/inventories/0/interview/answers/vehicles', 'type'],
      [`/inventories/0/interview/answers/${'q~1'.repeat(31)}`, 'too-long'],
    ]);
  });
});
