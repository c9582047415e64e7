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
  await page
    .locator(`section[data-category="${category}"]`)
    .getByRole('button', { name: /^Tuo taulukosta/ })
    .click();
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
    const section = page.locator('section[data-category="s2.electricity"]');
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
    const section = page.locator('section[data-category="s2.heat"]');
    await expect.poll(() => section.locator('fieldset.entry').count()).toBe(3);
    // Entries further down are drawn after the first ones (DeferredEntry): wait for their fields.
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
    await expect
      .poll(() => dialog.locator('[data-bulk-counts]').getAttribute('data-bulk-counts'))
      .toBe('3/1/0');
    expect(await dialog.getByText('Luettu tiedosto polttoaine.csv (windows-1252).').count()).toBe(1);
    const problem = dialog.locator('tr.bulk-problem');
    expect(await problem.getAttribute('data-line')).toBe('4');
    expect(await problem.textContent()).toContain('ei kuulu vuoteen 2024');
    // The fuel column's one value is mapped to diesel in vehicles, which the user sees and may change.
    expect(await dialog.getByRole('combobox', { name: /Toiminto Diesel/ }).inputValue()).toBe(
      'vehicle-fuel.diesel',
    );
    await dialog.getByRole('button', { name: 'Lisää 3 kirjausta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const section = page.locator('section[data-category="s1.mobile"]');
    await expect.poll(() => section.locator('fieldset.entry').count()).toBe(3);
    expect(await section.locator('input[id$="-source"]').first().inputValue()).toBe('polttoaine.csv');

    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const entries: Entry[] = [45.2, 1052.5, 61.05].map((quantity, i) => ({
      id: `d${i}`,
      category: 's1.mobile',
      activity: 'vehicle-fuel.diesel',
      quantity,
      unit: 'l',
    }));
    const core = calculateInventory(newInventory(2024, DEFAULT_FACTOR_SET, { entries }), { factorSet: set });
    await expect.poll(() => shownKg(page, 'scope1')).toBeCloseTo(core.scope1, 9);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
