/**
 * A year of 20,000 entries in Chromium (issue 16, defect 5: such a year froze the page for minutes). The year
 * page opens with every category folded to its count, sum and problems, the sums equal to the core's; the DOM
 * holds a page of rows, not 20,000 editors; a category, a group of monthly rows, a row and its editor open; a
 * typed quantity and an added entry are saved. Timings are in `npm run bench` (bench/bigYear.ts), not here.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import type { CategoryId } from '../../src/core/categories';
import { type Entry, newInventory } from '../../src/core/inventory';
import type { InventoryResult } from '../../src/core/results';
import type { EntryRow } from '../../src/db/rows';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { BIG_YEAR_SIZE, bigYearRows, inventoryIdOf, readRows, writeRows } from './bigYear';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

/** What the core calculates from the rows that are complete and of a unit their activity has. */
async function coreOf(rows: EntryRow[]): Promise<InventoryResult> {
  const entries: Entry[] = rows
    .filter((r) => r.activity !== '' && r.quantity !== null)
    .filter((r) => !(r.activity === 'vehicle-fuel.diesel' && r.unit === 'pkm'))
    .map((r) => ({
      id: r.id,
      category: r.category,
      activity: r.activity,
      quantity: r.quantity as number,
      unit: r.unit,
      ...(r.period ? { period: r.period } : {}),
    }));
  const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
  return calculateInventory(newInventory(2024, DEFAULT_FACTOR_SET, { entries }), { factorSet: set });
}

/** A count as the page writes it in Finnish (a no-break space between thousands). */
const fi = (n: number) => new Intl.NumberFormat('fi-FI').format(n);

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

async function shownKg(page: Page, selector: string): Promise<number> {
  return Number(await page.locator(selector).getAttribute('data-kg'));
}

const category = (page: Page, id: CategoryId) => page.locator(`section[data-category="${id}"]`);

describe('a year of 20,000 entries in Chromium', () => {
  it('opens folded with the core sums, draws a page of rows, and edits and adds entries', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const yearUrl = await createPartnerWithYear(page, server.url, 'Kuljetus Oy');
    const invId = await inventoryIdOf(page, 'Kuljetus Oy');
    const rows = bigYearRows(invId);
    expect(rows).toHaveLength(BIG_YEAR_SIZE);
    await writeRows(page, rows);
    await page.goto(yearUrl);

    const mobile = category(page, 's1.mobile');
    const mobileRows = rows.filter((r) => r.category === 's1.mobile');
    await expect
      .poll(() => mobile.locator('[data-count]').getAttribute('data-count'))
      .toBe(String(mobileRows.length));
    const core = await coreOf(rows);
    // Every category's header sum is the core's, and so are the totals by scope.
    for (const [id, total] of Object.entries(core.byCategory)) {
      expect(
        near(await shownKg(page, `section[data-category="${id}"] .category-total`), total.location),
      ).toBe(true);
    }
    expect(near(await shownKg(page, '[data-total="scope1"] td'), core.scope1)).toBe(true);
    expect(near(await shownKg(page, '[data-total="s2Location"] td'), core.scope2.location)).toBe(true);
    expect(near(await shownKg(page, '[data-total="scope3"] td'), core.scope3)).toBe(true);
    // The three diesel rows in a distance unit and the six unfinished flights are counted as to fix.
    expect(await mobile.locator('[data-problems]').getAttribute('data-problems')).toBe('3');
    expect(await category(page, 's3.06').locator('[data-problems]').getAttribute('data-problems')).toBe('6');
    expect(await page.getByText('Keskeneräisiä kirjauksia (ei laskettu mukaan): 6.').count()).toBe(1);
    // Folded: no table row and no editor drawn yet.
    expect(await page.locator('tr.entry-row, fieldset.entry').count()).toBe(0);

    // A category opens to its groups: diesel and petrol by month, and the diesel in a wrong unit.
    const toggle = mobile.locator('.category-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const groups = mobile.locator('tr.group-row');
    await expect.poll(() => groups.count()).toBe(3);
    const diesel = groups.filter({ hasText: 'Diesel' }).filter({ hasText: `${fi(17_000)} riviä` });
    const dieselRows = rows.filter((r) => r.activity === 'vehicle-fuel.diesel' && r.unit === 'l');
    const dieselKg = core.entries
      .filter((e) => e.activity === 'vehicle-fuel.diesel')
      .reduce((s, e) => s + e.location.co2e, 0);
    expect(
      near(await shownKg(page, `tr.group-row:has-text("${fi(17_000)} riviä") td[data-kg]`), dieselKg),
    ).toBe(true);
    expect(await mobile.locator('tr.group-row', { hasText: '3 riviä' }).textContent()).toContain(
      '3 korjattavaa',
    );

    // The group opens a page of its rows; the next page follows.
    await diesel.getByRole('button').click();
    const members = mobile.locator('tbody.group-members tr.entry-row');
    await expect.poll(() => members.count()).toBe(50);
    expect(await mobile.getByText(`Rivit 1–50 / ${fi(17_000)}`).count()).toBe(1);
    await mobile.getByRole('button', { name: 'Seuraavat →' }).click();
    await expect.poll(() => mobile.getByText(`Rivit 51–100 / ${fi(17_000)}`).count()).toBe(1);
    expect(await members.first().getAttribute('data-entry-row')).toBe(dieselRows[50]?.id);

    // Far fewer rows in the DOM than entries, with the flights (1,463 rows without dates) open too.
    await category(page, 's3.06').locator('.category-toggle').click();
    await expect.poll(() => category(page, 's3.06').locator('tr.entry-row').count()).toBe(50);
    expect(await page.locator('tr').count()).toBeLessThan(300);
    expect(await page.locator('fieldset.entry').count()).toBe(0);

    // A row opens its editor; a quantity typed there is saved and the totals follow.
    const row = members.first();
    const id = (await row.getAttribute('data-entry-row')) as string;
    await row.getByRole('button').click();
    expect(await row.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    const quantity = page.locator(`#e-${id}-quantity`);
    await quantity.fill('1 000');
    await expect
      .poll(async () => (await readRows(page, [id]))[0]?.quantityText, { timeout: 10_000 })
      .toBe('1 000');
    const edited = rows.map((r) => (r.id === id ? { ...r, quantity: 1000, quantityText: '1 000' } : r));
    const after = await coreOf(edited);
    await expect
      .poll(async () => near(await shownKg(page, '[data-total="scope1"] td'), after.scope1))
      .toBe(true);
    await expect.poll(() => row.locator('td.num').first().textContent()).toBe(`${fi(1000)} l`);
    // Closing the editor puts focus back on its row, once the folded row is drawn (slower under load: polled).
    await page.getByRole('button', { name: 'Sulje kirjaus' }).click();
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as PageDoc).document.activeElement?.id))
      .toBe(`row-${id}`);

    // A new entry opens for editing with focus in it, and is saved with what is typed.
    const oil = category(page, 's1.stationary');
    await oil.locator('.category-toggle').click();
    await oil.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            !!(globalThis as unknown as PageDoc).document.activeElement?.closest(
              'section[data-category="s1.stationary"] .entry-edit',
            ),
        ),
      )
      .toBe(true);
    const added = oil.locator('fieldset.entry');
    await added.locator('select[id$="-activity"]').selectOption('fuel.light-fuel-oil');
    await added.locator('input[id$="-quantity"]').fill('250');
    const newId = ((await added.getAttribute('data-entry')) as string) ?? '';
    await expect
      .poll(async () => (await readRows(page, [newId]))[0]?.quantityText, { timeout: 10_000 })
      .toBe('250');
    expect(await oil.locator('[data-count]').getAttribute('data-count')).toBe('5');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});

type PageDoc = {
  document: { activeElement: { id: string; closest(selector: string): unknown } | null };
};
