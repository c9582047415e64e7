/**
 * One partner (all years or chosen ones) as an exchange file with computed results, for handover to another
 * device or to the city. The exchange format has no place for unfinished entries: they are counted so the
 * screen can say that only a full backup keeps them.
 */
import type { Inventory } from '../../core/inventory';
import { evaluateExchange } from '../../io/evaluate';
import { writeExchange } from '../../io/exchange';
import { fileSlug } from '../../io/report/cityFile';
import { toExchangeOrganization } from '../exportExchange';
import { resolveFactorSet } from '../factorSets';
import { now } from '../ids';
import { listEntries } from '../inventories';
import { factorsOfYear } from '../ownFactors';
import type { PaastoDb } from '../schema';
import { toCoreInventory } from '../toCore';
import type { PartnerExport } from './types';

export async function exportPartner(
  db: PaastoDb,
  orgId: string,
  years: number[] | undefined,
  meta: { appVersion: string; exportedAt?: string },
): Promise<PartnerExport> {
  const exportedAt = meta.exportedAt ?? now();
  const read = await db.transaction(
    'r',
    [db.organizations, db.sites, db.inventories, db.entries],
    async () => {
      const org = await db.organizations.get(orgId);
      if (!org) throw new Error(`No partner ${orgId}`);
      const sites = await db.sites.where('orgId').equals(orgId).sortBy('order');
      const invs = (await db.inventories.where('orgId').equals(orgId).sortBy('year')).filter(
        (i) => years === undefined || years.includes(i.year),
      );
      const entries = await Promise.all(invs.map((i) => listEntries(db, i.id)));
      return { org, sites, invs, entries };
    },
  );
  const organization = toExchangeOrganization(read.org, read.sites);
  let unfinishedLeftOut = 0;
  const inventories: Inventory[] = read.invs.map((inv, i) => {
    const rows = read.entries[i] ?? [];
    // The file carries the partner's factors the year uses or that are of its data year.
    const factors = factorsOfYear(read.org.customFactors ?? [], inv.year, rows);
    const { inventory, incomplete } = toCoreInventory(inv, rows, factors);
    unfinishedLeftOut += incomplete.length;
    return inventory;
  });
  const m = { appVersion: meta.appVersion, exportedAt };
  const plain = writeExchange(organization, inventories, m);
  // Results come from the one path from a file to results; a year that does not compute leaves them out.
  const ev = await evaluateExchange(plain, (ref) => resolveFactorSet(db, ref));
  const file = ev.ok ? writeExchange(organization, inventories, m, ev.results) : plain;
  return {
    file,
    text: JSON.stringify(file, null, 1),
    fileName: `${fileSlug(read.org.name)}-${exportedAt.slice(0, 10)}.json`,
    unfinishedLeftOut,
    issues: ev.issues,
  };
}
