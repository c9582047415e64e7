/**
 * The guided start of a year (issue 10) in Chromium, in Finnish, on a 360 px phone and a 1280 px screen: a
 * bakery (TOL 10.71) starts a year, lands on the opening questions with its sector's suggestions, confirms
 * them, and the year page shows the bakery's categories to do and the rest not relevant with justifications,
 * grouped in the interview's order. Re-opening the questions after a van's fuel was entered and answering
 * "no vehicles" asks whether to keep or delete the entry; nothing is deleted without that choice. The data
 * checklist page lists the documents and downloads as a PDF. Screenshots of the phone go to /tmp/shots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfPages, plain } from '../io/report/pdfTools';
import { type StaticServer, useBuiltApp } from './browser';
import { actions } from './scenarios/actions';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
useBuiltApp((b, s) => {
  browser = b;
  server = s;
});

const SHOTS = '/tmp/shots';
const BAKERY_TODO = [
  's2.electricity',
  's2.heat',
  's3.03',
  's1.mobile',
  's1.stationary',
  's1.fugitive',
  's3.06',
  's3.07',
  's3.04',
  's3.01',
  's3.05',
  's3.12',
];

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
}

const answer = (page: Page, question: string, label: string) =>
  page.locator(`fieldset[data-question="${question}"]`).getByLabel(label, { exact: true });

/** Whether the page scrolls sideways (WCAG reflow at 320 CSS px; here the phone's 360). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe.each([
  { width: 360, height: 740, phone: true },
  { width: 1280, height: 900, phone: false },
])('the guided bakery year at $width px', ({ width, height, phone }) => {
  it('starts on the questions with the sector suggestions, and the year page follows the answers', async () => {
    const context = await browser.newContext({
      viewport: { width, height },
      locale: 'fi-FI',
      ...(phone ? { hasTouch: true, isMobile: true } : {}),
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const act = actions(page);
    await page.goto(server.url);
    await act.click(page.getByRole('button', { name: 'Uusi kumppani' }));
    await act.fill(page.getByLabel('Nimi', { exact: true }), 'Leipomo Pulla Oy');
    await act.click(page.getByRole('button', { name: 'Luo' }));
    await page.waitForURL(/\/partners\/[^/]+$/);
    const partner = page.url();
    await act.fill(page.getByLabel('Toimiala (TOL 2008)'), '10.71');
    await saved(page);
    await act.fill(page.getByLabel('Vuosi', { exact: true }), '2025');
    await act.click(page.getByRole('button', { name: 'Aloita vuosi' }));

    // The new year opens on its questions, with the bakery's answers suggested and marked as such.
    await page.waitForURL(/\/years\/2025\/start$/);
    await page.getByRole('heading', { level: 1, name: 'Vuoden 2025 aloituskysymykset' }).waitFor();
    await expect.poll(() => page.locator('[data-suggested]').count()).toBeGreaterThan(10);
    expect(await answer(page, 'vehicles', 'Kyllä, omia').isChecked()).toBe(true);
    expect(await answer(page, 'franchises', 'Ei').isChecked()).toBe(true);
    // Questions a bakery answers either way are left to her: ovens on gas, flights, new machines.
    expect(await page.locator('[data-suggested="fuels"]').count()).toBe(0);
    expect(await page.locator('fieldset[data-question="fuels"] input:checked').count()).toBe(0);
    // Three answers in quick succession (one by keyboard only), none waiting for the other's write.
    await act.click(answer(page, 'fuels', 'Kyllä, maakaasua tai nestekaasua'));
    await act.press(answer(page, 'travel', 'Kyllä'), 'Space');
    await act.click(answer(page, 'capital', 'Ei'));
    await saved(page);
    // A suggestion confirmed by choosing it loses its mark; the others keep theirs until confirmed.
    await act.click(answer(page, 'waste', 'Kyllä'));
    await expect.poll(() => page.locator('[data-suggested="waste"]').count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    if (phone) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/guided-interview-360.png`, fullPage: true });
    }
    await act.click(page.getByRole('button', { name: 'Tallenna vastaukset ja siirry vuoden tietoihin' }));
    await page.waitForURL(/\/years\/2025$/);
    const interviewActions = act.count;

    // The year page: grouped in the interview's order, the bakery's categories to do, the rest not relevant.
    await page.locator('[data-total="scope1"]').waitFor();
    // All three quick answers were stored: "no capital goods" made its category not relevant.
    expect(await page.locator('section[data-category="s3.02"] .category-count').textContent()).toBe(
      'ei olennainen',
    );
    const themes = await page
      .locator('section.theme-group')
      .evaluateAll((s) => s.map((x) => x.getAttribute('data-theme')));
    expect(themes).toEqual([
      'energy',
      'fuels',
      'refrigerants',
      'travel',
      'purchases',
      'waste',
      'sold',
      'assets',
    ]);
    await expect
      .poll(() =>
        page
          .locator('section.category:has([data-state="todo"])')
          .evaluateAll((s) => s.map((x) => x.getAttribute('data-category'))),
      )
      .toEqual(BAKERY_TODO);
    expect(await page.locator('section.category [data-scope]').count()).toBe(23);
    expect(await page.locator('section[data-category="s1.fugitive"] [data-scope]').textContent()).toBe(
      'Scope 1',
    );
    const franchises = await openCategory(page, 's3.14');
    expect(await franchises.locator('textarea').inputValue()).toBe(
      'Yrityksellä ei ole franchising-yrittäjiä.',
    );
    // Not relevant folds to the end of its group: in "assets" every category is, after the heading.
    const energyOrder = await page
      .locator('section[data-theme="energy"] section.category')
      .evaluateAll((s) => s.map((x) => x.getAttribute('data-category')));
    expect(energyOrder).toEqual(['s2.electricity', 's2.heat', 's3.03', 's2.cooling', 's2.steam']);
    expect(await page.locator('section[data-theme="energy"] .theme-counts').textContent()).toBe(
      'kirjattu 0 · tehtävänä 3 · ei olennainen 2',
    );
    // A group folds and opens again.
    const energyToggle = page.locator('section[data-theme="energy"] .theme-toggle');
    await energyToggle.click();
    expect(await page.locator('section[data-theme="energy"] section.category').count()).toBe(0);
    await energyToggle.click();
    expect(await scrollsSideways(page)).toBe(false);
    if (phone) await page.screenshot({ path: `${SHOTS}/guided-year-360.png`, fullPage: true });

    // The van's diesel is entered; then the answer changes to "no vehicles".
    const vans = await openCategory(page, 's1.mobile');
    await vans.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    const entry = vans.locator('fieldset.entry').last();
    await entry.waitFor();
    await entry.locator('select[id$="-activity"]').selectOption('vehicle-fuel.diesel');
    await entry.locator('input[id$="-quantity"]').fill('1 200');
    await saved(page);
    await page.getByRole('link', { name: 'Muokkaa aloituskysymysten vastauksia' }).click();
    await page.waitForURL(/\/years\/2025\/start$/);
    await answer(page, 'vehicles', 'Ei ole').click();
    const conflict = page.locator('[data-conflict="s1.mobile"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('kirjauksia: 1');
    if (phone) await page.screenshot({ path: `${SHOTS}/guided-conflict-360.png`, fullPage: true });
    await conflict.getByRole('button', { name: 'Pidä kirjaukset' }).click();
    await page.getByText('Kirjaukset pidetään, ja luokka lasketaan mukaan.').waitFor();
    await page.goto(`${partner}/years/2025`);
    const kept = page.locator('section[data-category="s1.mobile"]');
    await expect.poll(() => kept.locator('[data-count]').getAttribute('data-count')).toBe('1');
    expect(await kept.locator('.category-count').textContent()).toBe('1 kirjaus');

    // Asked again on the questions page; deleting takes a confirmation, then the category is not relevant.
    await page.goto(`${partner}/years/2025/start`);
    page.once('dialog', (d) => void d.accept());
    await page
      .locator('[data-conflict="s1.mobile"]')
      .getByRole('button', { name: 'Poista kirjaukset' })
      .click();
    await expect.poll(() => page.locator('[data-conflict]').count()).toBe(0);
    await page.goto(`${partner}/years/2025`);
    const gone = await openCategory(page, 's1.mobile');
    expect(await gone.locator('[data-count]').getAttribute('data-count')).toBe('0');
    expect(await gone.locator('textarea').inputValue()).toBe(
      'Yrityksellä ei ole omia eikä vuokrattuja ajoneuvoja tai työkoneita.',
    );

    // The data checklist: the page and its PDF.
    await page.getByRole('link', { name: 'Tietolista: mitä tositteita tarvitaan' }).click();
    await page.waitForURL(/\/years\/2025\/checklist$/);
    const listed = await page
      .locator('.checklist-item')
      .evaluateAll((s) => s.map((x) => x.getAttribute('data-category')));
    expect(listed).toEqual(BAKERY_TODO.filter((c) => c !== 's1.mobile'));
    expect(await page.locator('[data-document="gasInvoices"]').textContent()).toContain('Kaasuyhtiön laskut');
    expect(await page.locator('[data-document="refrigerantLog"]').textContent()).toContain('2024/573');
    expect(await scrollsSideways(page)).toBe(false);
    if (phone) await page.screenshot({ path: `${SHOTS}/guided-checklist-360.png`, fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tietolista-.*-2025\.pdf$/);
    const pdf = plain(pdfPages(readFileSync((await download.path()) as string)).join(' ')).replace(
      /\s+/g,
      ' ',
    );
    expect(pdf).toContain('Tietolista: Leipomo Pulla Oy, vuosi 2025');
    expect(pdf).toContain('Kaasuyhtiön laskut');
    expect(pdf).not.toContain('Polttoainekorttien raportit');
    // Printed, the app's header, the backup reminder (shown on screen to a new device) and buttons are left out.
    await page.locator('.backup-notices').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tulosta' }).isVisible()).toBe(false);
    expect(await page.locator('.backup-notices').isVisible()).toBe(false);

    expect(errors).toEqual([]);
    console.log(`guided bakery start at ${width} px: ${interviewActions} user actions to the year page`);
    await context.close();
  }, 120_000);
});
