/**
 * Helpers for the accessibility browser tests (axe.test.ts, keyboard.test.ts, reflow.test.ts): the languages
 * they run in, axe-core injected into a page and run with the WCAG 2.1 A/AA rules, the language chosen through
 * Settings, and partner files with a commitment to import.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang } from '../../src/i18n/issueMessages';
import { type GeneratedFile, goodFile } from '../generators/partnerFiles';

/** Every language the app speaks: adding one here runs every accessibility test in it too. */
export const LANGS: readonly Lang[] = ['fi', 'en', 'sv'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules of WCAG 2.0 and 2.1, levels A and AA: what the Act on Digital Services requires. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * axe's violations on the page as it is now, one line each with the elements at fault (empty when none).
 * The script is added once per document (the context bypasses the app's CSP for it).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Animations and transitions finished: colours are measured as they settle.
  await page.waitForTimeout(50);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map(
          (n) => `${JSON.stringify(n.target)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`,
        )
        .join(' | ')}`,
  );
}

/** Fails with axe's findings unless there are none. */
export async function expectNoViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Chooses the app's language in Settings (stored, so it holds over later page loads). */
export async function chooseLanguage(page: Page, appUrl: string, lang: Lang): Promise<void> {
  await page.goto(new URL('settings', appUrl).href);
  // Polled with the page's own timer: this runs in beforeAll too, where expect.poll cannot. Chosen again if
  // the stored settings, read as the app opens, came back after the choice and put the old language back.
  for (let tries = 0; ; tries++) {
    await page.locator('#set-lang').selectOption(lang);
    const chosen = await page
      .waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 5000 })
      .then(() => page.waitForTimeout(300))
      .then(() => page.evaluate((l) => document.documentElement.lang === l, lang))
      .catch(() => false);
    if (chosen) break;
    if (tries === 3) throw new Error(`the language ${lang} could not be chosen`);
  }
  await page.waitForFunction(
    () => document.querySelector('.save-indicator')?.getAttribute('data-state') === 'saved',
  );
}

/** A generated partner's file whose commitment has targets and actions, and its years; the same every run. */
export async function partnerWithCommitment(): Promise<{
  file: GeneratedFile;
  name: string;
  years: number[];
}> {
  for (let index = 0; index < 50; index++) {
    const file = await goodFile(15, index, { size: 'small', years: 3 });
    const org = JSON.parse(file.text ?? '{}').organization;
    const c = org?.commitment;
    if (c?.targets?.length > 0 && c?.actions?.length > 0 && file.expect.kind === 'good')
      return { file, name: org.name, years: file.expect.years };
  }
  throw new Error('no generated partner with targets and actions');
}

/** Whether anything is wider than the window: the document's scrolling width against the window's. */
export async function sidewaysOverflow(
  page: Page,
): Promise<{ scroll: number; inner: number; culprits: string[] }> {
  return page.evaluate(() => {
    const inner = window.innerWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      if (
        r.width > 0 &&
        r.right > inner + 0.5 &&
        (!parent || parent.right <= inner + 0.5) &&
        !el.closest('.table-scroll, [data-scroll-region]')
      )
        culprits.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}`);
    }
    return {
      scroll: document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth,
      inner,
      culprits: culprits.slice(0, 5),
    };
  });
}

/**
 * The fields marked invalid under `scope` and whether each names its message: aria-invalid="true" and
 * aria-describedby pointing at an element in the page with text. Returns the fields whose message is not tied.
 */
export async function untiedErrors(
  page: Page,
  scope: string,
): Promise<{ invalid: number; untied: string[] }> {
  return page.evaluate((sel) => {
    const fields = Array.from(document.querySelectorAll(`${sel} [aria-invalid="true"]`));
    const untied = fields
      .filter((f) => {
        const ids = (f.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        return !ids.some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '');
      })
      .map((f) => `${f.tagName.toLowerCase()}#${f.id}`);
    return { invalid: fields.length, untied };
  }, scope);
}

/** Charts under `scope` without a table of their figures beside them (in the same card, section or article). */
export async function chartsWithoutTables(
  page: Page,
  scope: string,
): Promise<{ charts: number; alone: string[] }> {
  return page.evaluate((sel) => {
    const charts = Array.from(document.querySelectorAll(`${sel} figure.chart`));
    const alone = charts
      .filter((c) => {
        const box = c.closest('article, section.card, section.report-table');
        return !box || box.querySelectorAll('table tbody tr').length === 0;
      })
      .map((c) => c.getAttribute('data-chart') ?? '?');
    return { charts: charts.length, alone };
  }, scope);
}
