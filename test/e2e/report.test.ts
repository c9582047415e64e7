/**
 * The results page and "Send to the city" in Chromium against the production build, with the example
 * partner (docs/examples/manufacturer.json). The figures expected are the calculation core's for the same
 * file (evaluateExchange in Node): the scope totals on screen, in the PDF (pdftotext), in the CSV read back
 * and in the city file must all be those. Charts draw pixels and have their tables; sharing hands the three
 * files to the Web Share API where it can take files; markup in a partner's name stays text; a figure opens
 * its trace with the factor's source.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import example from '../../docs/examples/manufacturer.json';
import { categoryInfo } from '../../src/core/categories';
import type { InventoryResult } from '../../src/core/results';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { formatTonnes } from '../../src/i18n/format';
import { issueMessage } from '../../src/i18n/issueMessages';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiReport';
import { evaluateExchange } from '../../src/io/evaluate';
import { reportFileName } from '../../src/io/report/cityFile';
import { pdfPages, plain } from '../io/report/pdfTools';
import { type StaticServer, skipInterview, useBuiltApp } from './browser';
import { openCategory } from './yearPage';

let browser: Browser;
let server: StaticServer;
/** The core's result of the example's year, from the same file the app's example partner is made of. */
let core: InventoryResult;

const NAME = example.organization.name;
const SCOPE_ROWS = [
  ['scope1', 'location', (r: InventoryResult) => r.scope1],
  ['scope2', 'location', (r: InventoryResult) => r.scope2.location],
  ['scope2', 'market', (r: InventoryResult) => r.scope2.market],
  ['scope3', 'location', (r: InventoryResult) => r.scope3],
  ['total', 'location', (r: InventoryResult) => r.total.location],
  ['total', 'market', (r: InventoryResult) => r.total.market],
] as const;

useBuiltApp(async (b, s) => {
  browser = b;
  server = s;
  const ev = await evaluateExchange(example, loadBuiltinSet);
  if (!ev.ok) throw new Error('The example does not evaluate');
  core = ev.results[0] as InventoryResult;
});

function watch(context: BrowserContext) {
  const seen = { errors: [] as string[], foreign: [] as string[] };
  context.on('page', (p) => {
    p.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
    p.on('pageerror', (e) => seen.errors.push(e.message));
  });
  context.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      seen.foreign.push(r.url());
  });
  return seen;
}

/** The example partner; returns the address of its page. */
async function examplePartner(page: Page): Promise<string> {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Lisää esimerkkikumppani' }).click();
  await page.waitForURL(/\/partners\/[^/]+$/);
  return page.url();
}

/**
 * A fresh context (downloads accepted) with the example partner: its page and address, and `done`, which
 * checks that no console error and no request to another origin was seen, and closes the context.
 */
async function withExample(init?: (context: BrowserContext) => Promise<unknown>) {
  const context = await browser.newContext({ acceptDownloads: true });
  const seen = watch(context);
  await init?.(context);
  const page = await context.newPage();
  const partner = await examplePartner(page);
  const done = async () => {
    expect(seen).toEqual({ errors: [], foreign: [] });
    await context.close();
  };
  return { page, partner, done };
}

/** The results page of a year, with its scope table shown. */
async function openResults(page: Page, partnerUrl: string, year: number): Promise<void> {
  await page.goto(`${partnerUrl}/years/${year}/results`);
  await page.locator('[data-table="scopes"] tr[data-row="total"]').waitFor();
}

/** The scope table's figures as the screen shows them: kg CO2e (data-kg) and text, by row and column. */
async function shownScopes(page: Page) {
  return Promise.all(
    SCOPE_ROWS.map(async ([row, col]) => {
      const cell = page.locator(`[data-table="scopes"] tr[data-row="${row}"] td[data-col="${col}"]`);
      return { kg: Number(await cell.getAttribute('data-kg')), text: (await cell.textContent()) ?? '' };
    }),
  );
}

function csvValue(rows: string[][], table: string, row: string, column: string): number {
  const header = rows[0] as string[];
  const at = (name: string) => header.indexOf(name);
  const line = rows.find(
    (r) => r[at('table')] === table && r[at('row')] === row && r[at('column')] === column,
  );
  if (!line) throw new Error(`No CSV line ${table}/${row}/${column}`);
  return Number((line[at('value')] as string).replace(',', '.'));
}

describe('results page and report in Chromium', () => {
  it('shows the scope totals of the core, Scope 2 both ways, and the links between editor and results', async () => {
    const { page, partner, done } = await withExample();
    // The partner's years table links to the results; the results link back to the editor.
    await page.getByRole('link', { name: /^Tulokset ja raportti 2024$/ }).click();
    await page.waitForURL(/\/years\/2024\/results$/);
    await page.locator('[data-table="scopes"] tr[data-row="total"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${NAME}: tulokset 2024`);
    const shown = await shownScopes(page);
    SCOPE_ROWS.forEach(([row, col, value], i) => {
      expect(shown[i]?.kg, `${row} ${col}`).toBe(value(core));
      expect(shown[i]?.text, `${row} ${col}`).toBe(formatTonnes(value(core), 'fi'));
    });
    // Categories and the largest sources are the core's, in its order.
    const categories = await page
      .locator('[data-table="categories"] tbody tr[data-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
    expect(categories.filter((c) => c !== 'total').sort()).toEqual(Object.keys(core.byCategory).sort());
    const sources = await page
      .locator('[data-table="sources"] tbody tr[data-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
    expect(sources.slice(0, 10)).toEqual(core.sources.slice(0, 10).map((s) => s.key));
    // On a phone a wide table scrolls sideways: its scroller is named by the table's heading and the
    // keyboard reaches and scrolls it.
    await page.setViewportSize({ width: 390, height: 800 });
    const scroller = page.locator('[data-table="factors"] .table-scroll');
    expect(await scroller.getAttribute('aria-labelledby')).toBe('t-factors');
    // Focusable by its own tabindex, not only where the browser makes scrollers focusable (Safari does not).
    expect(await scroller.getAttribute('tabindex')).toBe('0');
    await scroller.focus();
    expect(await scroller.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // Keyboard scrolling may be animated: its position is polled.
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('link', { name: 'Muokkaa vuoden tietoja' }).click();
    await page.waitForURL(/\/years\/2024$/);
    await page.getByRole('link', { name: /Tulokset ja raportti/ }).click();
    await page.waitForURL(/\/years\/2024\/results$/);
    expect(page.url()).toBe(`${partner}/years/2024/results`);
    await done();
  }, 60_000);

  it('draws the charts with pixels, each with its table, and a trend over two years', async () => {
    const { page, partner, done } = await withExample();
    // A second year, copied with its quantities, gives a trend and a comparison.
    await page.getByLabel('Vuosi', { exact: true }).fill('2025');
    await page.getByLabel('Säilytä määrät').check();
    await page.getByRole('button', { name: 'Aloita vuosi' }).click();
    await skipInterview(page, 2025);
    // Another GWP set in 2025: the comparison must say the years were calculated differently.
    await page.getByText('Vuoden asetukset').click();
    await page.getByLabel('GWP-kertoimet').selectOption('AR5');
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    await openResults(page, partner, 2025);
    const charts = ['scopes', 'categories', 'trend'];
    for (const id of charts) {
      const canvas = page.locator(`[data-chart="${id}"] canvas`);
      // Charts are drawn as they come near the screen.
      await canvas.scrollIntoViewIfNeeded();
      await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('true');
      expect(await canvas.getAttribute('role')).toBe('img');
      // Pixels drawn: a good share of the canvas is not transparent.
      const inked = await canvas.evaluate((el) => {
        const c = el as unknown as {
          width: number;
          height: number;
          getContext(kind: '2d'): { getImageData(...box: number[]): { data: Uint8ClampedArray } } | null;
        };
        const ctx = c.getContext('2d');
        if (!ctx) return 0;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) n++;
        return n / (c.width * c.height);
      });
      expect(inked, id).toBeGreaterThan(0.02);
      // The table equivalent is in the same section, from the same table.
      const table = page.locator(`[data-table="${id === 'scopes' ? 'scopes' : id}"] table`);
      expect(await table.locator('tbody tr').count(), id).toBeGreaterThan(1);
    }
    // The scope chart's summary has every figure of the scopes its table shows.
    const label = (await page.locator('[data-chart="scopes"] canvas').getAttribute('aria-label')) ?? '';
    for (const { text } of (await shownScopes(page)).slice(0, 4)) expect(label).toContain(text);
    // Two years in the trend table, and intensity charts with theirs.
    expect(await page.locator('[data-table="trend"] tbody tr').count()).toBe(2);
    const intensity = page.locator('[data-table="intensityTrend"] canvas[role="img"]');
    expect(await intensity.count()).toBe(core.intensities.length);
    await intensity.first().scrollIntoViewIfNeeded();
    await expect.poll(() => intensity.first().getAttribute('data-drawn')).toBe('true');
    // The comparison with 2024 is split into activity and factor effects.
    const comparison = page.locator('[data-table="comparisonPrevious"]');
    expect(await comparison.locator('th[scope="col"]').allTextContents()).toEqual(
      expect.arrayContaining(['Toiminnan muutoksesta (t CO2e)', 'Kertoimien muutoksesta (t CO2e)']),
    );
    // The new year also has the newer default factor set (fi-2026.1) than the example's fi-2025.1.
    expect(await comparison.locator('.report-warning').textContent()).toContain(
      tr('fi', 'reportNoteMethodDifferences', {
        list: `${tr('fi', 'reportDiffGwp')}, ${tr('fi', 'reportDiffFactorSet')}`,
      }),
    );
    // In print, the tables stay and the buttons go.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-table="trend"] table').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Lähetä kaupungille' }).isVisible()).toBe(false);
    await done();
  }, 60_000);

  it('"Send to the city" without file sharing downloads the PDF, CSV and city file with the same totals', async () => {
    const { page, partner, done } = await withExample();
    await openResults(page, partner, 2024);
    const shown = await shownScopes(page);
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Lähetä kaupungille' }).click();
    await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(3);
    expect(downloads.map((d) => d.suggestedFilename())).toEqual([
      reportFileName(NAME, 2024, 'pdf'),
      reportFileName(NAME, 2024, 'json'),
      reportFileName(NAME, 2024, 'csv'),
    ]);
    expect(downloads[0]?.suggestedFilename()).toBe('Esimerkki-Metalli-ja-Kylmä-Oy-2024-ilmastoraportti.pdf');
    await expect.poll(() => page.locator('[data-send-status]').getAttribute('data-send-status')).toBe('done');
    const out = mkdtempSync(join(tmpdir(), 'report-e2e-'));
    try {
      const paths = await Promise.all(
        downloads.map(async (d) => {
          const p = join(out, d.suggestedFilename());
          await d.saveAs(p);
          return p;
        }),
      );
      const [pdfPath, jsonPath, csvPath] = paths as [string, string, string];
      // The PDF: the scope table's rows with the figures as the screen formats them.
      const text = plain(pdfPages(readFileSync(pdfPath)).join('\n'));
      // A row of the PDF's scope table: its label, then the location- and market-based figures.
      const esc = (x: string) => plain(x).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const row = (label: string, i: number, j: number) =>
        new RegExp(`${esc(label)}\\s+${esc(shown[i]?.text ?? '?')}\\s+${esc(shown[j]?.text ?? '?')}\\s`);
      expect(text).toMatch(row('Scope 1 – suorat', 0, 0));
      expect(text).toMatch(row('Scope 2 – ostoenergia', 1, 2));
      expect(text).toMatch(row('Scope 3 – arvoketju', 3, 3));
      expect(text).toMatch(row('Yhteensä', 4, 5));
      // The CSV read back: the same kg CO2e.
      const csv = Papa.parse<string[]>(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''), {
        delimiter: ';',
        skipEmptyLines: true,
      }).data;
      for (const [r, col, value] of SCOPE_ROWS) {
        expect(csvValue(csv, 'scopes', r, col), `${r} ${col}`).toBe(value(core));
      }
      // The city file: the year's results are the core's.
      const city = JSON.parse(readFileSync(jsonPath, 'utf8'));
      expect(city.organization.name).toBe(NAME);
      const results = city.inventories[0].results as InventoryResult;
      for (const [r, col, value] of SCOPE_ROWS) expect(value(results), `${r} ${col}`).toBe(value(core));
      // And the screen showed the same kg as all three.
      SCOPE_ROWS.forEach(([, , value], i) => {
        expect(shown[i]?.kg).toBe(value(results));
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    await done();
  }, 90_000);

  it('shares the three files through the Web Share API where the device can share files', async () => {
    const { page, partner, done } = await withExample((context) =>
      context.addInitScript(() => {
        const g = globalThis as unknown as { __shared?: { name: string; type: string; size: number }[] };
        const nav = (globalThis as unknown as { navigator: object }).navigator;
        Object.defineProperty(nav, 'canShare', {
          value: (d: { files?: File[] }) => Array.isArray(d.files) && d.files.length > 0,
        });
        Object.defineProperty(nav, 'share', {
          value: async (d: { files: File[] }) => {
            g.__shared = d.files.map((f) => ({ name: f.name, type: f.type, size: f.size }));
          },
        });
      }),
    );
    await openResults(page, partner, 2024);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Lähetä kaupungille' }).click();
    await page.getByText('Tiedostot jaettiin.').waitFor();
    const shared = await page.evaluate(
      () => (globalThis as unknown as { __shared: { name: string; type: string; size: number }[] }).__shared,
    );
    expect(shared.map(({ name, type }) => ({ name, type }))).toEqual([
      { name: reportFileName(NAME, 2024, 'pdf'), type: 'application/pdf' },
      { name: reportFileName(NAME, 2024, 'json'), type: 'application/json' },
      { name: reportFileName(NAME, 2024, 'csv'), type: 'text/csv' },
    ]);
    for (const f of shared) expect(f.size, f.name).toBeGreaterThan(1000);
    expect(downloads).toBe(0);
    // A single file is always downloaded, not shared.
    const one = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lataa CSV' }).click();
    expect((await one).suggestedFilename()).toBe(reportFileName(NAME, 2024, 'csv'));
    await done();
  }, 60_000);

  it('shows a partner name with markup as text, and no script runs', async () => {
    const { page, partner, done } = await withExample();
    const hostile = '<img src=x onerror="window.__xss=1">Oy';
    await page.getByLabel('Nimi', { exact: true }).fill(hostile);
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    await openResults(page, partner, 2024);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${hostile}: tulokset 2024`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await done();
  }, 60_000);

  it('opens the trace of the largest source with its entries, factor and the source as a safe link', async () => {
    const { page, partner, done } = await withExample();
    await openResults(page, partner, 2024);
    const top = core.sources[0];
    const entry = core.entries.find((e) => e.activity === top?.activity && e.category === top?.category);
    const source = entry?.trace.factor?.source;
    if (!top || !source || !('publisher' in source)) throw new Error('The example has no sourced top source');
    const row = page.locator(`[data-table="sources"] tr[data-row="${top.key}"]`);
    const button = row.getByRole('button');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.trace').count()).toBe(0);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const trace = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await trace.waitFor();
    expect(await trace.locator('.trace-entry').count()).toBe(top.entries);
    const text = (await trace.textContent()) ?? '';
    expect(text).toContain(source.publisher);
    expect(text).toContain(source.document);
    expect(text).toContain(entry?.trace.factor?.id ?? '?');
    // The source is named by its Finnish title first; the document as published is the reference under it.
    const named = (await trace.locator('.trace-source').first().textContent()) ?? '';
    expect(source.titles?.fi).toBeTruthy();
    expect(named.startsWith(`${source.titles?.fi} (${source.publisher}, ${source.year})`)).toBe(true);
    expect(await trace.locator('.trace-source .muted').first().textContent()).toContain(source.document);
    const link = trace.locator(`.trace-source a[href="${source.url}"]`);
    expect(await link.getAttribute('rel')).toContain('noopener');
    // The entry's emissions are the core's.
    expect(Number(await trace.locator('[data-kg]').first().getAttribute('data-kg'))).toBe(
      entry?.location.co2e,
    );
    // A category opens its entries too.
    const category = page
      .locator(`[data-table="categories"] tr[data-row="${top.category}"]`)
      .getByRole('button');
    await category.click();
    const ofCategory = page.locator(`#${await category.getAttribute('aria-controls')} .trace-entry`);
    expect(await ofCategory.count()).toBe(core.byCategory[top.category]?.entries);
    // So do a scope and a factor used.
    const scope = page.locator('[data-table="scopes"] tr[data-row="scope1"]').getByRole('button');
    await scope.click();
    const ofScope = page.locator(`#${await scope.getAttribute('aria-controls')} .trace-entry`);
    expect(await ofScope.count()).toBe(core.entries.filter((e) => e.scope === 1).length);
    const factor = entry?.trace.factor;
    const factorRow = page.locator(
      `[data-table="factors"] tr[data-row="${factor?.set}|${factor?.id}|${factor?.year}"]`,
    );
    await factorRow.getByRole('button').click();
    expect(await factorRow.locator('xpath=following-sibling::tr[1]').locator('.trace-entry').count()).toBe(
      core.entries.filter((e) => e.trace.factor?.id === factor?.id).length,
    );
    await done();
  }, 60_000);

  it('shows the problems and a link to the editor instead of numbers when the year cannot be calculated', async () => {
    const context = await browser.newContext();
    const seen = watch(context);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Uusi kumppani' }).click();
    await page.getByLabel('Nimi', { exact: true }).fill('Virhe Oy');
    await page.getByRole('button', { name: 'Luo' }).click();
    await page.waitForURL(/\/partners\/[^/]+$/);
    await page.getByLabel('Vuosi', { exact: true }).fill('2024');
    await page.getByRole('button', { name: 'Aloita vuosi' }).click();
    await skipInterview(page, 2024);
    // An entry left unfinished (no quantity), and a category excluded without the reason the standard asks for.
    const section = await openCategory(page, 's1.stationary');
    await section.getByRole('button', { name: '+ Lisää kirjaus' }).click();
    await section.locator('fieldset.entry select[id$="-activity"]').selectOption('fuel.light-fuel-oil');
    const excluded = await openCategory(page, 's3.08');
    await excluded.getByLabel('Ei olennainen').check();
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    await page.getByRole('link', { name: /Tulokset ja raportti/ }).click();
    await page
      .getByRole('heading', { name: 'Vuoden tuloksia ei voi laskea, koska tiedoissa on virheitä' })
      .waitFor();
    const message = issueMessage(
      { severity: 'error', path: '', code: 'required', params: { key: 'reason' } },
      'fi',
    );
    const problems = (await page.locator('main ul').first().textContent()) ?? '';
    expect(problems).toContain(`${categoryInfo('s3.08').names.fi}, Perustelu: ${message}`);
    expect(await page.getByText(tr('fi', 'reportPdfUnfinished', { n: 1 })).count()).toBe(1);
    expect(await page.locator('[data-table]').count()).toBe(0);
    await page.getByRole('link', { name: 'Korjaa vuoden tiedot' }).click();
    await page.waitForURL(/\/years\/2024$/);
    expect(seen).toEqual({ errors: [], foreign: [] });
    await context.close();
  }, 60_000);
});
