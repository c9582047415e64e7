/**
 * axe-core (the rules engine Lighthouse runs) in Chromium against the production build, with the rules of
 * WCAG 2.0 and 2.1 at levels A and AA (tags wcag2a, wcag2aa, wcag21a, wcag21aa), on every page and state
 * below, in every language of LANGS (a11y.ts). Each is a case of its own that expects no violation at all.
 * The states are reached as a user reaches them, one after the other on one page per language.
 *
 * Besides axe's rules: the error messages shown are tied to their fields (aria-invalid, aria-describedby to
 * the message: states 2, 9, 23, 29, 31), each category's state is said in words (6), and every chart has the
 * table of its figures beside it (15, 33).
 *
 * Pages and states checked (38, each in every language of LANGS: Finnish, English and Swedish):
 *  0. a planted unlabelled field is found (the check can fail)
 *  1. partners list, empty
 *  2. new partner form with a business ID error
 *  3. partner page without a commitment (no years yet)
 *  4. guided interview (opening questions), a partner without a sector
 *  5. guided interview with answers chosen
 *  6. year page, empty (every category to do)
 *  7. year page, the dialog asking before a year with categories to do is marked complete
 *  8. year page with entries (electricity and diesel, their editors open)
 *  9. year page with a field error showing (an amount that is not a number)
 * 10. activity search with results
 * 11. bulk entry dialog, preview with errors
 * 12. guided interview with a conflict (a category with entries answered not relevant)
 * 13. data checklist
 * 14. handover summary
 * 15. results and report (charts with their tables, send to the city)
 * 16. results with a figure opened to its entries, factors and sources
 * 17. settings (language, defaults, factor sets)
 * 18. settings with a refused factor-set file's message
 * 19. backup page
 * 20. import preview of a partner file (with a commitment, targets and actions)
 * 21. import done (with undo)
 * 22. import preview of a full backup
 * 23. a refused import's message
 * 24. partners list with data
 * 25. partner page with a commitment and targets (progress)
 * 26. partner page's own emission factor form with its errors
 * 27. commitment page
 * 28. commitment page with the target form open
 * 29. commitment page with the target form's errors
 * 30. actions register with actions
 * 31. actions register's new action form with its errors
 * 32. the network's received files, with refused files
 * 33. the network overview with data (key figures, charts, partner table, summary export)
 * 34. a received partner's read-only report
 * 35. the city's emission factor editor
 * 36. the accessibility statement, opened from the footer
 * 37. a page that does not exist
 * 38. the update prompt (a new version of the service worker waiting)
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n/issueMessages';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiBackup';
import '../../src/i18n/uiCommitment';
import { generatePartnerFiles } from '../generators/partnerFiles';
import {
  axeViolations,
  chartsWithoutTables,
  chooseLanguage,
  LANGS,
  partnerWithCommitment,
  untiedErrors,
} from './a11y';
import { type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

// Each case waits on the app as a user would; a loaded machine (CI on two cores) may take seconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: StaticServer;
let served: string;
let newContext: () => Promise<BrowserContext>;
useBuiltApp((b, s, dir) => {
  server = s;
  served = dir;
  // The app's CSP allows only its own scripts: axe is added by the test, past it.
  newContext = async () => {
    const context = await b.newContext({
      bypassCSP: true,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    // Files are saved as downloads (the save dialog of Chromium's File System Access cannot be answered here).
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    });
    return context;
  };
});

const saved = (page: Page) =>
  expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
const h1 = (page: Page) => page.locator('main h1').first().waitFor();
const check = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

describe.each(LANGS)('axe, WCAG 2.1 A and AA, in %s', (lang: Lang) => {
  let context: BrowserContext;
  let page: Page;
  let partner = '';
  let year = '';
  let imported = '';
  const t = (key: Parameters<typeof tr>[1], params?: Record<string, string | number>) =>
    tr(lang, key, params);
  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
    await chooseLanguage(page, server.url, lang);
  });
  afterAll(() => context?.close());

  it('axe itself finds a violation planted in the page (the check can fail)', async () => {
    await page.goto(server.url);
    await h1(page);
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'planted';
      document.querySelector('main')?.append(field);
    });
    const found = await axeViolations(page);
    expect(found.some((v) => v.startsWith('label') && v.includes('#planted'))).toBe(true);
  });

  it('partners list, empty', async () => {
    await page.goto(server.url);
    await h1(page);
    await check(page);
  });

  it('new partner form with a business ID error', async () => {
    await page.getByRole('button', { name: t('newPartner') }).click();
    await page.locator('#new-name').fill('Saavutettava Oy');
    await page.locator('#new-bid').fill('123');
    await page.locator('#new-bid-error').waitFor();
    expect(await untiedErrors(page, 'main form')).toEqual({ invalid: 1, untied: [] });
    await check(page);
  });

  it('partner page without a commitment', async () => {
    await page.locator('#new-bid').fill('');
    await page.getByRole('button', { name: t('create'), exact: true }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    partner = page.url();
    await page.locator('#org-name').waitFor();
    await check(page);
  });

  it('guided interview, a partner without a sector', async () => {
    await page.getByLabel(t('year'), { exact: true }).fill('2024');
    await page.getByRole('button', { name: t('startYear') }).click();
    await page.waitForURL(/\/years\/2024\/start$/);
    year = `${partner}/years/2024`;
    await page.locator('fieldset[data-question]').first().waitFor();
    await check(page);
  });

  it('guided interview with answers chosen', async () => {
    await page.locator('input[name="q-vehicles"][value="own"]').check();
    await page.locator('input[name="q-electricity"]').first().check();
    await saved(page);
    await check(page);
  });

  it('year page, empty', async () => {
    await page.goto(year);
    await page.locator('[data-total="scope1"]').waitFor();
    // Each category's state is said in words, not by its colour only.
    const states = await page.locator('section.category [data-state]').allTextContents();
    expect(states.length).toBeGreaterThan(10);
    expect(states.filter((t) => t.trim() === '')).toEqual([]);
    await check(page);
  });

  it('year page, the dialog asking before a year with categories to do is marked complete', async () => {
    await page.locator('details.card:has(#inv-status) summary').click();
    await page.locator('#inv-status').selectOption('complete');
    await page.locator('dialog.confirm-complete[open]').waitFor();
    await check(page);
    await page.keyboard.press('Escape');
    await page.locator('dialog.confirm-complete').waitFor({ state: 'detached' });
  });

  it('year page with entries', async () => {
    for (const [category, activity, amount] of [
      ['s2.electricity', 'electricity.fi', '12000'],
      ['s1.mobile', 'vehicle-fuel.diesel', '800'],
    ] as const) {
      const section = await openCategory(page, category);
      await section.getByRole('button', { name: `+ ${t('addEntry')}` }).click();
      const entry = section.locator('fieldset.entry').first();
      await entry.waitFor();
      await entry.locator('select[id$="-activity"]').selectOption(activity);
      await entry.locator('input[id$="-quantity"]').fill(amount);
    }
    await saved(page);
    await check(page);
  });

  it('year page with a field error showing', async () => {
    const field = page.locator('section[data-category="s1.mobile"] input[id$="-quantity"]').first();
    await field.fill('8OO');
    await field.blur();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await untiedErrors(page, 'section[data-category="s1.mobile"]')).toEqual({
      invalid: 1,
      untied: [],
    });
    await check(page);
    await field.fill('800');
    await saved(page);
  });

  it('activity search with results', async () => {
    await page.locator('#find-activity').fill('diesel');
    await page.locator('#find-results li').first().waitFor();
    await check(page);
    await page.locator('#find-activity').fill('');
  });

  it('bulk entry dialog, preview with errors', async () => {
    const section = await openCategory(page, 's2.electricity');
    await section.getByRole('button', { name: new RegExp(t('bulkOpen')) }).click();
    const dialog = page.locator('dialog.bulk-import');
    await dialog.waitFor();
    await dialog.locator('#bulk-paste').fill('1/2024\t100\n2/2024\tpaljon\n3/2024\t-5');
    await dialog.locator('.bulk-preview').waitFor();
    await check(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('guided interview with a conflict', async () => {
    await page.goto(`${year}/start`);
    await page.locator('input[name="q-vehicles"][value="none"]').check();
    await saved(page);
    await page.locator('form.interview button[type="submit"]').click();
    await page.locator('[data-conflict="s1.mobile"]').waitFor();
    await check(page);
  });

  it('data checklist', async () => {
    await page.goto(`${year}/checklist`);
    await h1(page);
    await check(page);
  });

  it('handover summary', async () => {
    await page.goto(`${year}/handover`);
    await h1(page);
    await check(page);
  });

  it('results and report', async () => {
    await page.goto(`${year}/results`);
    await page.locator('canvas').first().waitFor();
    await page.locator('#send-h').waitFor();
    const charts = await chartsWithoutTables(page, 'main');
    expect(charts.charts).toBeGreaterThan(0);
    expect(charts.alone).toEqual([]);
    await check(page);
  });

  it('results with a figure opened to its entries and sources', async () => {
    const opener = page.locator('main button[aria-expanded="false"]').first();
    await opener.click();
    await page.waitForTimeout(200);
    await check(page);
  });

  it('settings', async () => {
    await page.goto(new URL('settings', server.url).href);
    await page.locator('#set-lang').waitFor();
    await check(page);
  });

  it("settings with a refused factor-set file's message", async () => {
    await page.locator('#factor-file').setInputFiles({
      name: 'kertoimet.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"paastolaskuri-factors"}'),
    });
    await page.locator('main [role="alert"], main .problem').first().waitFor();
    await check(page);
  });

  const commitment = partnerWithCommitment();

  it('backup page', async () => {
    await page.goto(new URL('backup', server.url).href);
    await page.locator('#backup-import-file').waitFor();
    await check(page);
  });

  it('import preview of a partner file', async () => {
    const { file } = await commitment;
    await page.locator('#backup-import-file').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text ?? ''),
    });
    await page.locator('.backup-preview').waitFor();
    await check(page);
  });

  it('import done', async () => {
    await page.getByRole('button', { name: t('backupImportButton'), exact: true }).click();
    await page.locator('.backup-import-done').waitFor();
    await check(page);
  });

  it('import preview of a full backup', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('backupMakeButton') }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    await page.reload();
    await page.locator('#backup-import-file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.locator('.backup-preview').waitFor();
    await check(page);
    await page.getByRole('button', { name: t('cancel'), exact: true }).click();
  });

  it("a refused import's message", async () => {
    await page.locator('#backup-import-file').setInputFiles({
      name: 'raportti.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "paastolaskuri-exchange", "version": 1'),
    });
    await page.locator('main [role="alert"]').first().waitFor();
    expect(await untiedErrors(page, 'main')).toEqual({ invalid: 1, untied: [] });
    await check(page);
  });

  it('partners list with data', async () => {
    await page.goto(server.url);
    const { name } = await commitment;
    await page.getByRole('link', { name, exact: true }).waitFor();
    await check(page);
  });

  it('partner page with a commitment and targets', async () => {
    const { name } = await commitment;
    await page.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    imported = page.url();
    await page.locator('td[data-kg]').first().waitFor();
    await page.waitForTimeout(300);
    await check(page);
  });

  it("partner page's own emission factor form with its errors", async () => {
    const form = page.locator('form.own-factor-new');
    const folded = page.locator('details.own-factors-card:not([open]) summary');
    if ((await folded.count()) > 0) await folded.click();
    await form.locator('button[type="submit"]').click();
    await form.locator('[aria-invalid="true"]').first().waitFor();
    await check(page);
  });

  it('commitment page', async () => {
    await page.goto(`${imported}/commitment`);
    await h1(page);
    await page.waitForTimeout(300);
    await check(page);
  });

  it('commitment page with the target form open', async () => {
    await page.getByRole('button', { name: tr(lang, 'cmAddTarget') }).click();
    await page.locator('form.target-form').waitFor();
    await page.locator('form.target-form input[value="own"]').check();
    await check(page);
  });

  it("commitment page with the target form's errors", async () => {
    await page.locator('form.target-form button[type="submit"]').click();
    await page.locator('form.target-form [aria-invalid="true"]').first().waitFor();
    const target = await untiedErrors(page, 'form.target-form');
    expect(target.invalid).toBeGreaterThan(0);
    expect(target.untied).toEqual([]);
    await check(page);
  });

  it('actions register', async () => {
    await page.goto(`${imported}/actions`);
    await page.locator('#act-list-h').waitFor();
    await page.waitForTimeout(300);
    await check(page);
  });

  it("actions register's new action form with its errors", async () => {
    await page.locator('form.act-new button[type="submit"]').click();
    await page.locator('#new-act-title-error').waitFor();
    expect((await untiedErrors(page, 'form.act-new')).untied).toEqual([]);
    await check(page);
  });

  it('received files, with refused files', async () => {
    const files = await generatePartnerFiles({ seed: 15, partners: 3, bad: 3 });
    await page.goto(new URL('network/files', server.url).href);
    await page
      .locator('#received-pick-files')
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text ?? '') })),
      );
    await expect.poll(() => page.locator('.received-done').count(), { timeout: 30_000 }).toBe(1);
    await page.locator('.received-refused li').first().waitFor();
    await check(page);
  });

  it('network overview with data', async () => {
    await page.goto(new URL('network', server.url).href);
    await page.locator('#ptab-h').waitFor();
    await page.locator('canvas').first().waitFor();
    expect((await chartsWithoutTables(page, 'main')).alone).toEqual([]);
    await check(page);
  });

  it("a received partner's read-only report", async () => {
    await page.locator('main a[href^="/network/partners/"]').first().click();
    await page.waitForURL(/\/network\/partners\//);
    await h1(page);
    await page.waitForTimeout(300);
    await check(page);
  });

  it("the city's emission factor editor", async () => {
    await page.goto(new URL('network/factors', server.url).href);
    await page.locator('#nf-release-h').waitFor();
    await check(page);
  });

  it('accessibility statement, opened from the footer', async () => {
    await page.locator('footer a[href="/accessibility"]').click();
    await page.waitForURL(/\/accessibility$/);
    await h1(page);
    await check(page);
  });

  it('a page that does not exist', async () => {
    await page.goto(new URL('no/such/page', server.url).href);
    await h1(page);
    await check(page);
  });

  it('the update prompt, a new version waiting', async () => {
    // The worker of the first visit controls the page; a changed sw.js is a new version to offer.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    appendFileSync(join(served, 'sw.js'), `\n// a new version (${lang})\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.locator('.update-prompt__box button').first().waitFor({ timeout: 20_000 });
    await check(page);
  });
});
