/**
 * Issue 10's action budgets: the user actions (clicks, fields filled, options chosen, keys pressed) that the
 * guided bakery year and the office year take from an empty app to the PDF report, played in Chromium by the
 * same scenario code as test/e2e/guidedScenarios.test.ts. A count does not depend on the machine, so it is
 * judged against its absolute budget, with no noise margin: one action over is a failure.
 */
import { rmSync } from 'node:fs';
import { buildApp, launch, serveStatic, tempDir } from '../test/e2e/browser';
import { BAKERY_BUDGET, guidedBakery } from '../test/e2e/scenarios/guidedBakery';
import { OFFICE_BUDGET, officeYear } from '../test/e2e/scenarios/officeYear';
import type { Figure } from './report';

export async function guidedYearFigures(): Promise<Figure[]> {
  const dist = tempDir();
  try {
    await buildApp(dist);
    const server = await serveStatic(dist, { spaFallback: true });
    const browser = await launch();
    try {
      const size = { width: 1280, height: 900 };
      const bakery = await guidedBakery(browser, server.url, size);
      await bakery.close();
      const office = await officeYear(browser, server.url, size);
      await office.close();
      return [
        {
          name: 'guided bakery year: user actions',
          value: bakery.actions,
          unit: 'actions',
          budget: BAKERY_BUDGET,
          kind: 'max',
          exact: true,
        },
        {
          name: 'guided office year: user actions',
          value: office.actions,
          unit: 'actions',
          budget: OFFICE_BUDGET,
          kind: 'max',
          exact: true,
        },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
