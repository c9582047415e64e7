/**
 * A base year's figures for a target, made by the one evaluation of the year (src/io/evaluateYear.ts,
 * strict, as for the year's report and city file): a year the report would refuse gives no figures, so no
 * target is measured against numbers the partner could not send.
 */
import { baseYearFigures } from '../core/baseYear';
import type { BaseYearRecord } from '../core/commitment';
import { factorSetKey } from '../core/factorSet';
import type { Inventory } from '../core/inventory';
import type { Issue } from '../core/issues';
import type { TargetProblem } from '../core/targetChecks';
import { toExchangeOrganization } from '../db/exportExchange';
import { resolveFactorSet } from '../db/factorSets';
import { now } from '../db/ids';
import { factorsOfYear } from '../db/ownFactors';
import type { PaastoDb } from '../db/schema';
import { toCoreInventory } from '../db/toCore';
import { evaluateYear } from '../io/evaluateYear';
import { db } from './database';
import { readPartnerRows } from './reportYear';

export type BaseYearEvaluation =
  | { ok: true; record: BaseYearRecord }
  | {
      ok: false;
      /** The problem on the target's base-year field: base-year-not-calculated. */
      problems: TargetProblem[];
      /** The year's own problems, as its results page lists them (empty when the partner has no such year). */
      yearIssues: Issue[];
    };

function notCalculated(yearIssues: Issue[]): BaseYearEvaluation {
  return {
    ok: false,
    problems: [{ field: 'baseYear', problem: 'base-year-not-calculated' }],
    yearIssues,
  };
}

/** A year's method: the factor set and GWP values it is calculated with. */
export interface YearMethod {
  factorSet: { id: string; release: string };
  gwp: Inventory['gwp'];
}

/**
 * The year's figures as a base year, recorded now; refused when the partner has no such year or the year
 * cannot be calculated (an error in it, its factor set missing). Unfinished entries are left out, as in the
 * year's report. With `method`, the year is calculated with that factor set and GWP set instead of its own:
 * a recalculation brings the base year to the latest year's method (baseYearCheck.ts finds the drift).
 */
export async function evaluateBaseYear(
  orgId: string,
  year: number,
  database: PaastoDb = db,
  method?: YearMethod,
): Promise<BaseYearEvaluation> {
  const rows = await readPartnerRows(orgId, database);
  const row = rows?.years.find((y) => y.year === year);
  if (!rows || !row) return notCalculated([]);
  const entries = rows.entries.get(row.id) ?? [];
  const factors = factorsOfYear(rows.org.customFactors ?? [], year, entries);
  const { inventory: own } = toCoreInventory(row, entries, factors);
  const inventory = method ? { ...own, factorSet: method.factorSet, gwp: method.gwp } : own;
  const set = (await resolveFactorSet(database, inventory.factorSet)) ?? null;
  const key = factorSetKey(inventory.factorSet);
  // Only the year itself: a base year's figures do not depend on the years before it.
  const ev = evaluateYear(
    { organization: toExchangeOrganization(rows.org, rows.sites), inventories: [inventory] },
    year,
    (ref) => (factorSetKey(ref) === key ? set : null),
    { mode: 'strict' },
  );
  const evaluated = ev.report?.inventories.at(-1);
  if (!ev.result || !evaluated) return notCalculated(ev.issues);
  return { ok: true, record: { year, figures: baseYearFigures(ev.result, evaluated), recordedAt: now() } };
}
