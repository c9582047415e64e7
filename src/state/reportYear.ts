/**
 * The report data of one partner's year: stored rows → core inventories → evaluateYear (strict) →
 * buildReportData. The results page, the PDF, the CSV and the city file all format the object this returns,
 * so they cannot disagree, and the editor's totals come from the same evaluation (lenient). Unfinished entries
 * are left out (and counted), as in the exported file; a year with errors gives its problems instead of
 * numbers. No file is written here: the city file is made, and read back, only when it is downloaded.
 */
import type { FactorSet } from '../core/factorSet';
import { factorSetKey } from '../core/factorSet';
import type { Inventory } from '../core/inventory';
import type { Issue } from '../core/issues';
import type { Organization } from '../core/organization';
import type { InventoryResult } from '../core/results';
import { toExchangeOrganization } from '../db/exportExchange';
import { resolveFactorSet } from '../db/factorSets';
import { listEntriesOfPartner, listInventories } from '../db/inventories';
import { getOrganization, listSites } from '../db/organizations';
import { factorsOfYear } from '../db/ownFactors';
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from '../db/rows';
import type { PaastoDb } from '../db/schema';
import { toCoreInventory } from '../db/toCore';
import { evaluateYear } from '../io/evaluateYear';
import { buildReportData, type ReportData, type ReportYears } from '../io/report/reportData';
import { db } from './database';

/** What is stored of a partner: the rows the report is made from. */
export interface PartnerRows {
  org: OrganizationRow;
  sites: readonly SiteRow[];
  years: readonly InventoryRow[];
  entries: ReadonlyMap<string, readonly EntryRow[]>;
}

export type YearReport =
  | {
      ok: true;
      data: ReportData;
      /** The organization and the years of the report, as a file holds them: what the city file is written from. */
      file: ReportYears;
      results: readonly InventoryResult[];
      /** Earlier years left out of the trend and comparisons because they cannot be calculated. */
      yearsLeftOut: number[];
      /**
       * Warnings about the partner's details (`/organization/sector`): fields no figure depends on, left out
       * of the report, to be fixed on the partner's page.
       */
      partnerIssues: Issue[];
    }
  | {
      ok: false;
      /**
       * Problems of the year (paths relative to the year: `/entries/3/quantity`) and of the partner, each
       * with the record it concerns (Issue.record).
       */
      issues: Issue[];
      /** The year as evaluated, to name the records the problems are in. */
      inventory?: Inventory;
      unfinished: number;
    };

/** The partner's rows, or null if there is no such partner. Read in a live query, so the page follows edits. */
export async function readPartnerRows(orgId: string, database: PaastoDb = db): Promise<PartnerRows | null> {
  const org = await getOrganization(database, orgId);
  if (!org) return null;
  const [sites, years, entries] = await Promise.all([
    listSites(database, orgId),
    listInventories(database, orgId),
    listEntriesOfPartner(database, orgId),
  ]);
  return { org, sites, years, entries };
}

/**
 * The report of `year` from the partner's stored rows: the year and every earlier one (the trend and the
 * comparisons). An earlier year that cannot be calculated is left out and named; problems of the year
 * itself (or of the partner's details) are returned instead of a report.
 */
export async function reportOfYear(
  rows: PartnerRows,
  year: number,
  meta: { appVersion: string; createdAt: string },
  database: PaastoDb = db,
): Promise<YearReport> {
  let unfinished = 0;
  const inventories = rows.years
    .filter((y) => y.year <= year)
    .map((y) => {
      const entries = rows.entries.get(y.id) ?? [];
      // As in the year's file: the partner's factors the year uses or that are of its data year.
      const factors = factorsOfYear(rows.org.customFactors ?? [], y.year, entries);
      const { inventory, incomplete } = toCoreInventory(y, entries, factors);
      if (y.year === year) unfinished = incomplete.length;
      return inventory;
    });
  const own = inventories.find((i) => i.year === year);
  // The page checks that the year exists; without it there is nothing to report or to explain.
  if (!own) return { ok: false, issues: [], unfinished };
  return reportOfInventories(toExchangeOrganization(rows.org, rows.sites), inventories, year, meta, {
    unfinished,
    database,
  });
}

/**
 * The report of `year` from a partner's details and years as core inventories (the stored rows', or a
 * received file's): evaluated strictly, with the factor sets of the database (built in, or loaded from a
 * file there). `unfinished`: the year's entries left out as unfinished, said in the report.
 */
export async function reportOfInventories(
  organization: Organization,
  inventories: readonly Inventory[],
  year: number,
  meta: { appVersion: string; createdAt: string },
  { unfinished = 0, database = db }: { unfinished?: number; database?: PaastoDb } = {},
): Promise<YearReport> {
  const own = inventories.find((i) => i.year === year);
  if (!own) return { ok: false, issues: [], unfinished };
  const sets = new Map<string, FactorSet | null>();
  for (const inv of inventories) {
    const key = factorSetKey(inv.factorSet);
    if (!sets.has(key)) sets.set(key, (await resolveFactorSet(database, inv.factorSet)) ?? null);
  }
  const ev = evaluateYear({ organization, inventories }, year, (ref) => sets.get(factorSetKey(ref)) ?? null, {
    mode: 'strict',
  });
  if (!ev.report) return { ok: false, issues: ev.issues, inventory: own, unfinished };
  const { yearsLeftOut, ...evaluated } = ev.report;
  const loaded = [...sets.values()].filter((s): s is FactorSet => s !== null);
  const data = await buildReportData(evaluated, year, loaded, {
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    unfinishedEntries: unfinished,
    ...(yearsLeftOut.length > 0 ? { yearsLeftOut } : {}),
  });
  const partnerIssues = ev.issues.filter((i) => i.path.startsWith('/organization'));
  return { ok: true, data, file: evaluated, results: evaluated.results, yearsLeftOut, partnerIssues };
}
