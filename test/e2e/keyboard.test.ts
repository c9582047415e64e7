/**
 * A whole year by keyboard only, in Chromium against the production build, in every language of LANGS: no
 * click, no element focused by the test, no address typed after the first page load. Tab, Shift+Tab, Enter,
 * the arrow keys and typing create a partner, start its year 2024, skip the opening questions, add
 * electricity (12 345,6 kWh) and diesel (1 234,5 l) typed in the language's number format (a decimal comma in
 * Finnish), open the results, and make the PDF report and the city's file (downloads). The figures shown are
 * compared with the typed amounts times the values of the built-in factor set (fi-2026.1, data year 2024)
 * and the GWP-100 values of AR6, the default, read from the source data here rather than from the page.
 * Every element the focus passes shows a focus indicator; after each page change the focus is on the page's
 * heading; the new-partner form takes the focus when it opens and gives it back to its button when cancelled.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GASES } from '../../src/core/gwpData';
import setJson from '../../src/factors/sets/fi-2026.1.json';
import { formatNumber } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n/issueMessages';
import { tr } from '../../src/i18n/ui';
import '../../src/i18n/uiReport';
import { LANGS } from './a11y';
import { type StaticServer, useBuiltApp } from './browser';
import { byId, byName, focused, Keyboard, linkTo } from './keyboard';

// Each case waits on the app as a user would; a loaded machine (CI on two cores) may take seconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

let server: StaticServer;
let newContext: () => Promise<BrowserContext>;
useBuiltApp((b, s) => {
  server = s;
  newContext = async () => {
    const context = await b.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    });
    return context;
  };
});

const KWH = 12345.6;
const LITRES = 1234.5;
const YEAR = 2024;

interface FactorValue {
  year: number;
  gases?: Record<string, number>;
  co2eParts?: Record<string, number>;
  co2eGwp?: 'AR5' | 'AR6';
}
function factorValue(id: string): FactorValue {
  const f = (setJson.factors as unknown as { id: string; values: FactorValue[] }[]).find((x) => x.id === id);
  const v = f?.values.find((x) => x.year === YEAR);
  if (!v) throw new Error(`no ${YEAR} value of ${id}`);
  return v;
}
const gwp = (gas: string, set: 'AR5' | 'AR6') => {
  const g = GASES.find((x) => x.id === gas)?.gwp[set];
  if (g === undefined) throw new Error(`no GWP of ${gas}`);
  return g;
};

/** kg CO2e of the typed amounts: electricity × its CO2 factor; diesel's CO2e parts back to mass and to AR6. */
function expected() {
  const electricity = factorValue('fi.electricity.location');
  const diesel = factorValue('desnz.fuel.diesel-mineral.l');
  const perLitre = Object.entries(diesel.co2eParts ?? {}).reduce(
    (sum, [gas, part]) => sum + (part / gwp(gas, diesel.co2eGwp ?? 'AR5')) * gwp(gas, 'AR6'),
    0,
  );
  return { scope1: LITRES * perLitre, scope2: KWH * (electricity.gases?.CO2 ?? Number.NaN) };
}

/** The amount as a person types it in `lang`: digits grouped with spaces or commas, the language's decimal sign. */
const typed = (n: number, lang: Lang) => formatNumber(n, lang, 1).replace(/\u00a0|\u202f/g, ' ');

describe.each(LANGS)('a year by keyboard only, in %s', (lang: Lang) => {
  let context: BrowserContext;
  let page: Page;
  let keys: Keyboard;
  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
    keys = new Keyboard(page);
  });
  afterAll(() => context?.close());

  const heading = async () => {
    await page.locator('main h1').first().waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');
  };
  const saved = () =>
    expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');

  it('chooses the language and creates a partner', { timeout: 60_000 }, async () => {
    await page.goto(server.url);
    await page.locator('main h1').waitFor();
    if (lang !== 'fi') {
      await keys.tabTo(linkTo(/\/settings$/), 'the Settings link');
      await page.keyboard.press('Enter');
      await heading();
      await keys.tabTo(byId('set-lang'), 'the language choice');
      await keys.choose(lang);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await keys.tabTo(linkTo(/^\/$/), 'the Partners link', { back: true });
      await page.keyboard.press('Enter');
      await heading();
    }
    // The form takes the focus when it opens and gives it back to its button when cancelled.
    await keys.tabTo(byName(tr(lang, 'newPartner')), 'New partner');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('new-name');
    await keys.tabTo(byName(tr(lang, 'cancel')), 'Cancel');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name).toBe(tr(lang, 'newPartner'));
    await page.keyboard.press('Space');
    await expect.poll(async () => (await focused(page)).id).toBe('new-name');
    await page.keyboard.type('Näppäin Oy');
    await keys.tabTo(byName(tr(lang, 'create')), 'Create');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/partners\/[^/]+$/);
    await heading();
  });

  it('starts a year and skips its questions', async () => {
    await keys.tabTo(byId('start-year'), 'the year field');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(YEAR));
    await keys.tabTo(byName(tr(lang, 'startYear')), 'Start a year');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/years/${YEAR}/start$`));
    await heading();
    await keys.tabTo(linkTo(new RegExp(`/years/${YEAR}$`)), 'the link to the year');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/years/${YEAR}$`));
    await heading();
  });

  for (const [category, activity, amount] of [
    ['s1.mobile', 'vehicle-fuel.diesel', LITRES],
    ['s2.electricity', 'electricity.fi', KWH],
  ] as const)
    it(`adds ${activity} with an amount typed in the language's format`, async () => {
      await keys.tabTo((f) => f.category === category && f.cls.includes('category-toggle'), category);
      await page.keyboard.press('Enter');
      await keys.tabTo(
        (f) => f.category === category && f.name === `+ ${tr(lang, 'addEntry')}`,
        'Add an entry',
      );
      await page.keyboard.press('Enter');
      // The new entry's editor has the focus (its first field): the focus has left the button that added it.
      await expect
        .poll(async () => {
          const f = await focused(page);
          return f.category === category && f.name !== `+ ${tr(lang, 'addEntry')}`;
        })
        .toBe(true);
      const at = await focused(page);
      if (!at.id.endsWith('-activity'))
        await keys.tabTo((f) => f.category === category && f.id.endsWith('-activity'), 'the activity');
      await keys.choose(activity);
      await keys.tabTo((f) => f.id.endsWith('-quantity'), 'the amount');
      await page.keyboard.type(typed(amount, lang));
      await saved();
      expect(
        await page
          .locator(`section[data-category="${category}"] input[id$="-quantity"]`)
          .getAttribute('aria-invalid'),
      ).toBe('false');
    });

  it('opens the results: the figures are the typed amounts times the built-in factors', async () => {
    await keys.tabTo(linkTo(/\/results$/), 'the results link', { back: true, max: 400 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/results$/);
    await heading();
    const want = expected();
    const cell = (row: string, col: string) =>
      page
        .locator(`[data-table="scopes"] tr[data-row="${row}"] td[data-col="${col}"]`)
        .getAttribute('data-kg');
    await expect.poll(() => cell('scope1', 'location')).not.toBeNull();
    expect(Number(await cell('scope1', 'location'))).toBeCloseTo(want.scope1, 6);
    expect(Number(await cell('scope2', 'location'))).toBeCloseTo(want.scope2, 6);
    expect(Number(await cell('total', 'location'))).toBeCloseTo(want.scope1 + want.scope2, 6);
  });

  it('makes the PDF report and the city file', { timeout: 60_000 }, async () => {
    for (const key of ['reportDownloadPdf', 'reportDownloadCity'] as const) {
      await keys.tabTo(byName(tr(lang, key)), key, { max: 400 });
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const text = readFileSync(await download.path());
      if (key === 'reportDownloadPdf') expect(text.subarray(0, 5).toString()).toBe('%PDF-');
      else expect(JSON.parse(text.toString()).inventories[0].year).toBe(YEAR);
    }
  });

  it('showed a focus indicator on every element the focus reached', () => {
    expect([...keys.unseen]).toEqual([]);
  });
});
