/**
 * Importing into a database that has data: matching partners (id, business ID, name), the choices per
 * partner and year, all-or-nothing on a failure half-way, a database changed since the preview, colliding
 * ids, undo back to exactly what was there, hostile content.
 */
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  dismissImportUndo,
  listImportUndos,
  undoImport,
} from '../../../src/db/backup/applyImport';
import { exportBackup } from '../../../src/db/backup/exportBackup';
import { exportPartner } from '../../../src/db/backup/exportPartner';
import { readImportJson, readImportText } from '../../../src/db/backup/readImport';
import type { ImportPlan, ImportSource, PartnerChoice, YearChoice } from '../../../src/db/backup/types';
import type { EntryRow } from '../../../src/db/rows';
import type { PaastoDb } from '../../../src/db/schema';
import { formatIssue } from '../../../src/i18n/issueMessages';
import { canonicalJson, sha256Hex } from '../../../src/io/canonical';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { freshDb } from '../helpers';
import { dump, entry, fillSample, inventory, org } from './data';

const META = { appVersion: '0.1.0', createdAt: '2026-11-28T12:00:00.000Z' };

async function sample(name = 'paastolaskuri'): Promise<PaastoDb> {
  const { db } = freshDb(name);
  await fillSample(db);
  return db;
}

async function source(text: string): Promise<ImportSource> {
  const r = await readImportText(text);
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  return r.source;
}

/** A device where Kivi Oy's 2024 was entered differently, Puu ja Pelti Ky is spelled otherwise, and a third partner. */
async function otherDevice(): Promise<PaastoDb> {
  const { db } = freshDb('other');
  await db.transaction('rw', db.tables, async () => {
    await db.organizations.bulkAdd([
      org('x-kivi', 'Kivi Oy (Joensuu)', { businessId: '1234567-1' }),
      org('x-puu', '  puu JA   pelti ky '),
      org('x-third', 'Kolmas Oy'),
    ]);
    await db.inventories.bulkAdd([inventory('x-k24', 'x-kivi', 2024), inventory('x-k22', 'x-kivi', 2022)]);
    await db.entries.bulkAdd([
      entry('x-e1', 'x-k24', 1, { quantity: 5, quantityText: '5' }),
      entry('x-e2', 'x-k22', 1, { quantity: 7, quantityText: '7' }),
    ]);
  });
  return db;
}

function choose(plan: ImportPlan, key: string, partner: PartnerChoice, years: [number, YearChoice][] = []) {
  const c = defaultChoices(plan);
  const d = c.partners.get(key);
  if (!d) throw new Error(`no partner ${key}`);
  d.partner = partner;
  for (const [y, ch] of years) d.years.set(y, ch);
  return c;
}

async function entriesOfYear(db: PaastoDb, orgId: string, year: number): Promise<EntryRow[]> {
  const inv = await db.inventories.where('[orgId+year]').equals([orgId, year]).first();
  return inv ? db.entries.where('inventoryId').equals(inv.id).sortBy('order') : [];
}

describe('matching partners', () => {
  it('by id (a backup of this device), by business ID, and by name ignoring case and spacing', async () => {
    const db = await sample();
    const text = (await exportBackup(db, META)).text;
    const same = await planImport(db, await source(text), { lang: 'fi' });
    expect(same.partners.map((p) => p.match?.by)).toEqual(['id', 'id']);
    expect(same.partners.every((p) => p.defaultChoice === 'keep-mine')).toBe(true);
    expect(same.partners[0]?.years.map((y) => [y.year, y.defaultChoice, y.existing?.entries])).toEqual([
      [2023, 'keep-mine', 2],
      [2024, 'keep-mine', 2],
    ]);

    const other = await otherDevice();
    const plan = await planImport(other, await source(text), { lang: 'fi', at: META.createdAt });
    const kivi = plan.partners.find((p) => p.key === 'org-a');
    const puu = plan.partners.find((p) => p.key === 'org-b');
    expect(kivi?.match).toMatchObject({ orgId: 'x-kivi', by: 'businessId', years: [2022, 2024] });
    expect(kivi?.years.map((y) => [y.year, y.defaultChoice, y.existing?.entries ?? null])).toEqual([
      [2023, 'take-theirs', null],
      [2024, 'keep-mine', 1],
    ]);
    expect(kivi?.years[1]?.incoming).toMatchObject({ entries: 2, unfinished: 1 });
    expect(kivi?.copyName).toBe('Kivi Oy (tuotu 28.11.2026)');
    expect(puu?.match).toMatchObject({ orgId: 'x-puu', by: 'name' });
    const en = await planImport(other, await source(text), { lang: 'en', at: META.createdAt });
    expect(en.partners[0]?.copyName).toBe('Kivi Oy (imported 28 Nov 2026)');
  });

  it('the defaults add the years the device lacks and keep every year it has', async () => {
    const other = await otherDevice();
    const before = await entriesOfYear(other, 'x-kivi', 2024);
    const src = await source((await exportBackup(await sample(), META)).text);
    const plan = await planImport(other, src, { lang: 'fi' });
    const r = await applyImport(other, plan, defaultChoices(plan));
    expect(r.ok && r.counts).toMatchObject({
      partnersAdded: 0,
      partnersUpdated: 2,
      yearsAdded: 2,
      yearsReplaced: 0,
    });
    expect((await entriesOfYear(other, 'x-puu', 2024)).map((e) => e.id)).toEqual(['e5']);
    expect(await entriesOfYear(other, 'x-kivi', 2024)).toEqual(before);
    expect((await entriesOfYear(other, 'x-kivi', 2023)).map((e) => e.id)).toEqual(['e1', 'e2']);
    // The entry's site came with the year: matched by name or added to the partner.
    const site = (await entriesOfYear(other, 'x-kivi', 2023))[0]?.site;
    expect((await other.sites.get(site as string))?.orgId).toBe('x-kivi');
  });
});

describe('choices per partner and year', () => {
  it('take theirs replaces my year; undo restores the database exactly; dismiss forgets the record', async () => {
    const other = await otherDevice();
    const before = await dump(other);
    const src = await source(
      (await exportPartner(await sample('a'), 'org-a', [2024], { appVersion: '0' })).text,
    );
    const plan = await planImport(other, src, { lang: 'fi' });
    const key = plan.partners[0]?.key as string;
    const r = await applyImport(other, plan, choose(plan, key, 'take-theirs', [[2024, 'take-theirs']]));
    if (!r.ok) throw new Error('changed');
    expect(r.counts).toMatchObject({ yearsReplaced: 1, partnersUpdated: 1 });
    expect((await entriesOfYear(other, 'x-kivi', 2024)).map((e) => e.quantity)).toEqual([1002]);
    expect((await other.organizations.get('x-kivi'))?.name).toBe('Kivi Oy');
    expect(await entriesOfYear(other, 'x-kivi', 2022)).toHaveLength(1);

    expect((await listImportUndos(other)).map((u) => u.id)).toEqual([r.importId]);
    expect(await undoImport(other, r.importId)).toBe(true);
    expect(await dump(other)).toEqual(before);
    expect(await undoImport(other, r.importId)).toBe(false);

    const r2 = await applyImport(
      other,
      await planImport(other, src, { lang: 'fi' }),
      choose(plan, key, 'keep-mine', [[2024, 'take-theirs']]),
    );
    if (!r2.ok) throw new Error('changed');
    expect((await other.organizations.get('x-kivi'))?.name).toBe('Kivi Oy (Joensuu)');
    await dismissImportUndo(other, r2.importId);
    expect(await listImportUndos(other)).toEqual([]);
    expect(await undoImport(other, r2.importId)).toBe(false);
  });

  it('keep both puts the incoming year in a copy of the partner; keep mine changes nothing', async () => {
    const other = await otherDevice();
    const before = await dump(other);
    const src = await source(
      (await exportPartner(await sample('a'), 'org-a', [2024], { appVersion: '0' })).text,
    );
    let plan = await planImport(other, src, { lang: 'fi', at: META.createdAt });
    const key = plan.partners[0]?.key as string;
    const kept = await applyImport(other, plan, choose(plan, key, 'keep-mine', [[2024, 'keep-mine']]));
    if (!kept.ok) throw new Error('changed');
    const { imports: _a, ...now } = await dump(other);
    const { imports: _b, ...was } = before;
    expect(now).toEqual(was);

    plan = await planImport(other, src, { lang: 'fi', at: META.createdAt });
    const both = await applyImport(other, plan, choose(plan, key, 'keep-mine', [[2024, 'keep-both']]));
    if (!both.ok) throw new Error('changed');
    const copy = (await other.organizations.toArray()).find((o) => o.name === 'Kivi Oy (tuotu 28.11.2026)');
    expect(copy).toBeDefined();
    expect((await entriesOfYear(other, copy?.id as string, 2024)).map((e) => e.quantity)).toEqual([1002]);
    expect((await entriesOfYear(other, 'x-kivi', 2024)).map((e) => e.quantity)).toEqual([5]);
    // A partner-level keep both adds the whole partner as a copy.
    plan = await planImport(other, src, { lang: 'fi', at: META.createdAt });
    const whole = await applyImport(other, plan, choose(plan, key, 'keep-both'));
    expect(whole.ok && whole.counts.partnersAdded).toBe(1);
  });

  it('ids this device already uses get new ones, and the rows that refer to them follow', async () => {
    const db = await sample();
    const text = (await exportBackup(db, META)).text;
    const plan = await planImport(db, await source(text), { lang: 'fi' });
    const r = await applyImport(db, plan, choose(plan, 'org-a', 'keep-both'));
    if (!r.ok) throw new Error('changed');
    const orgs = await db.organizations.toArray();
    expect(orgs).toHaveLength(3);
    const copy = orgs.find((o) => !['org-a', 'org-b'].includes(o.id));
    const invs = await db.inventories
      .where('orgId')
      .equals(copy?.id as string)
      .toArray();
    expect(invs.map((i) => i.year).sort()).toEqual([2023, 2024]);
    expect(invs.some((i) => i.id.startsWith('inv-'))).toBe(false);
    const copied = await db.entries
      .where('inventoryId')
      .anyOf(invs.map((i) => i.id))
      .toArray();
    expect(copied).toHaveLength(4);
    const siteIds = new Set(
      (
        await db.sites
          .where('orgId')
          .equals(copy?.id as string)
          .toArray()
      ).map((s) => s.id),
    );
    for (const e of copied) if (e.site) expect(siteIds.has(e.site)).toBe(true);
    expect(await db.entries.get('e1')).toMatchObject({ inventoryId: 'inv-a23', site: 'site-a1' });
  });
});

describe('all or nothing', () => {
  it('a failure on the Nth written row leaves the database exactly as it was', async () => {
    const other = await otherDevice();
    const before = await dump(other);
    const plan = await planImport(other, await source((await exportBackup(await sample('a'), META)).text), {
      lang: 'fi',
    });
    let n = 0;
    const fail = () => {
      n++;
      if (n === 3) throw new Error('disk gave up');
    };
    other.entries.hook('creating', fail);
    try {
      await expect(
        applyImport(other, plan, choose(plan, 'org-a', 'take-theirs', [[2024, 'take-theirs']])),
      ).rejects.toThrow();
    } finally {
      other.entries.hook('creating').unsubscribe(fail);
    }
    expect(n).toBe(3);
    expect(await dump(other)).toEqual(before);
  });

  it('a database changed since the preview is not written: plan again', async () => {
    const other = await otherDevice();
    const plan = await planImport(other, await source((await exportBackup(await sample('a'), META)).text), {
      lang: 'fi',
    });
    await other.organizations.update('x-kivi', { updatedAt: '2026-11-28T13:00:00.000Z' });
    const before = await dump(other);
    expect(await applyImport(other, plan, defaultChoices(plan))).toEqual({ ok: false, reason: 'changed' });
    expect(await dump(other)).toEqual(before);
  });
});

describe('hostile content', () => {
  it('__proto__ and constructor keys pollute nothing and are not stored', async () => {
    const db = await sample();
    const text = (await exportBackup(db, META)).text
      .replace(
        '"id":"org-a"',
        '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"id":"org-a"',
      )
      .replace('"key":"lang"', '"__proto__":{"polluted":"yes"},"key":"lang"')
      .replace('"value":"en"', '"value":{"__proto__":{"polluted":"yes"},"constructor":1,"x":"en"}');
    const parsed = JSON.parse(text);
    expect(Object.hasOwn(parsed.data.organizations[0], '__proto__')).toBe(true);
    parsed.checksum = await sha256Hex(canonicalJson(parsed.data));
    const r = await readImportJson(parsed);
    if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
    expect(r.source.warnings.filter((w) => w.code === 'unknown-key').length).toBeGreaterThanOrEqual(3);
    const { db: empty } = freshDb('empty');
    const plan = await planImport(empty, r.source, { lang: 'fi' });
    await applyImport(empty, plan, defaultChoices(plan));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const all = JSON.stringify(await dump(empty));
    expect(all).not.toMatch(/__proto__|constructor|polluted/);
    expect((await empty.settings.get('lang'))?.value).toEqual({ x: 'en' });
  });

  it('a 10 MB name is refused by its length limit with a message, and nothing is written', async () => {
    const db = await sample();
    const parsed = JSON.parse((await exportBackup(db, META)).text);
    parsed.data.organizations[0].name = 'x'.repeat(10 * 1024 * 1024);
    parsed.checksum = await sha256Hex(canonicalJson(parsed.data));
    const r = await readImportJson(parsed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([['/data/organizations/0/name', 'too-long']]);
    expect(formatIssue(r.issues[0] as never, 'fi')).toMatch(/liian pitkä/);
    expect(formatIssue(r.issues[0] as never, 'en')).toMatch(/too long/);
  });

  it('markup and script in names are stored as the text they are', async () => {
    const { db } = freshDb('markup');
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script> & Oy';
    await db.organizations.add(org('m1', name));
    const text = (await exportBackup(db, META)).text;
    const { db: empty } = freshDb('empty');
    const plan = await planImport(empty, await source(text), { lang: 'fi' });
    await applyImport(empty, plan, defaultChoices(plan));
    expect((await empty.organizations.get('m1'))?.name).toBe(name);
  });
});
