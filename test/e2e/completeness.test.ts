/**
 * A year's completeness in Chromium, in Finnish (issue 10): two categories filled, one marked not relevant
 * and one figure not known yet. The year page counts each state, the category says it is to do with a missing
 * figure, the row says "puuttuu", the quantity typed survives unticking; marking the year complete asks first,
 * naming how many items are open; the results page lists the missing figure with its document under
 * "Puuttuvat tiedot" and says the year was marked complete although data is missing.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/core/categories';
import { createPartnerWithYear, type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

async function addEntry(page: Page, category: string, activity: string, quantity: string) {
  const section = await openCategory(page, category);
  const before = await section.locator('fieldset.entry').count();
  await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
  await expect.poll(() => section.locator('fieldset.entry').count()).toBe(before + 1);
  const entry = section.locator('fieldset.entry').last();
  await entry.locator('select[id$="-activity"]').selectOption(activity);
  await entry.locator('input[id$="-quantity"]').fill(quantity);
  return { section, entry };
}

const part = (page: Page, name: string) =>
  page.locator(`.totals [data-part="${name}"]`).getAttribute('data-n').then(Number);

describe('completeness on the year page and in the results', () => {
  it('counts the states, keeps a missing figure out of the totals and asks before marking complete', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const yearUrl = await createPartnerWithYear(page, server.url, 'Leipomo Oy');
    // An empty year: every category to do.
    await expect.poll(() => part(page, 'todo')).toBe(CATEGORY_IDS.length);

    await addEntry(page, 's2.electricity', 'electricity.fi', '12 000');
    await addEntry(page, 's2.heat', 'district-heat.fi', '80');

    const fugitive = await openCategory(page, 's1.fugitive');
    await fugitive.getByLabel('Ei olennainen').check();
    await fugitive.getByLabel('Perustelu').fill('Leipomossa ei ole kylmälaitteita');

    // A figure not known yet: typed first, then marked; the quantity field gives way to two questions.
    const { section: mobile, entry } = await addEntry(page, 's1.mobile', 'vehicle-fuel.diesel', '1 500');
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    const scope1Before = await page.locator('[data-total="scope1"] [data-kg]').getAttribute('data-kg');
    expect(Number(scope1Before)).toBeGreaterThan(0);
    await entry.getByLabel('Luku ei ole vielä tiedossa').check();
    await expect.poll(() => entry.locator('input[id$="-quantity"]').count()).toBe(0);
    await entry.getByLabel('Mistä luku löytyy?').fill('Polttoainekorttiraportti');
    await entry.getByLabel('Kuka selvittää?').fill('Maija');
    await expect.poll(() => entry.getByText('Kirjoitettu määrä 1 500 säilyy').count()).toBe(1);
    // Never a zero, never the typed guess: Scope 1 has nothing in it.
    await expect
      .poll(() => page.locator('[data-total="scope1"] [data-kg]').getAttribute('data-kg'))
      .toBe('0');

    await expect.poll(() => part(page, 'entries')).toBe(2);
    expect(await part(page, 'notRelevant')).toBe(1);
    expect(await part(page, 'todo')).toBe(CATEGORY_IDS.length - 3);
    expect(await part(page, 'missingFigures')).toBe(1);
    expect(await page.locator('.totals .completeness-line').textContent()).toContain(
      `Kirjattu 2 · Ei olennainen 1 · Tehtävänä ${CATEGORY_IDS.length - 3} · Puuttuvia lukuja 1`,
    );
    expect(await mobile.locator('.category-head [data-state="todo"]').count()).toBe(1);
    expect(await mobile.locator('[data-missing]').getAttribute('data-missing')).toBe('1');
    expect(await page.locator('section[data-category="s1.fugitive"] .category-state').textContent()).toBe(
      'Ei olennainen',
    );
    expect(await page.locator('section[data-category="s2.heat"] .category-state').textContent()).toBe(
      'Kirjattu',
    );
    await expect.poll(() => mobile.locator('td[data-pending]').textContent()).toBe('puuttuu');

    // Unticked, the quantity comes back as typed and counts; ticked again, it is out once more.
    await entry.getByLabel('Luku ei ole vielä tiedossa').uncheck();
    await expect.poll(() => entry.locator('input[id$="-quantity"]').inputValue()).toBe('1 500');
    await expect
      .poll(() => page.locator('[data-total="scope1"] [data-kg]').getAttribute('data-kg'))
      .toBe(scope1Before);
    await entry.getByLabel('Luku ei ole vielä tiedossa').check();
    await entry.getByLabel('Mistä luku löytyy?').fill('Polttoainekorttiraportti');
    await entry.getByLabel('Kuka selvittää?').fill('Maija');
    await expect.poll(() => part(page, 'missingFigures')).toBe(1);

    // Marking complete with open items asks first, naming how many: the 19 other categories to do and the figure.
    const open = CATEGORY_IDS.length - 4 + 1;
    await page.getByText('Vuoden asetukset').click();
    const status = page.locator('#inv-status');
    await status.selectOption('complete');
    const dialog = page.getByRole('dialog', { name: 'Merkitäänkö vuosi valmiiksi?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`puuttuu vielä ${open} tietoa`);
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await status.inputValue()).toBe('draft');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inv-status');
    await status.selectOption('complete');
    await dialog.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
    await expect.poll(() => status.inputValue()).toBe('complete');
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');

    // The results list what is missing, with the document, and say the year is not really complete.
    await page.goto(`${yearUrl}/results`);
    const missing = page.locator('[data-table="missing"]');
    await missing.waitFor();
    expect(await missing.locator('h2').textContent()).toBe('Puuttuvat tiedot');
    const text = (await missing.textContent()) ?? '';
    expect(text).toContain('Polttoainekorttiraportti');
    expect(text).toContain('Maija');
    expect(text).toContain('Luokka tehtävänä');
    expect(await page.locator('[data-marked-complete]').textContent()).toBe(
      `Merkitty valmiiksi, vaikka ${open} tietoa puuttuu.`,
    );
    expect(await page.locator('.completeness-line [data-part="todo"]').getAttribute('data-n')).toBe(
      String(CATEGORY_IDS.length - 3),
    );

    // The partner page shows the same counts for the year.
    await page.goto(yearUrl.replace(/\/years\/2024$/, ''));
    await expect
      .poll(() => page.locator('td[data-completeness]').textContent())
      .toBe(`Kirjattu 2 · Ei olennainen 1 · Tehtävänä ${CATEGORY_IDS.length - 3} · Puuttuvia lukuja 1`);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
