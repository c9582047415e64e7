/**
 * Backup, restore and handover in Chromium against the production build, with browser contexts as separate
 * profiles: a partner exported on one profile and imported on a fresh one shows the same totals (equal to the
 * core's); a full backup restored on a fresh profile gives the same rows; drag and drop; broken and too-new
 * files refused with the reader's own messages and nothing written; a tab closed while an import is written
 * leaves the database as it was (or, had the write committed first, holds all of it); undo over a reload;
 * "Backup complete" only after the saved file was read back and verified; the reminder; a name with markup
 * shown as text; the storage banner's emergency download, and its message when storage cannot be read either.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readImportText } from '../../src/db/backup/readImport';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { formatIssue } from '../../src/i18n/issueMessages';
import { tr } from '../../src/i18n/ui';
import { canonicalJson, sha256Hex } from '../../src/io/canonical';
import { evaluateExchange } from '../../src/io/evaluate';
import { entry, inventory, org } from '../db/backup/data';
import { type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const MANUFACTURER = readFileSync('docs/examples/manufacturer.json', 'utf8');
const SMALL_OFFICE = readFileSync('docs/examples/small-office.json', 'utf8');

/**
 * A fresh profile. Without a save picker (the download path) unless `picker` installs a stand-in for
 * window.showSaveFilePicker; errors on the page are collected.
 */
async function profile(
  picker: 'none' | 'faithful' | 'corrupting' = 'none',
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript((mode: string) => {
    const w = window as unknown as Record<string, unknown>;
    if (mode === 'none') {
      delete w.showSaveFilePicker;
      return;
    }
    // A file handle in memory: what is written is kept; a corrupting one reads back a truncated file.
    w.showSaveFilePicker = async (opts: { suggestedName: string }) => {
      let stored = '';
      return {
        name: `picked-${opts.suggestedName}`,
        createWritable: async () => ({
          write: async (b: Blob) => {
            stored = await b.text();
          },
          close: async () => {
            w.__written = stored;
          },
        }),
        getFile: async () => new Blob([mode === 'corrupting' ? stored.slice(0, -40) : stored]),
      };
    };
  }, picker);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Every table of the app's database, rows sorted by key: the state of the device. */
function dump(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('paastolaskuri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => {
              out[n] = req.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Writes one row straight into a table, as another device or an old version would have left it. */
function putRow(page: Page, store: string, row: unknown): Promise<void> {
  return page.evaluate(
    ({ store, row }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paastolaskuri');
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, row },
  );
}

async function settingValue(page: Page, key: string): Promise<unknown> {
  const rows = (await dump(page)).settings as { key: string; value: unknown }[];
  return rows.find((r) => r.key === key)?.value;
}

async function addDemo(page: Page): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Lisää esimerkkikumppani' }).click();
  await page.waitForURL(/\/partners\/[^/]+$/);
  await page.locator('tbody td.num[data-kg]').first().waitFor();
}

/** The partner page's totals by year (kg, from the cells' data-kg). */
async function partnerTotals(page: Page): Promise<Record<string, { location: number; market: number }>> {
  await page.locator('tbody td.num[data-kg]').first().waitFor();
  return page.locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((r) => {
        const [loc, mar] = Array.from(r.querySelectorAll('td.num')).map((c) =>
          Number(c.getAttribute('data-kg')),
        );
        return [
          r.querySelector('th')?.textContent?.trim() ?? '',
          { location: loc ?? Number.NaN, market: mar ?? Number.NaN },
        ];
      }),
    ),
  );
}

async function coreTotals(text: string): Promise<Record<string, { location: number; market: number }>> {
  const ev = await evaluateExchange(JSON.parse(text), (ref) => loadBuiltinSet(ref));
  if (!ev.ok) throw new Error('the example does not compute');
  return Object.fromEntries(
    ev.results.map((r) => [String(r.year), { location: r.total.location, market: r.total.market }]),
  );
}

async function openPartner(page: Page, name: string): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('link', { name, exact: true }).click();
  await page.waitForURL(/\/partners\/[^/]+$/);
}

/** Clicks `button` and returns the text of the file the browser downloads and its suggested name. */
async function download(page: Page, button: string): Promise<{ text: string; name: string }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await d.path();
  return { text: readFileSync(path, 'utf8'), name: d.suggestedFilename() };
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.goto(new URL('backup', server.url).href);
  await page.locator('#backup-import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

async function importPreviewed(page: Page): Promise<void> {
  await page.locator('.backup-preview').waitFor();
  await page.getByRole('button', { name: 'Tuo', exact: true }).click();
  await page.locator('.backup-import-done').waitFor();
}

/** Creates a partner, which failing storage refuses: the storage banner with its download button. */
async function storageBanner(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Kumppanit', exact: true }).click();
  await page.getByRole('button', { name: 'Uusi kumppani' }).click();
  await page.getByLabel('Nimi', { exact: true }).fill('Ei mahdu Oy');
  await page.getByRole('button', { name: 'Luo' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Lataa tiedot tiedostoon' });
  await banner.waitFor();
  return banner;
}

const DATA_TABLES = ['organizations', 'sites', 'inventories', 'entries', 'factorSets'];

/** A valid backup file of these tables, as another device would write it. */
async function backupFile(data: Record<string, unknown[]>): Promise<string> {
  const counts = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]));
  const text = canonicalJson(data);
  const app = { name: 'Päästölaskuri', version: '0' };
  const createdAt = '2026-11-28T12:00:00.000Z';
  const header = { format: 'paastolaskuri-backup', version: 1, app, createdAt, schemaVersion: 2, counts };
  return `${JSON.stringify({ ...header, checksum: await sha256Hex(text) }).slice(0, -1)},"data":${text}}`;
}

/** A valid backup file of one partner and the given settings. */
function backupOf(partner: { id: string; name: string }, settings: { key: string; value: unknown }[]) {
  const t = '2026-11-28T12:00:00.000Z';
  const organizations = [{ ...partner, createdAt: t, updatedAt: t }];
  return backupFile({ organizations, sites: [], inventories: [], entries: [], factorSets: [], settings });
}

/** Rows sorted by their primary key, as IndexedDB's getAll returns them. */
function byKey<T>(rows: readonly T[], key: keyof T): T[] {
  return [...rows].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
}

/** A backup of one partner with two years of `perYear` entries each: an import that takes a while to write. */
async function bigBackup(perYear: number) {
  const o = org('big-org', 'Iso Tuonti Oy');
  const years = [inventory('big-2022', o.id, 2022), inventory('big-2023', o.id, 2023)];
  const entries = years.flatMap((y) =>
    Array.from({ length: perYear }, (_, i) => entry(`${y.id}-e${String(i).padStart(6, '0')}`, y.id, i)),
  );
  const data = { organizations: [o], sites: [], inventories: years, entries, factorSets: [], settings: [] };
  return { file: await backupFile(data), data };
}

describe('backup and handover in Chromium', () => {
  it('hands a partner over to a fresh profile with the same totals, and restores a full backup row for row', async () => {
    const a = await profile();
    await addDemo(a.page);
    // An unfinished entry (a number typed with the wrong separator): not in the totals, nor in a partner file.
    const partnerUrl = a.page.url();
    await a.page.goto(`${partnerUrl}/years/2024`);
    await a.page.locator('[data-total="scope1"] [data-kg]').waitFor();
    const section = await openCategory(a.page, 's1.mobile');
    const before = await section.locator('fieldset.entry').count();
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    await expect.poll(() => section.locator('fieldset.entry').count()).toBe(before + 1);
    const bad = section.locator('fieldset.entry').last();
    await bad.locator('select[id$="-activity"]').selectOption('vehicle-fuel.diesel');
    await bad.locator('input[id$="-quantity"]').fill('7.25');
    await expect.poll(() => a.page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    await a.page.goto(partnerUrl);
    const totalsA = await partnerTotals(a.page);
    const core = await coreTotals(MANUFACTURER);
    expect(totalsA).toEqual(core);

    await a.page.goto(new URL('backup', server.url).href);
    const partnerFile = await download(a.page, 'Lataa kumppanin tiedosto');
    expect(partnerFile.name).toMatch(/-\d{4}-\d{2}-\d{2}\.json$/);
    await a.page.getByText(`Tiedosto ${partnerFile.name} ladattiin.`).waitFor();
    expect(
      await a.page.getByRole('alert').filter({ hasText: 'Keskeneräisiä kirjauksia jäi pois: 1.' }).count(),
    ).toBe(1);
    const backup = await download(a.page, 'Tee varmuuskopio');
    expect(backup.name).toMatch(/^paastolaskuri-varmuuskopio-\d{4}-\d{2}-\d{2}\.json$/);
    await a.page.getByText('Varmuuskopio valmis.').waitFor();
    const dumpA = await dump(a.page);

    // Profile B: the partner file through the file input.
    const b = await profile();
    await chooseFile(b.page, partnerFile.name, partnerFile.text);
    const preview = b.page.locator('.backup-preview');
    await preview.waitFor();
    expect(await preview.locator('.backup-partner .badge').textContent()).toBe('Uusi kumppani');
    expect(await preview.getByRole('radio', { name: 'Lisää' }).isChecked()).toBe(true);
    await importPreviewed(b.page);
    await openPartner(b.page, 'Esimerkki Metalli ja Kylmä Oy');
    expect(await partnerTotals(b.page)).toEqual(totalsA);
    const dumpB = await dump(b.page);

    // Profile C: the full backup restores every row as it was on A.
    const c = await profile();
    await chooseFile(c.page, backup.name, backup.text);
    await importPreviewed(c.page);
    const dumpC = await dump(c.page);
    for (const t of DATA_TABLES) expect(dumpC[t], t).toEqual(dumpA[t]);
    // The unfinished entry came over in the backup, as typed, and not in the partner file.
    const typed = (rows: unknown[] | undefined) =>
      (rows as { quantityText?: string }[]).filter((e) => e.quantityText === '7.25').length;
    expect(typed(dumpC.entries)).toBe(1);
    expect(typed(dumpB.entries)).toBe(0);
    await openPartner(c.page, 'Esimerkki Metalli ja Kylmä Oy');
    expect(await partnerTotals(c.page)).toEqual(core);

    for (const p of [a, b, c]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }
  }, 120_000);

  it('imports a file dropped on the drop zone; Cancel writes nothing', async () => {
    const { context, page, errors } = await profile();
    await page.goto(new URL('backup', server.url).href);
    const drop = () =>
      page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'small-office.json', { type: 'application/json' }));
        const zone = document.querySelector('[data-drop-zone]') as HTMLElement;
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, SMALL_OFFICE);
    await page.locator('[data-drop-zone]').waitFor();
    const before = await dump(page);
    await drop();
    expect(await page.locator('.backup-preview h3').textContent()).toContain('small-office.json');
    await page.getByRole('button', { name: 'Peruuta' }).click();
    await page.locator('[data-drop-zone]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('backup-import-file');
    expect(await dump(page)).toEqual(before);

    await drop();
    await importPreviewed(page);
    await openPartner(page, 'Esimerkkitoimisto Oy');
    expect(await partnerTotals(page)).toEqual(await coreTotals(SMALL_OFFICE));
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('refuses a truncated file and a file of a newer version with their messages, and writes nothing', async () => {
    const { context, page, errors } = await profile();
    await addDemo(page);
    await page.goto(new URL('backup', server.url).href);
    const backup = await download(page, 'Tee varmuuskopio');
    const before = await dump(page);

    await chooseFile(page, 'cut.json', backup.text.slice(0, Math.floor(backup.text.length / 2)));
    const refused = page.locator('.backup-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Tiedostoa cut.json ei voitu tuoda. Mitään ei muutettu.');
    expect(await refused.locator('li').first().textContent()).toMatch(
      /^virhe \/: Tiedosto ei ole kelvollista JSONia \(.+\)\. Se voi olla katkennut/,
    );
    expect(await page.locator('.backup-preview').count()).toBe(0);

    const newer = JSON.stringify({ ...JSON.parse(backup.text), version: 99 });
    const read = await readImportText(newer);
    expect(read.ok).toBe(false);
    const expected = read.ok ? [] : read.issues.map((i) => formatIssue(i, 'fi'));
    expect(expected.join()).toContain('Päivitä sovellus');
    await chooseFile(page, 'newer.json', newer);
    await refused.waitFor();
    expect(await refused.locator('li').allTextContents()).toEqual(expected.slice(0, 20));

    expect(await dump(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('undoes an import that replaced a year, after a reload, back to exactly the earlier state', async () => {
    const { context, page, errors } = await profile();
    await addDemo(page);
    const totalsBefore = await partnerTotals(page);
    // A partner listed before it, so the link's choice of partner is seen.
    const t = new Date().toISOString();
    await putRow(page, 'organizations', { id: 'aaa', name: 'Aaa Oy', createdAt: t, updatedAt: t });
    const orgId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.getByRole('link', { name: 'Vie tai varmuuskopioi' }).click();
    await page.waitForURL(/\/backup\?partner=/);
    await expect.poll(() => page.getByLabel('Kumppani', { exact: true }).inputValue()).toBe(orgId);
    const exported = await download(page, 'Lataa kumppanin tiedosto');
    // The same partner with every quantity doubled: another device's version of the year.
    const file = JSON.parse(exported.text) as {
      inventories: { entries: { quantity: number }[]; results?: unknown }[];
    };
    for (const inv of file.inventories) {
      delete inv.results;
      for (const e of inv.entries) e.quantity *= 2;
    }
    const before = await dump(page);

    // With the defaults (keep mine) nothing changes, and no undo is offered for it.
    await chooseFile(page, 'toinen-laite.json', JSON.stringify(file));
    await importPreviewed(page);
    expect(await page.locator('.backup-import-done').textContent()).toContain('Mitään ei muutettu');
    expect(await dump(page)).toEqual(before);
    expect(await page.locator('.backup-undo').count()).toBe(0);

    await chooseFile(page, 'toinen-laite.json', JSON.stringify(file));
    const partner = page.locator('.backup-partner');
    await partner.waitFor();
    expect(await partner.locator('.badge').textContent()).toBe('Löytyy jo');
    expect(await partner.getByRole('radio', { name: 'Pidä omani' }).first().isChecked()).toBe(true);
    await partner.locator('tr[data-year="2024"]').getByRole('radio', { name: 'Ota tiedoston' }).check();
    await importPreviewed(page);
    await openPartner(page, 'Esimerkki Metalli ja Kylmä Oy');
    const doubled = await partnerTotals(page);
    expect(doubled['2024']?.location).toBeCloseTo(2 * (totalsBefore['2024']?.location ?? 0), 6);

    await page.reload();
    const notice = page.locator('.backup-undo');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Esimerkki Metalli ja Kylmä Oy');
    page.once('dialog', (d) => void d.accept());
    await notice.getByRole('button', { name: 'Peru tuonti' }).click();
    await page.locator('.backup-undone').waitFor();
    expect(await page.locator('.backup-undo').count()).toBe(0);
    expect(await dump(page)).toEqual(before);
    expect(await partnerTotals(page)).toEqual(totalsBefore);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('re-plans and says so when the data changed after the preview, writing nothing until confirmed again', async () => {
    const { context, page, errors } = await profile();
    await addDemo(page);
    const partnerUrl = page.url();
    await page.goto(new URL('backup', server.url).href);
    const exported = await download(page, 'Lataa kumppanin tiedosto');
    await chooseFile(page, 'sama.json', exported.text);
    const partner = page.locator('.backup-partner');
    await partner.waitFor();
    await partner.getByRole('radio', { name: /^Pidä molemmat \(/ }).check();

    // Another tab edits the partner while the preview is open.
    const other = await context.newPage();
    await other.goto(partnerUrl);
    await other.getByLabel('Kotikunta').fill('Joensuu');
    await expect.poll(() => other.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    const edited = await dump(page);

    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByText('Tämän laitteen tiedot muuttuivat esikatselun jälkeen').waitFor();
    expect(await dump(page)).toEqual(edited);
    // The new preview starts from the defaults: keep mine, which adds nothing here.
    expect(await partner.getByRole('radio', { name: 'Pidä omani' }).first().isChecked()).toBe(true);
    await partner.getByRole('radio', { name: /^Pidä molemmat \(/ }).check();
    await importPreviewed(page);
    const after = await dump(page);
    const names = (after.organizations as { name: string }[]).map((o) => o.name).sort();
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/^Esimerkki Metalli ja Kylmä Oy \(tuotu \d{1,2}\.\d{1,2}\.\d{4}\)$/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('reads in English', async () => {
    const { context, page, errors } = await profile();
    await page.goto(new URL('backup', server.url).href);
    await page.getByRole('heading', { level: 1, name: 'Varmuuskopio ja siirto' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Backup and transfer' }).waitFor();
    await page.getByRole('button', { name: 'Make a backup' }).waitFor();
    expect(await page.getByLabel('Choose a file').count()).toBe(1);
    expect(await page.getByText('No backup has been made on this device yet.').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('says "Backup complete" only after the saved file was read back and verified', async () => {
    const bad = await profile('corrupting');
    await addDemo(bad.page);
    await bad.page.goto(new URL('backup', server.url).href);
    await bad.page.getByRole('button', { name: 'Tee varmuuskopio' }).click();
    await bad.page.locator('.backup-failed').waitFor();
    expect(await bad.page.locator('.backup-failed').textContent()).toContain('ei voitu tarkistaa');
    expect(await bad.page.getByText('Varmuuskopio valmis.').count()).toBe(0);
    expect(await settingValue(bad.page, 'lastBackupAt')).toBeUndefined();
    await bad.context.close();

    const good = await profile('faithful');
    await addDemo(good.page);
    await good.page.goto(new URL('backup', server.url).href);
    await good.page.getByRole('button', { name: 'Tee varmuuskopio' }).click();
    const done = good.page.locator('.backup-done');
    await done.waitFor();
    const written =
      (await good.page.evaluate(() => (window as unknown as { __written: string }).__written)) ?? '';
    const read = await readImportText(written);
    expect(read.ok).toBe(true);
    const counts = read.ok ? read.source.header?.counts : undefined;
    expect(await done.textContent()).toContain(
      `kumppaneita ${counts?.organizations}, laskentavuosia ${counts?.inventories}, kirjauksia ${counts?.entries}`,
    );
    expect(await done.textContent()).toMatch(/picked-paastolaskuri-varmuuskopio-\d{4}-\d{2}-\d{2}\.json/);
    const last = await settingValue(good.page, 'lastBackupAt');
    expect(typeof last).toBe('string');
    expect(await good.page.locator('.backup-last').getAttribute('data-last-backup')).toBe(last);
    expect(good.errors).toEqual([]);
    await good.context.close();
  }, 60_000);

  it('suggests a backup for unsaved or stale data, not after one, and snoozes for a day', async () => {
    const { context, page, errors } = await profile();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Uusi kumppani' }).click();
    await page.getByLabel('Nimi', { exact: true }).fill('Muistutus Oy');
    await page.getByRole('button', { name: 'Luo' }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    await page.getByRole('link', { name: 'Kumppanit', exact: true }).click();
    const banner = page.locator('.backup-reminder');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Tiedoista ei ole varmuuskopiota.');

    await banner.getByRole('link', { name: 'Tee varmuuskopio' }).click();
    await page.waitForURL(/\/backup$/);
    await download(page, 'Tee varmuuskopio');
    await page.getByText('Varmuuskopio valmis.').waitFor();
    await page.getByRole('link', { name: 'Kumppanit', exact: true }).click();
    await page.getByRole('heading', { name: 'Ilmastokumppanit' }).waitFor();
    await page.waitForTimeout(300);
    expect(await banner.count()).toBe(0);

    // A backup ten days old, with the partner changed since (it was created after it).
    const old = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString();
    await putRow(page, 'settings', { key: 'lastBackupAt', value: old });
    await page.reload();
    await banner.waitFor();
    expect(await banner.textContent()).toContain('viimeisimmän varmuuskopion (');
    await banner.getByRole('button', { name: 'Muistuta huomenna' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Ilmastokumppanit' }).waitFor();
    await page.waitForTimeout(300);
    expect(await banner.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('warns of factor sets neither the device nor the file has', async () => {
    const { context, page, errors } = await profile();
    const file = JSON.parse(SMALL_OFFICE) as {
      inventories: { factorSet: { id: string; release: string } }[];
    };
    for (const inv of file.inventories) inv.factorSet = { id: 'fi', release: '2099.1' };
    await chooseFile(page, 'tuleva.json', JSON.stringify(file));
    const warning = page.locator('.backup-missing-sets');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('fi-2099.1');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('names differing settings as the settings page does; the focus follows keeping and undoing an import', async () => {
    const { context, page, errors } = await profile();
    await page.goto(new URL('backup', server.url).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await putRow(page, 'settings', { key: 'defaultGwp', value: 'AR6' });
    await chooseFile(
      page,
      'asetukset.json',
      await backupOf({ id: 'o-1', name: 'Asetus Oy' }, [{ key: 'defaultGwp', value: 'AR5' }]),
    );
    const settings = page.locator('.backup-preview fieldset.field');
    await settings.waitFor();
    const shown = (await settings.textContent()) ?? '';
    expect(shown).toContain('Oletus-GWP uusille vuosille');
    expect(shown).toContain('tällä laitteella AR6, tiedostossa AR5');
    expect(shown).not.toContain('defaultGwp');
    await importPreviewed(page);

    // "Keep the import": its notice goes, and the focus goes to the page's heading, not to the document.
    const notice = page.locator('.backup-undo');
    await notice.getByRole('button', { name: 'Säilytä tuonti' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.matches('main h1'))).toBe(true);

    // "Undo": the focus goes to the message saying what happened.
    await chooseFile(page, 'toinen.json', await backupOf({ id: 'o-2', name: 'Toinen Oy' }, []));
    await importPreviewed(page);
    page.once('dialog', (d) => void d.accept());
    await notice.getByRole('button', { name: 'Peru tuonti' }).click();
    await page.locator('.backup-undone').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('backup-undone')))
      .toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('when storage refuses writes, the banner downloads a full backup that imports, and records no backup time', async () => {
    const { context, page, errors } = await profile();
    await addDemo(page);
    const before = await dump(page);
    // From now on every write fails as a full disk makes it fail; reading still works.
    await page.evaluate(() => {
      for (const m of ['put', 'add', 'delete', 'clear'] as const) {
        const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
        store[m] = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
    });
    // Within the page (a reload would undo the patch).
    await storageBanner(page);
    const saved = await download(page, 'Lataa tiedot tiedostoon');
    expect(saved.name).toMatch(/^paastolaskuri-varmuuskopio-\d{4}-\d{2}-\d{2}\.json$/);
    const read = await readImportText(saved.text);
    if (!read.ok) throw new Error(read.issues.map((i) => formatIssue(i, 'en')).join('\n'));
    expect(read.source.kind).toBe('backup');
    // Every stored row is in it, exactly; the failed partner is not (it was never stored).
    const data = read.source.data as unknown as Record<string, unknown[]>;
    for (const t of DATA_TABLES) expect(data[t], t).toEqual(before[t]);
    expect(read.source.data.organizations.map((o) => o.name)).not.toContain('Ei mahdu Oy');
    expect(await settingValue(page, 'lastBackupAt')).toBeUndefined();
    expect(errors.filter((e) => !/quota/i.test(e))).toEqual([]);
    await context.close();
  }, 60_000);

  it('leaves the database as it was when the tab is closed while an import is being written', async ({
    annotate,
  }) => {
    const { context, page, errors } = await profile();
    // Counts the rows each store is asked to add: the moment the import's writes are under way.
    await context.addInitScript(() => {
      const adds: Record<string, number> = {};
      const add = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        adds[this.name] = (adds[this.name] ?? 0) + 1;
        return add.apply(this, args);
      };
      (window as unknown as { __adds: Record<string, number> }).__adds = adds;
    });
    await addDemo(page);
    const before = await dump(page);
    const perYear = 20_000;
    const { file, data } = await bigBackup(perYear);
    await chooseFile(page, 'iso.json', file);
    await page.locator('.backup-preview').waitFor();
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByText('Tuodaan…').waitFor();
    await expect
      .poll(
        () =>
          page.evaluate(() => (window as unknown as { __adds: Record<string, number> }).__adds.entries ?? 0),
        {
          interval: 5,
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(0);
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    await again.goto(server.url);
    const after = await dump(again);
    const unchanged = JSON.stringify(after) === JSON.stringify(before);
    await annotate(
      unchanged ? 'closed before the commit: as before' : 'committed before the close: complete',
    );
    if (unchanged) {
      expect(after).toEqual(before);
    } else {
      // The transaction committed before the tab went: then all of it is there, every entry exactly.
      const expected: Record<string, unknown[]> = { ...before };
      for (const [t, key] of [
        ['organizations', 'id'],
        ['sites', 'id'],
        ['inventories', 'id'],
        ['entries', 'id'],
      ] as const)
        expected[t] = byKey([...(before[t] ?? []), ...data[t]] as Record<string, string>[], key);
      expect({ ...after, imports: [] }).toEqual({ ...expected, imports: [] });
      expect(after.entries).toHaveLength((before.entries?.length ?? 0) + 2 * perYear);
      expect(after.imports).toHaveLength((before.imports?.length ?? 0) + 1);
      const added = (
        after.imports as { added: Record<string, string[]>; counts: Record<string, number> }[]
      ).find((r) => r.added.organizations?.includes('big-org'));
      expect(added?.added).toEqual({
        organizations: ['big-org'],
        sites: [],
        inventories: ['big-2022', 'big-2023'],
        entries: [],
        factorSets: [],
        settings: [],
      });
      expect(added?.counts).toMatchObject({ partnersAdded: 1, yearsAdded: 2, entriesWritten: 2 * perYear });
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('says so in plain words when storage can be neither written nor read for the emergency download', async () => {
    const { context, page, errors } = await profile();
    await addDemo(page);
    // Every write fails as a full disk makes it fail, and every read fails too: storage has gone bad.
    await page.evaluate(() => {
      const fail = (name: string, message: string) => () => {
        throw new DOMException(message, name);
      };
      for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<
        string,
        unknown
      >[]) {
        for (const m of ['put', 'add', 'delete', 'clear'])
          if (m in proto) proto[m] = fail('QuotaExceededError', 'The quota has been exceeded.');
        for (const m of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'])
          if (m in proto) proto[m] = fail('UnknownError', 'Reading failed (test).');
      }
    });
    const banner = await storageBanner(page);
    expect(await banner.getByText(tr('fi', 'exportFailed')).count()).toBe(0);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await banner.getByRole('button', { name: 'Lataa tiedot tiedostoon' }).click();
    await banner.getByText(tr('fi', 'exportFailed')).waitFor();
    // The words follow the language, and no file (an empty or partial one) was given as if it were the data.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').getByText(tr('en', 'exportFailed')).waitFor();
    expect(downloads).toEqual([]);
    expect(errors.filter((e) => !/quota|reading failed/i.test(e))).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows a partner name with markup as text in the preview', async () => {
    const { context, page, errors } = await profile();
    const name = '<img src=x onerror="window.__xss=1"><b>Lihava</b> Oy';
    const file = JSON.parse(SMALL_OFFICE) as { organization: { name: string } };
    file.organization.name = name;
    await chooseFile(page, 'markup.json', JSON.stringify(file));
    const partner = page.locator('.backup-partner');
    await partner.waitFor();
    expect(await partner.locator('legend').first().textContent()).toBe(name);
    expect(await page.locator('.backup-preview img, .backup-preview b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await importPreviewed(page);
    expect(await page.locator('.backup-undo').textContent()).toContain(name);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
