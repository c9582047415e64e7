/**
 * Reflow and zoom (WCAG 1.4.10 and 1.4.4) in Chromium against the production build, in every language of
 * LANGS: every page with data at 320 CSS px wide (a 1280 px screen at 400 %) and at 640 × 400 (1280 × 800 at
 * 200 %). No page scrolls sideways (the document's scrolling width is at most the window's); no control is
 * cut off at the window's edges unless it is inside a box that scrolls; and a box that does scroll sideways
 * (a wide data table, which 1.4.10 allows) can be scrolled by keyboard and is named: it takes the focus
 * (tabindex 0) and has an accessible name.
 *
 * The data: a generated partner with a commitment, targets and actions (imported as a user does), the
 * example partner, and three received partner files on the network pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n/issueMessages';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiBackup';
import { generatePartnerFiles } from '../generators/partnerFiles';
import { chooseLanguage, LANGS, partnerWithCommitment, sidewaysOverflow } from './a11y';
import { type StaticServer, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let server: StaticServer;
let newContext: () => Promise<BrowserContext>;
useBuiltApp((b, s) => {
  server = s;
  newContext = () => b.newContext({ viewport: { width: 320, height: 640 } });
});

const SIZES = [
  { width: 320, height: 640 },
  { width: 640, height: 400 },
] as const;

interface Problems {
  /** Controls reaching past the window's edges outside a box that scrolls. */
  cut: string[];
  /** Boxes that scroll sideways without a tab stop or a name. */
  regions: string[];
}

async function problems(page: Page): Promise<Problems> {
  return page.evaluate(() => {
    const inner = window.innerWidth;
    const scrollsX = (el: Element) => {
      const s = getComputedStyle(el).overflowX;
      return (s === 'auto' || s === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    };
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (scrollsX(p)) return true;
      return false;
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const cut = Array.from(document.querySelectorAll('button, a[href], input, select, textarea, summary'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return false;
        // Visually hidden controls (the file inputs behind their labels) are 1 px: not what is seen.
        if (r.width <= 1 && r.height <= 1) return false;
        // Partly in the window: a skip link kept off-screen until it has the focus is not cut.
        const partly = (r.left < -0.5 && r.right > 0) || (r.left < inner && r.right > inner + 0.5);
        return partly && !inScroller(el);
      })
      .map(describe);
    const regions = Array.from(document.querySelectorAll('body *'))
      .filter(scrollsX)
      .filter((el) => {
        const h = el as HTMLElement;
        const named =
          (h.getAttribute('aria-label') ?? '').trim() !== '' ||
          (h.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '');
        return !(h.tabIndex === 0 && named);
      })
      .map(describe);
    return { cut, regions };
  });
}

describe.each(LANGS)('reflow at 320 px and at 200 percent zoom, in %s', (lang: Lang) => {
  let context: BrowserContext;
  let page: Page;
  const pages: [string, string, string][] = [];
  /** After the page is drawn: a category of the year and its first entry opened, the widest the page gets. */
  const openEntry = async () => {
    const section = await openCategory(page, 's2.electricity');
    await section.locator('.row-toggle[aria-expanded="false"]').first().click();
    await section.locator('fieldset.entry').first().waitFor();
  };
  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
    await chooseLanguage(page, server.url, lang);
    // The example partner, and the generated one with a commitment imported from its file.
    await page.goto(server.url);
    await page.getByRole('button', { name: tr(lang, 'addDemo') }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    const demo = new URL(page.url()).pathname;
    const { file, years } = await partnerWithCommitment();
    await page.goto(new URL('backup', server.url).href);
    await page.locator('#backup-import-file').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text ?? ''),
    });
    await page.getByRole('button', { name: tr(lang, 'backupImportButton'), exact: true }).click();
    await page.locator('.backup-import-done').waitFor();
    await page.goto(server.url);
    const name = JSON.parse(file.text ?? '{}').organization.name as string;
    await page.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    const partner = new URL(page.url()).pathname;
    const last = years[years.length - 1];
    const files = await generatePartnerFiles({ seed: 15, partners: 3, bad: 2 });
    await page.goto(new URL('network/files', server.url).href);
    await page
      .locator('#received-pick-files')
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text ?? '') })),
      );
    await page.locator('.received-done').waitFor({ timeout: 30_000 });
    await page.goto(new URL('network', server.url).href);
    const report = await page.locator('main a[href^="/network/partners/"]').first().getAttribute('href');
    pages.push(
      ['partners list', '/', 'main .partner-list'],
      ['example partner', demo, 'td[data-kg]'],
      ['example year with entries', `${demo}/years/2024`, '[data-total="scope1"] [data-kg]'],
      ['example results', `${demo}/years/2024/results`, '[data-table="scopes"]'],
      ['partner with a commitment', partner, 'td[data-kg]'],
      ['its latest year', `${partner}/years/${last}`, '[data-total="scope1"] [data-kg]'],
      ['its results', `${partner}/years/${last}/results`, '[data-table="scopes"]'],
      ['its opening questions', `${partner}/years/${last}/start`, 'fieldset[data-question]'],
      ['its data checklist', `${partner}/years/${last}/checklist`, 'main h2'],
      ['its handover summary', `${partner}/years/${last}/handover`, 'main h2'],
      ['commitment and targets', `${partner}/commitment`, '.target-list, #targets-title'],
      ['actions register', `${partner}/actions`, '#act-list-h'],
      ['settings', '/settings', '#set-lang'],
      ['backup', '/backup', '#backup-import-file'],
      ['network overview', '/network', '#ptab-h'],
      ['received files', '/network/files', '.received-files'],
      ['read-only partner report', report ?? '/network', 'main h1'],
      ["the city's emission factors", '/network/factors', '#nf-release-h'],
      ['accessibility statement', '/accessibility', 'main h1'],
    );
  }, 120_000);
  afterAll(() => context?.close());

  it('no page scrolls sideways, no control is cut off, wide tables scroll in a named tab stop', async () => {
    for (const [label, path, ready] of pages) {
      await page.setViewportSize(SIZES[0]);
      await page.goto(new URL(path, server.url).href);
      await page.locator(ready).first().waitFor();
      if (path.endsWith('/years/2024')) await openEntry();
      await page.waitForTimeout(200);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.waitForTimeout(100);
        const w = await sidewaysOverflow(page);
        const where = `${label} at ${size.width} px`;
        expect.soft(w.scroll, `${where}: ${w.culprits.join('; ')}`).toBeLessThanOrEqual(w.inner);
        const p = await problems(page);
        expect.soft(p.cut, `${where}: controls cut off`).toEqual([]);
        expect
          .soft(p.regions, `${where}: boxes scrolling sideways without a tab stop and a name`)
          .toEqual([]);
      }
    }
  });
});
