/**
 * The report data of one partner's year, made the one way every output is made: stored rows → exchange file →
 * evaluateExchange → buildReportData. The results page, the PDF, the CSV and the city file all format the
 * object this returns, so they cannot disagree. Unfinished entries are left out (and counted), as in the
 * exported file; a year with errors gives its problems instead of numbers.
 */
import type { FactorSet } from '../core/factorSet';
import type { Inventory } from '../core/inventory';
import type { Issue } from '../core/issues';
import type { InventoryResult } from '../core/results';
import { toExchangeOrganization } from '../db/exportExchange';
import { resolveFactorSet } from '../db/factorSets';
import { listEntriesOfPartner, listInventories } from '../db/inventories';
import { getOrganization, listSites } from '../db/organizations';
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from '../db/rows';
import type { PaastoDb } from '../db/schema';
import { toCoreInventory } from '../db/toCore';
import { evaluateExchange } from '../io/evaluate';
import { type ExchangeFile, writeExchange } from '../io/exchange';
import { buildReportData, type ReportData } from '../io/report/reportData';
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
      /** The evaluated file and its results: what the city file is written from. */
      file: ExchangeFile;
      results: readonly InventoryResult[];
      /** Earlier years left out of the trend and comparisons because they cannot be calculated. */
      yearsLeftOut: number[];
    }
  | {
      ok: false;
      /** Problems of the year (paths relative to the year: `/entries/3/quantity`) and of the partner. */
      issues: Issue[];
      /** The year as calculated, to name the entries the problems are in. */
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

const INVENTORY_PATH = /^\/inventories\/(\d+)(\/|$)/;

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
  const organization = toExchangeOrganization(rows.org, rows.sites);
  let unfinished = 0;
  let inventories = rows.years
    .filter((y) => y.year <= year)
    .sort((a, b) => a.year - b.year)
    .map((y) => {
      const { inventory, incomplete } = toCoreInventory(y, rows.entries.get(y.id) ?? []);
      if (y.year === year) unfinished = incomplete.length;
      return inventory;
    });
  // The page checks that the year exists; without it there is nothing to report or to explain.
  if (!inventories.some((i) => i.year === year)) return { ok: false, issues: [], unfinished };
  const sets = new Map<string, FactorSet>();
  const load = async (ref: { id: string; release: string }) => {
    // From the database the rows were read from: a factor-set file loaded there is found there.
    const set = await resolveFactorSet(database, ref);
    if (set) sets.set(`${ref.id}|${ref.release}`, set);
    return set;
  };
  const fileMeta = { appVersion: meta.appVersion, exportedAt: meta.createdAt };
  const yearsLeftOut: number[] = [];
  for (;;) {
    const file = writeExchange(organization, inventories, fileMeta);
    const ev = await evaluateExchange(file, load);
    if (ev.ok) {
      const data = await buildReportData(ev, year, [...sets.values()], {
        appVersion: meta.appVersion,
        createdAt: meta.createdAt,
        unfinishedEntries: unfinished,
        ...(yearsLeftOut.length > 0 ? { yearsLeftOut: [...yearsLeftOut].sort((a, b) => a - b) } : {}),
      });
      return { ok: true, data, file: ev.file, results: ev.results, yearsLeftOut };
    }
    // Years whose errors stop the file: if the reported year is among them, or an error is not of one
    // year, the report cannot be made; otherwise those earlier years are left out and the rest tried again.
    const broken = new Set<number>();
    let fatal = false;
    for (const i of ev.issues) {
      if (i.severity !== 'error') continue;
      const m = INVENTORY_PATH.exec(i.path);
      const inv = m ? inventories[Number(m[1])] : undefined;
      if (!inv || inv.year === year) fatal = true;
      else broken.add(inv.year);
    }
    if (fatal || broken.size === 0) {
      const at = inventories.findIndex((i) => i.year === year);
      const own: Issue[] = [];
      for (const i of ev.issues) {
        const m = INVENTORY_PATH.exec(i.path);
        if (!m) own.push(i);
        else if (Number(m[1]) === at) own.push({ ...i, path: i.path.slice(m[0].length - (m[2] ? 1 : 0)) });
      }
      return { ok: false, issues: own, inventory: inventories[at], unfinished };
    }
    yearsLeftOut.push(...broken);
    inventories = inventories.filter((i) => !broken.has(i.year));
  }
}
