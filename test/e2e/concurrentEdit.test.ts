/**
 * Issue 16, defects 1 and 2, in Chromium against the production build. Two pages of one browser context
 * share one profile (one IndexedDB), as two tabs of a user do: typing into the same quantity and the same note
 * in both never loses a value without a word; the other tab's value and a choice are shown beside the field.
 * With writes failing as a full disk makes them fail, everything typed is kept, marked as not saved, and
 * stored once storage works again (next write, retry button, the tab shown again, back online).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

interface StoredEntry {
  id: string;
  quantity: number | null;
  quantityText: string;
  note?: string;
  sourceNote?: string;
}

/** The entry as IndexedDB holds it, read past the app. */
function storedEntry(page: Page, id: string): Promise<StoredEntry | undefined> {
  return page.evaluate(
    (id) =>
      new Promise<StoredEntry | undefined>((resolve, reject) => {
        const open = indexedDB.open('paastolaskuri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('entries', 'readonly').objectStore('entries').get(id);
          req.onsuccess = () => {
            db.close();
            resolve(req.result as StoredEntry | undefined);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    id,
  );
}

/** The save status; it follows a field's choice box by one effect (the hold is taken after the box is drawn). */
const indicator = (page: Page) => page.locator('.save-indicator').getAttribute('data-state');

/** Opens a category of the year page (categories start folded). */
async function openCategory(page: Page, category: string): Promise<Locator> {
  const section = page.locator(`section[data-category="${category}"]`);
  const toggle = section.locator('button.category-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return section;
}

/** Adds a district-heat entry through the app; returns its editor and id. */
async function addHeatEntry(page: Page): Promise<{ entry: Locator; id: string }> {
  const section = await openCategory(page, 's2.heat');
  await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
  const entry = section.locator('fieldset.entry').last();
  await entry.waitFor();
  await entry.locator('select[id$="-activity"]').selectOption('district-heat.fi');
  const id = (await entry.getAttribute('data-entry')) ?? '';
  expect(id).not.toBe('');
  await expect.poll(() => indicator(page)).toBe('saved');
  return { entry, id };
}

/** The same entry's editor in another tab: open its category and its row. */
async function openEntry(page: Page, url: string, id: string): Promise<Locator> {
  await page.goto(url);
  await page.locator('[data-total="scope1"]').waitFor();
  await openCategory(page, 's2.heat');
  await page.locator(`#row-${id}`).click();
  const entry = page.locator(`fieldset.entry[data-entry="${id}"]`);
  await entry.waitFor();
  return entry;
}

/** Types at the end of what the field holds, key by key, as a user does. */
async function typeAtEnd(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('End');
  await field.pressSequentially(text);
}

/** From now on every write fails with QuotaExceededError (reads still work); returns the way back. */
async function fillDisk(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const m of ['put', 'add', 'delete', 'clear']) {
      kept[m] = store[m];
      store[m] = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
    (globalThis as unknown as { __kept: Record<string, unknown> }).__kept = kept;
  });
  return () =>
    page.evaluate(() => {
      const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      const kept = (globalThis as unknown as { __kept: Record<string, unknown> }).__kept;
      for (const m of Object.keys(kept)) store[m] = kept[m];
    });
}

/** Types into quantity, note and source while writes fail; checks each field says it is not saved. */
async function typeWhileFull(page: Page, entry: Locator): Promise<void> {
  const quantity = entry.locator('input[id$="-quantity"]');
  await quantity.fill('');
  await typeAtEnd(quantity, '500');
  await typeAtEnd(entry.locator('input[id$="-note"]'), 'mittarilukema');
  await typeAtEnd(entry.locator('input[id$="-source"]'), 'Lasku 7/2024');
  await page.getByRole('alert').getByText('Laitteen tallennustila on täynnä').waitFor();
  // Out of the fields: each keeps what was typed and says, beside itself, that it is not saved.
  await page.keyboard.press('Tab');
  for (const [field, text] of [
    ['quantity', '500'],
    ['note', 'mittarilukema'],
    ['source', 'Lasku 7/2024'],
  ] as const) {
    const input = entry.locator(`input[id$="-${field}"]`);
    await expect.poll(() => input.getAttribute('data-save')).toBe('failed');
    expect(await input.inputValue()).toBe(text);
    const noteId = (await input.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${noteId.split(' ').pop()}"]`).textContent()).toContain(
      'Ei vielä tallennettu',
    );
  }
  expect(await indicator(page)).toBe('failed');
  expect(await page.getByRole('alert').textContent()).toContain('Tallentamattomia muutoksia: 3');
}

/** After a reload, IndexedDB and the fields hold everything typed while the disk was full. */
async function expectAllStored(page: Page, id: string, note: string): Promise<void> {
  await expect.poll(() => indicator(page)).toBe('saved');
  expect(await page.getByRole('alert').count()).toBe(0);
  await page.reload();
  expect(await storedEntry(page, id)).toMatchObject({
    quantity: 500,
    quantityText: '500',
    note,
    sourceNote: 'Lasku 7/2024',
  });
  await openCategory(page, 's2.heat');
  await page.locator(`#row-${id}`).click();
  await expect.poll(() => page.locator(`#e-${id}-quantity`).inputValue()).toBe('500');
  expect(await page.locator(`#e-${id}-note`).inputValue()).toBe(note);
}

describe('two tabs editing one year', () => {
  it('a quantity typed in both: the first tab sees the other value and a choice; nothing changes unseen', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const a = await context.newPage();
    a.on('pageerror', (e) => errors.push(e.message));
    const url = await createPartnerWithYear(a, server.url, 'Kaksi välilehteä Oy');
    const { entry: inA, id } = await addHeatEntry(a);
    const b = await context.newPage();
    b.on('pageerror', (e) => errors.push(e.message));
    const inB = await openEntry(b, url, id);
    const qA = inA.locator('input[id$="-quantity"]');
    const qB = inB.locator('input[id$="-quantity"]');

    // A types 100; B, not in the field, shows what is stored.
    await typeAtEnd(qA, '100');
    await expect.poll(() => qB.inputValue()).toBe('100');
    // B types 200 after it. A is still in its field: it keeps 100 and shows B's value with the choice.
    await typeAtEnd(qB, '200');
    await expect.poll(async () => (await storedEntry(a, id))?.quantity).toBe(100200);
    const conflictA = a.locator(`#e-${id}-quantity-save`);
    await expect.poll(() => conflictA.textContent()).toContain('100 200');
    expect(await conflictA.textContent()).toContain('Toisessa välilehdessä tähän tallennettiin');
    expect(await qA.inputValue()).toBe('100');
    expect(await qA.getAttribute('data-save')).toBe('conflict');
    expect((await qA.getAttribute('aria-describedby')) ?? '').toContain(`e-${id}-quantity-save`);
    await expect.poll(() => indicator(a)).toBe('conflict');
    // A's total is computed from what is stored (B's value), the same as B's: the field says it differs.
    const total = async (p: Page) =>
      Number(await p.locator('[data-total="s2Location"] [data-kg]').getAttribute('data-kg'));
    await expect.poll(async () => (await total(a)) === (await total(b)) && (await total(a)) > 0).toBe(true);

    // A takes B's value: the field shows it, nothing is written, both tabs agree and say saved.
    await conflictA.getByRole('button', { name: 'Ota toisen välilehden arvo' }).click();
    expect(await qA.inputValue()).toBe('100 200');
    expect(await conflictA.count()).toBe(0);
    expect((await storedEntry(a, id))?.quantity).toBe(100200);
    await expect.poll(() => indicator(a)).toBe('saved');

    // Out of the field, A follows B at once: nothing of A's is being edited.
    await qA.blur();
    await qB.fill('');
    await typeAtEnd(qB, '42');
    await expect.poll(() => qA.inputValue()).toBe('42');
    expect(await conflictA.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('a note typed in both, interleaved: the waiting choice holds the edit; "keep mine" reaches the other tab as a choice too', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const a = await context.newPage();
    a.on('pageerror', (e) => errors.push(e.message));
    const url = await createPartnerWithYear(a, server.url, 'Muistiinpanot Oy');
    const { entry: inA, id } = await addHeatEntry(a);
    const b = await context.newPage();
    b.on('pageerror', (e) => errors.push(e.message));
    const inB = await openEntry(b, url, id);
    const nA = inA.locator('input[id$="-note"]');
    const nB = inB.locator('input[id$="-note"]');

    await typeAtEnd(nA, 'aaa');
    await expect.poll(() => nB.inputValue()).toBe('aaa');
    await typeAtEnd(nB, 'bbb');
    const conflictA = a.locator(`#e-${id}-note-save`);
    await expect.poll(() => conflictA.textContent()).toContain('aaabbb');
    // A goes on typing: its text waits for the choice instead of overwriting B's.
    await typeAtEnd(nA, 'ccc');
    expect(await nA.inputValue()).toBe('aaaccc');
    await a.waitForTimeout(300);
    expect((await storedEntry(a, id))?.note).toBe('aaabbb');
    await expect.poll(() => indicator(a)).toBe('conflict');

    // A keeps its text: written; B, still in its field, now gets the choice in turn.
    await conflictA.getByRole('button', { name: 'Pidä oma arvosi' }).click();
    await expect.poll(async () => (await storedEntry(a, id))?.note).toBe('aaaccc');
    await expect.poll(() => indicator(a)).toBe('saved');
    const conflictB = b.locator(`#e-${id}-note-save`);
    await expect.poll(() => conflictB.textContent()).toContain('aaaccc');
    expect(await nB.inputValue()).toBe('aaabbb');
    await expect.poll(() => indicator(b)).toBe('conflict');
    await conflictB.getByRole('button', { name: 'Ota toisen välilehden arvo' }).click();
    expect(await nB.inputValue()).toBe('aaaccc');
    await expect.poll(() => indicator(b)).toBe('saved');

    // After a reload both show what is stored.
    await b.reload();
    await openCategory(b, 's2.heat');
    await b.locator(`#row-${id}`).click();
    await expect.poll(() => b.locator(`#e-${id}-note`).inputValue()).toBe('aaaccc');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('closing an editor while a choice waits', () => {
  it('writes nothing over the other tab’s value; the choice is shown again when the entry is opened', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const a = await context.newPage();
    a.on('pageerror', (e) => errors.push(e.message));
    const url = await createPartnerWithYear(a, server.url, 'Suljettu editori Oy');
    const { entry: inA, id } = await addHeatEntry(a);
    const b = await context.newPage();
    const inB = await openEntry(b, url, id);
    const nA = inA.locator('input[id$="-note"]');
    await typeAtEnd(nA, 'aaa');
    await expect.poll(() => inB.locator('input[id$="-note"]').inputValue()).toBe('aaa');
    await typeAtEnd(inB.locator('input[id$="-note"]'), 'bbb');
    const conflictA = a.locator(`#e-${id}-note-save`);
    await expect.poll(() => conflictA.textContent()).toContain('aaabbb');
    // A types during the choice, then closes the entry without choosing: closing is no choice.
    await typeAtEnd(nA, 'ccc');
    await a.locator(`#edit-${id}`).getByRole('button', { name: 'Sulje kirjaus' }).click();
    await a.waitForTimeout(300);
    expect((await storedEntry(a, id))?.note).toBe('aaabbb');
    await expect.poll(() => indicator(a)).toBe('conflict');
    // Opened again, the entry shows A's text and the choice; keeping it writes it.
    await a.locator(`#row-${id}`).click();
    await expect.poll(() => a.locator(`#e-${id}-note`).inputValue()).toBe('aaaccc');
    await expect.poll(() => conflictA.textContent()).toContain('aaabbb');
    await conflictA.getByRole('button', { name: 'Pidä oma arvosi' }).click();
    await expect.poll(async () => (await storedEntry(a, id))?.note).toBe('aaaccc');
    await expect.poll(() => indicator(a)).toBe('saved');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('the details of a partner in two tabs', () => {
  it('each field typed in one tab reaches the other, and never conflicts with its own writes', async () => {
    const context = await browser.newContext();
    const a = await context.newPage();
    const yearUrl = await createPartnerWithYear(a, server.url, 'Perustiedot Oy');
    const partnerUrl = yearUrl.replace(/\/years\/2024$/, '');
    await a.goto(partnerUrl);
    await a.locator('#new-site').fill('Varasto');
    await a.getByRole('button', { name: 'Lisää toimipaikka' }).click();
    const b = await context.newPage();
    await b.goto(partnerUrl);
    const siteId = await a.locator('input[id^="site-"]').first().getAttribute('id');
    const fields: [string, string][] = [
      ['#org-name', ' ja Poika'],
      // A TOL 2008 code: the sector field stores a code (typed or chosen from its list), never free text.
      ['#org-sector', '41'],
      ['#org-municipality', 'Joensuu'],
      ['#org-base-year', '2019'],
      [`#${siteId}`, ' 2'],
    ];
    // Counts every choice ever drawn in A, also one that came and went between two keystrokes.
    await a.evaluate(() => {
      const g = globalThis as unknown as { __choices: number };
      g.__choices = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of Array.from(r.addedNodes))
            if (n instanceof Element && (n.matches('.field-conflict') || n.querySelector('.field-conflict')))
              g.__choices++;
      }).observe(document.body, { childList: true, subtree: true });
    });
    for (const [field, text] of fields) {
      const before = await a.locator(field).inputValue();
      await typeAtEnd(a.locator(field), text);
      await expect.poll(() => b.locator(field).inputValue()).toBe(before + text);
      // Typed key by key, every write came back to the typing tab as its own: no choice was offered.
      expect(await a.locator(`[id="${field.slice(1)}-save"]`).count()).toBe(0);
      expect(await a.locator(field).getAttribute('data-save')).not.toBe('conflict');
    }
    expect(await a.evaluate(() => (globalThis as unknown as { __choices: number }).__choices)).toBe(0);
    await expect.poll(() => indicator(a)).toBe('saved');
    await expect.poll(() => indicator(b)).toBe('saved');
    await context.close();
  }, 90_000);
});

describe('typing while storage refuses writes', () => {
  it('keeps every field typed and stores them all at the next successful write', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await createPartnerWithYear(page, server.url, 'Täysi levy Oy');
    const { entry, id } = await addHeatEntry(page);
    const clear = await fillDisk(page);
    await typeWhileFull(page, entry);
    // The editor closed and opened again (the year page draws only open rows) shows the kept edits.
    await page.locator(`#edit-${id}`).getByRole('button', { name: 'Sulje kirjaus' }).click();
    await page.locator(`#row-${id}`).click();
    await expect.poll(() => entry.locator('input[id$="-quantity"]').inputValue()).toBe('500');
    expect(await entry.locator('input[id$="-note"]').inputValue()).toBe('mittarilukema');
    expect(await entry.locator('input[id$="-note"]').getAttribute('data-save')).toBe('failed');
    await clear();
    // One more character in the note: the note and every other kept field are written.
    await typeAtEnd(entry.locator('input[id$="-note"]'), '!');
    await expectAllStored(page, id, 'mittarilukema!');
    await context.close();
  }, 90_000);

  it('asks before the tab is reloaded or closed while edits are kept unsaved, and not once they are stored', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await createPartnerWithYear(page, server.url, 'Lähtijä Oy');
    const { entry, id } = await addHeatEntry(page);
    const clear = await fillDisk(page);
    await typeWhileFull(page, entry);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    // The browser asks; staying keeps the page and everything typed.
    await page.evaluate(() => location.reload());
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(await entry.locator('input[id$="-quantity"]').inputValue()).toBe('500');
    await clear();
    await page.getByRole('alert').getByRole('button', { name: 'Yritä tallentaa uudelleen' }).click();
    await expectAllStored(page, id, 'mittarilukema');
    expect(dialogs).toEqual(['beforeunload']);
    await context.close();
  }, 90_000);

  it('stores them all from the retry button in the storage message', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await createPartnerWithYear(page, server.url, 'Uudelleen Oy');
    const { entry, id } = await addHeatEntry(page);
    const clear = await fillDisk(page);
    await typeWhileFull(page, entry);
    // Retrying while the disk is still full keeps everything and says so again.
    await page.getByRole('alert').getByRole('button', { name: 'Yritä tallentaa uudelleen' }).click();
    await page.waitForTimeout(300);
    expect(await indicator(page)).toBe('failed');
    await clear();
    await page.getByRole('alert').getByRole('button', { name: 'Yritä tallentaa uudelleen' }).click();
    await expectAllStored(page, id, 'mittarilukema');
    await context.close();
  }, 90_000);

  it('stores them all when the tab is shown again, and when the device comes back online', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await createPartnerWithYear(page, server.url, 'Palaava Oy');
    const { entry, id } = await addHeatEntry(page);
    let clear = await fillDisk(page);
    await typeWhileFull(page, entry);
    await clear();
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expectAllStored(page, id, 'mittarilukema');

    const again = page.locator(`fieldset.entry[data-entry="${id}"]`);
    clear = await fillDisk(page);
    const note = again.locator('input[id$="-note"]');
    await typeAtEnd(note, ' 2');
    await expect.poll(() => indicator(page)).toBe('failed');
    await clear();
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => indicator(page)).toBe('saved');
    expect((await storedEntry(page, id))?.note).toBe('mittarilukema 2');
    await context.close();
  }, 90_000);
});
