/**
 * Bulk entry in Chromium against the production build: a user pastes twelve monthly electricity readings,
 * checks the preview and confirms; the year's Scope 2 total on screen must equal the core's calculation of
 * those entries. A Finnish CSV file (Windows-1252, semicolons) is uploaded with the file picker; its problem
 * row is shown with its row number and not added. Cancel and Esc write nothing.
 */

import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { type Entry, newInventory } from '../../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';
import { openEntries } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const newPartnerWithYear = (page: Page, name: string) => createPartnerWithYear(page, server.url, name);

/** The page's document, as the test's types (no DOM library) see it inside page.evaluate. */
type PageDocument = {
  document: { activeElement: { textContent: string | null; closest(selector: string): unknown } | null };
};

async function shownKg(page: Page, total: string): Promise<number> {
  return Number(await page.locator(`[data-total="${total}"] [data-kg]`).getAttribute('data-kg'));
}

async function openImport(page: Page, category: string) {
  const section = page.locator(`section[data-category="${category}"]`);
  // A folded category shows its header only: the import button is inside.
  const toggle = section.locator('button.category-toggle');
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
  await section.getByRole('button', { name: /^Tuo taulukosta/ }).click();
  const dialog = page.getByRole('dialog', { name: /Tuo kirjauksia taulukosta/ });
  await dialog.waitFor();
  return dialog;
}

const READINGS = [1210, 1105.5, 980, 760, 540.25, 410, 380, 395, 520, 730, 940, 1180.75];
const MONTHS = [
  'tammikuu',
  'helmikuu',
  'maaliskuu',
  'huhtikuu',
  'toukokuu',
  'kesäkuu',
  'heinäkuu',
  'elokuu',
  'syyskuu',
  'lokakuu',
  'marraskuu',
  'joulukuu',
];

describe('bulk entry in Chromium', () => {
  it('pastes twelve monthly readings, previews, adds them; Scope 2 equals the core', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await newPartnerWithYear(page, 'Sähkö Oy');

    // Cancel and Esc write nothing.
    let dialog = await openImport(page, 's2.electricity');
    await dialog.getByLabel('Tai liitä solut tähän').fill('1/2024\t100');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    dialog = await openImport(page, 's2.electricity');
    await dialog.getByLabel('Tai liitä solut tähän').fill('1/2024\t100');
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('section[data-category="s2.electricity"] fieldset.entry').count()).toBe(0);
    // Focus is back on the button that opened the dialog.
    expect(
      await page.evaluate(() => (globalThis as unknown as PageDocument).document.activeElement?.textContent),
    ).toBe('Tuo taulukosta');

    // Cells as a spreadsheet puts them on the clipboard: tabs, Finnish numbers, a header row.
    const pasted = [
      'Kuukausi\tKulutus (kWh)',
      ...READINGS.map((v, i) => `${MONTHS[i]} 2024\t${String(v).replace('.', ',')}`),
    ].join('\n');
    dialog = await openImport(page, 's2.electricity');
    // The dialog is modal: focus is inside it.
    expect(
      await page.evaluate(
        () => !!(globalThis as unknown as PageDocument).document.activeElement?.closest('dialog[open]'),
      ),
    ).toBe(true);
    await dialog.getByLabel('Tai liitä solut tähän').fill(pasted);
    await expect
      .poll(() => dialog.locator('[data-bulk-counts]').getAttribute('data-bulk-counts'))
      .toBe('12/0/0');
    expect(await dialog.getByRole('combobox', { name: 'Määrän sarake' }).inputValue()).toBe('1');
    const rows = dialog.locator('tbody tr[data-line]');
    expect(await rows.count()).toBe(10);
    expect(await rows.first().textContent()).toContain('1/2024');
    expect(await dialog.getByText(/ja 2 muuta riviä/).count()).toBe(1);
    // The data quality chosen in the dialog goes to every entry.
    await dialog.getByLabel('Tiedon laatu kaikille riveille').selectOption('measured');
    await dialog.getByRole('button', { name: 'Lisää 12 kirjausta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const section = await openEntries(page, 's2.electricity', 12);
    await expect.poll(() => section.locator('fieldset.entry').count()).toBe(12);
    expect(await section.getByRole('status').textContent()).toContain('12 kirjausta lisättiin');

    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const entries: Entry[] = READINGS.map((quantity, i) => ({
      id: `m${i}`,
      category: 's2.electricity',
      activity: 'electricity.fi',
      quantity,
      unit: 'kWh',
      period: `2024-${String(i + 1).padStart(2, '0')}`,
      dataQuality: 'measured',
    }));
    const core = calculateInventory(newInventory(2024, DEFAULT_FACTOR_SET, { entries }), { factorSet: set });
    expect(core.scope2.location).toBeGreaterThan(0);
    await expect.poll(() => shownKg(page, 's2Location')).toBeCloseTo(core.scope2.location, 9);
    expect(await shownKg(page, 's2Market')).toBeCloseTo(core.scope2.market, 9);
    expect(await section.locator('select[id$="-dq"]').first().inputValue()).toBe('measured');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('reads a sheet with the months across as one entry per month cell', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await newPartnerWithYear(page, 'Lämpö Oy');
    const dialog = await openImport(page, 's2.heat');
    await dialog
      .getByLabel('Tai liitä solut tähän')
      .fill('Kohde\tTammi\tHelmi\tMaalis\nToimisto\t12,5\t11\t9,25');
    await expect
      .poll(() => dialog.locator('[data-bulk-counts]').getAttribute('data-bulk-counts'))
      .toBe('3/0/0');
    expect(await dialog.getByLabel(/Kuukaudet ovat sarakkeina/).isChecked()).toBe(true);
    // A quote left open swallows the rows after it into one cell: that is announced, not only shown.
    const text = await dialog.getByLabel('Tai liitä solut tähän').inputValue();
    await dialog.getByLabel('Tai liitä solut tähän').fill(`${text}\n"Halli\t1\t2\t3\nVarasto\t4\t5\t6`);
    await expect
      .poll(() => dialog.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('lainausmerkki'));
    await dialog.getByLabel('Tai liitä solut tähän').fill(text);
    await expect
      .poll(() => dialog.locator('[data-bulk-counts]').getAttribute('data-bulk-counts'))
      .toBe('3/0/0');
    await dialog.getByRole('button', { name: 'Lisää 3 kirjausta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const section = await openEntries(page, 's2.heat', 3);
    await expect.poll(() => section.locator('fieldset.entry').count()).toBe(3);
    await expect
      .poll(() =>
        section
          .locator('select[id$="-period"]')
          .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value)),
      )
      .toEqual(['2024-01', '2024-02', '2024-03']);
    expect(
      await section
        .locator('input[id$="-quantity"]')
        .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value)),
    ).toEqual(['12,5', '11', '9,25']);
    await context.close();
  }, 60_000);

  it('uploads a Finnish fuel-card CSV file; the row outside the year is shown and not added', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await newPartnerWithYear(page, 'Kuljetus Oy');
    const csv = [
      'Päivämäärä;Rekisterinumero;Polttoaine;Litrat;Hinta (€)',
      '03.01.2024;ABC-123;Diesel;45,20;82,71',
      '17.01.2024;ABC-123;Diesel;1 052,5;1 926,08',
      '28.12.2023;XYZ-789;Diesel;38,9;70,40',
      '2.2.2024;XYZ-789;Diesel;61,05;110,50',
      '',
    ].join('\r\n');
    // Finnish Excel saves CSV in Windows-1252: ä is one byte.
    const bytes = Buffer.from([...csv].map((c) => c.charCodeAt(0)));
    const dialog = await openImport(page, 's1.mobile');
    await dialog
      .getByLabel('CSV-tiedosto')
      .setInputFiles({ name: 'polttoaine.csv', mimeType: 'text/csv', buffer: bytes });
    // "Diesel" fits two activities of the default set (as sold in Finland, 100 % fossil): the rows wait for
    // the user's choice, who picks the Finnish one.
    const fuel = dialog.getByRole('combobox', { name: /Toiminto Diesel/ });
    await expect.poll(() => fuel.inputValue()).toBe('');
    await fuel.selectOption('vehicle-fuel.diesel-fi');
    await expect
      .poll(() => dialog.locator('[data-bulk-counts]').getAttribute('data-bulk-counts'))
      .toBe('3/1/0');
    expect(await dialog.getByText('Luettu tiedosto polttoaine.csv (windows-1252).').count()).toBe(1);
    // No UTF-8 in it: read whole as Windows-1252, and the preview says so.
    expect(
      await dialog
        .locator('.bulk-summary')
        .getByText(/luettiin Windows-1252-merkistönä/)
        .count(),
    ).toBe(1);
    const problem = dialog.locator('tr.bulk-problem');
    expect(await problem.getAttribute('data-line')).toBe('4');
    expect(await problem.textContent()).toContain('ei kuulu vuoteen 2024');
    expect(await fuel.inputValue()).toBe('vehicle-fuel.diesel-fi');
    await dialog.getByRole('button', { name: 'Lisää 3 kirjausta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const section = await openEntries(page, 's1.mobile', 3);
    await expect.poll(() => section.locator('fieldset.entry').count()).toBe(3);
    expect(await section.locator('input[id$="-source"]').first().inputValue()).toBe('polttoaine.csv');

    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const entries: Entry[] = [45.2, 1052.5, 61.05].map((quantity, i) => ({
      id: `d${i}`,
      category: 's1.mobile',
      activity: 'vehicle-fuel.diesel-fi',
      quantity,
      unit: 'l',
    }));
    const core = calculateInventory(newInventory(2024, DEFAULT_FACTOR_SET, { entries }), { factorSet: set });
    await expect.poll(() => shownKg(page, 'scope1')).toBeCloseTo(core.scope1, 9);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it("asks about a file of two encodings, names an open quote's row, refuses an oversize file unread", async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // Counts the files the page reads: an oversize file must be refused without one.
    await page.addInitScript(() => {
      const g = globalThis as unknown as {
        __reads: number;
        Blob: { prototype: { arrayBuffer: () => Promise<ArrayBuffer> } };
      };
      g.__reads = 0;
      const read = g.Blob.prototype.arrayBuffer;
      g.Blob.prototype.arrayBuffer = function (this: unknown) {
        g.__reads += 1;
        return read.call(this);
      };
    });
    const reads = () => page.evaluate(() => (globalThis as unknown as { __reads: number }).__reads);
    await newPartnerWithYear(page, 'Merkistö Oy');
    const dialog = await openImport(page, 's1.mobile');
    const file = dialog.getByLabel('CSV-tiedosto');
    const alerts = () => dialog.getByRole('alert').allTextContents();

    // UTF-8 with one line from an older program (Windows-1252): not read, the line named, a choice offered.
    const utf8 = (s: string) => Buffer.from(s, 'utf8');
    const latin1 = (s: string) => Buffer.from(s, 'latin1');
    const mixed = Buffer.concat([
      utf8('Rekisterinumero;Polttoaine;Litrat\nÄÖ-1;Diesel;45,2\n'),
      latin1('KÄÄ-2;Diesel;38,9\n'),
      utf8('ÅÖ-3;Diesel;61\n'),
    ]);
    await file.setInputFiles({ name: 'kortti.csv', mimeType: 'text/csv', buffer: mixed });
    await expect.poll(alerts).toContainEqual(expect.stringContaining('rivi 3 (”KÄÄ-2;Diesel;38,9”)'));
    expect(await dialog.getByText(/Luettu tiedosto/).count()).toBe(0);
    expect(await dialog.locator('[data-bulk-counts]').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Lue rivit Windows-1252-merkistönä' }).click();
    // "Diesel" waits for the user's choice of the default set's two diesels.
    await dialog.getByRole('combobox', { name: /Toiminto Diesel/ }).selectOption('vehicle-fuel.diesel-fi');
    await expect
      .poll(() => dialog.locator('[data-bulk-counts]').getAttribute('data-bulk-counts'))
      .toBe('3/0/0');
    expect(await dialog.getByText('Windows-1252-merkistönä luetut rivit: 3.', { exact: false }).count()).toBe(
      1,
    );
    const preview = await dialog.locator('.bulk-table').textContent();
    expect(preview).toContain('ÄÖ-1');
    expect(preview).toContain('KÄÄ-2');
    expect(preview).not.toContain('Ã');

    // A quote opened in row 3 and never closed: said with its row, the separator still found, nothing to add.
    const paste = dialog.getByLabel('Tai liitä solut tähän');
    await paste.fill(
      'Rekisterinumero;Polttoaine;Litrat\nABC-1;Diesel;45,2\nABC-2;"Diesel;38,9\nABC-3;Diesel;61',
    );
    await expect
      .poll(alerts)
      .toContainEqual(expect.stringMatching(/^Rivillä 3 on lainausmerkki \("\), jota ei suljeta/));
    expect(await dialog.getByLabel('Erotin').locator('option:checked').textContent()).toBe(
      'Tunnista (puolipiste (;))',
    );
    expect(await dialog.getByText('Valitse määrän sarake.').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: /^Lisää/ }).isDisabled()).toBe(true);

    // Over the byte limit: refused from its size, before it is read; the earlier text is left as it was.
    const readsBefore = await reads();
    const big = Buffer.alloc(4 * 1024 * 1024 + 100_000, 'ABC-1;Diesel;45,2\n');
    await file.setInputFiles({ name: 'iso.csv', mimeType: 'text/csv', buffer: big });
    await expect
      .poll(alerts)
      .toContainEqual(
        expect.stringMatching(/^Tiedosto on liian suuri \(4,1 Mt\), eikä sitä luettu.*4 Mt ja 20\s000 riviä/),
      );
    expect(await reads()).toBe(readsBefore);
    expect(await paste.inputValue()).toContain('ABC-2;"Diesel');

    // 100,000 rows in about 2 MB: under the byte limit, refused after parsing, before any preview.
    const rows = Array.from({ length: 100_000 }, (_, i) => `ABC-${i % 1000};Diesel;${(i % 90) + 10},5`);
    await file.setInputFiles({
      name: 'vuosi.csv',
      mimeType: 'text/csv',
      buffer: utf8(['Rekisterinumero;Polttoaine;Litrat', ...rows].join('\n')),
    });
    await expect
      .poll(alerts, { timeout: 20_000 })
      .toContainEqual(expect.stringMatching(/^Taulukosta tulisi 100\s000 kirjausta.*enintään 20\s000/));
    expect(await reads()).toBe(readsBefore + 1);
    expect(await dialog.locator('.bulk-preview').count()).toBe(0);

    // Months across (a portal's yearly view): each month cell is an entry, so 1,700 meters × 12 are too many.
    const months = [
      'Tammi',
      'Helmi',
      'Maalis',
      'Huhti',
      'Touko',
      'Kesä',
      'Heinä',
      'Elo',
      'Syys',
      'Loka',
      'Marras',
      'Joulu',
    ];
    const meters = Array.from({ length: 1_700 }, (_, i) =>
      [`Mittari ${i}`, ...months.map(() => '12,5')].join(';'),
    );
    await file.setInputFiles({
      name: 'mittarit.csv',
      mimeType: 'text/csv',
      buffer: utf8([['Käyttöpaikka', ...months].join(';'), ...meters].join('\n')),
    });
    await expect.poll(alerts).toContainEqual(expect.stringMatching(/^Taulukosta tulisi 20\s400 kirjausta/));
    expect(await dialog.locator('.bulk-preview').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(
      await page.locator('section[data-category="s1.mobile"] [data-count]').getAttribute('data-count'),
    ).toBe('0');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('reads typed cells when the typing pauses, not at every key', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await newPartnerWithYear(page, 'Näppäin Oy');
    const dialog = await openImport(page, 's2.electricity');
    // Every preview count the dialog shows, in order, from before the first key.
    await page.evaluate(() => {
      const g = globalThis as unknown as {
        __counts: string[];
        document: { querySelector(s: string): unknown };
        MutationObserver: new (
          fn: () => void,
        ) => { observe(target: unknown, o: Record<string, boolean | string[]>): void };
      };
      g.__counts = [];
      const seen = () => {
        const el = g.document.querySelector('[data-bulk-counts]') as {
          getAttribute(n: string): string | null;
        } | null;
        const now = el?.getAttribute('data-bulk-counts');
        if (now && g.__counts.at(-1) !== now) g.__counts.push(now);
      };
      new g.MutationObserver(seen).observe(g.document.querySelector('dialog'), {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-bulk-counts'],
      });
    });
    const paste = dialog.getByLabel('Tai liitä solut tähän');
    // Read at every key, "1/2024;100" alone would show one entry before the second row is typed.
    await paste.pressSequentially('1/2024;100\n2/2024;200', { delay: 0 });
    await expect
      .poll(() => dialog.locator('[data-bulk-counts]').getAttribute('data-bulk-counts'))
      .toBe('2/0/0');
    expect(await page.evaluate(() => (globalThis as unknown as { __counts: string[] }).__counts)).toEqual([
      '2/0/0',
    ]);
    expect(await dialog.getByRole('button', { name: 'Lisää 2 kirjausta' }).isEnabled()).toBe(true);
    await context.close();
  }, 60_000);
});
