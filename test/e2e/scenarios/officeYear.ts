/**
 * The office year of issue 10: a small accounting office (TOL 69.20) with only electricity, heat (in the
 * rent, from the landlord's statement), business travel and purchases, from an empty app to the PDF report,
 * the interview's suggestions for an office confirmed as they are. Every user action is counted.
 */
import type { Browser } from 'playwright-core';
import { actions } from './actions';
import {
  confirmAnswers,
  findEntry,
  freshPage,
  marketElectricityKg,
  newPartnerYear,
  type ScenarioOptions,
  type ScenarioRun,
  sendReport,
} from './yearSteps';

export const OFFICE_BUDGET = 25;
export const OFFICE_YEAR = 2025;

export async function officeYear(browser: Browser, url: string, o: ScenarioOptions): Promise<ScenarioRun> {
  const { page, pageErrors, close } = await freshPage(browser, o);
  const act = actions(page);
  await newPartnerYear(page, act, { url, name: 'Tilitoimisto', sector: '69.20', year: OFFICE_YEAR });
  act.step('opening questions');
  await confirmAnswers(page, act, OFFICE_YEAR);

  act.step('electricity');
  await findEntry(page, act, {
    words: 'sähkö',
    category: 's2.electricity',
    activity: 'electricity.fi',
    quantity: '18 500',
  });
  act.step('heat');
  await findEntry(page, act, {
    words: 'kaukolämpö',
    category: 's2.heat',
    activity: 'district-heat.fi',
    quantity: '42',
  });
  act.step('flights');
  await findEntry(page, act, {
    words: 'kotimaan lento',
    category: 's3.06',
    activity: 'flight.domestic.avg',
    quantity: '3 400',
  });
  act.step('purchases');
  await findEntry(page, act, {
    words: 'tietokone',
    category: 's3.01',
    activity: 'spend.it.computers',
    quantity: '6 000',
  });
  await o.onYearPage?.(page);

  const pdfText = await sendReport(page, act);
  return {
    actions: act.count,
    steps: act.steps,
    pdfText,
    marketElectricityKg: await marketElectricityKg(page),
    pageErrors,
    page,
    close,
  };
}
