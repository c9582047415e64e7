/**
 * An exchange file's organization and years as rows of a new partner (fresh ids), and writing them into the
 * database in one transaction. The import with preview, matching and undo (src/db/backup) converts exchange
 * files with the same function. Quantities keep a typed-text form.
 */
import type { MissingFigure } from '../core/inventory';
import type { ExchangeFile } from '../io/exchange';
import { newId, now } from './ids';
import { moveYearFactors } from './ownFactors';
import type { EntryRow, InventoryRow, OrganizationRow, SiteRow } from './rows';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

export interface PartnerRows {
  organizations: OrganizationRow[];
  sites: SiteRow[];
  inventories: InventoryRow[];
  entries: EntryRow[];
}

/** The rows of one new partner; `t` is the time written as created and updated. */
export function exchangeToRows(file: ExchangeFile, t: string): PartnerRows {
  const o = file.organization;
  const org: OrganizationRow = {
    id: newId(),
    name: o.name,
    createdAt: t,
    updatedAt: t,
    ...(o.businessId !== undefined ? { businessId: o.businessId } : {}),
    ...(o.sector !== undefined ? { sector: o.sector } : {}),
    ...(o.municipality !== undefined ? { municipality: o.municipality } : {}),
    ...(o.baseYear !== undefined ? { baseYear: o.baseYear } : {}),
    ...(o.commitment ? { commitment: o.commitment } : {}),
  };
  const siteIds = new Map<string, string>();
  const sites: SiteRow[] = o.sites.map((s, order) => {
    const id = newId();
    siteIds.set(s.id, id);
    return {
      id,
      orgId: org.id,
      name: s.name,
      order,
      ...(s.address ? { address: s.address } : {}),
      ...(s.municipality ? { municipality: s.municipality } : {}),
    };
  });
  const inventories: InventoryRow[] = [];
  const entries: EntryRow[] = [];
  for (const inv of file.inventories) {
    const id = newId();
    // Entries and missing figures get new ids; the session notes that link to them follow (an id the year does
    // not hold is dropped).
    const entryIds = new Map([...inv.entries, ...(inv.missing ?? [])].map((e) => [e.id, newId()]));
    const notes = inv.notes?.map((n) => {
      const linked = n.entries?.flatMap((old) => entryIds.get(old) ?? []);
      const { entries: _old, ...rest } = n;
      return linked && linked.length > 0 ? { ...rest, entries: linked } : rest;
    });
    inventories.push({
      id,
      orgId: org.id,
      year: inv.year,
      boundary: inv.boundary,
      gwp: inv.gwp,
      factorSet: inv.factorSet,
      radiativeForcing: inv.radiativeForcing,
      metrics: inv.metrics,
      customFactors: inv.customFactors,
      excluded: inv.excluded,
      status: inv.status ?? 'draft',
      ...(inv.interview !== undefined ? { interview: inv.interview } : {}),
      ...(notes && notes.length > 0 ? { notes } : {}),
      createdAt: t,
      updatedAt: t,
    });
    inv.entries.forEach((e, i) => {
      const { id: _old, site, ...rest } = e;
      const siteId = site !== undefined ? siteIds.get(site) : undefined;
      entries.push({
        ...rest,
        id: entryIds.get(e.id) ?? newId(),
        inventoryId: id,
        order: i + 1,
        quantityText: String(e.quantity),
        updatedAt: t,
        ...(siteId ? { site: siteId } : {}),
      });
    });
    // A missing figure is stored as the entry row it was typed in, marked pending, after the entries.
    (inv.missing ?? []).forEach((m, i) => {
      const siteId = m.site !== undefined ? siteIds.get(m.site) : undefined;
      entries.push({
        ...missingToRow(m, id, inv.entries.length + i + 1, t, siteId),
        id: entryIds.get(m.id) ?? newId(),
      });
    });
  }
  // Each year of the file carries the factors it uses; on the device they belong to the partner, once each
  // (the same factor in two years is one; two different factors under one id are both kept).
  const byInv = new Map<string, EntryRow[]>();
  for (const e of entries) {
    const list = byInv.get(e.inventoryId);
    if (list) list.push(e);
    else byInv.set(e.inventoryId, [e]);
  }
  const moved = moveYearFactors(org, inventories, (id) => byInv.get(id) ?? [], newId);
  const changed = new Map(moved.changedEntries.map((e) => [e.id, e]));
  return {
    organizations: [moved.organization],
    sites,
    inventories: moved.inventories,
    entries: entries.map((e) => changed.get(e.id) ?? e),
  };
}

/** A missing figure as a pending entry row without a quantity (kWh when the figure named no unit). */
function missingToRow(
  m: MissingFigure,
  inventoryId: string,
  order: number,
  t: string,
  site?: string,
): EntryRow {
  const pending = {
    ...(m.document !== undefined ? { document: m.document } : {}),
    ...(m.owner !== undefined ? { owner: m.owner } : {}),
  };
  return {
    id: newId(),
    inventoryId,
    order,
    category: m.category,
    activity: m.activity,
    quantity: null,
    quantityText: '',
    unit: m.unit ?? 'kWh',
    ...(site ? { site } : {}),
    ...(m.period !== undefined ? { period: m.period } : {}),
    ...(m.note !== undefined ? { note: m.note } : {}),
    pending,
    updatedAt: t,
  };
}

export async function insertExchangeAsNewPartner(
  db: PaastoDb,
  file: ExchangeFile,
  opts: { demo?: boolean; name?: string } = {},
): Promise<OrganizationRow> {
  const { organizations, sites, inventories, entries } = exchangeToRows(file, now());
  const org = organizations[0] as OrganizationRow;
  if (opts.name !== undefined) org.name = opts.name;
  if (opts.demo) org.demo = true;
  await write(db, () =>
    db.transaction('rw', [db.organizations, db.sites, db.inventories, db.entries], async () => {
      await db.organizations.add(org);
      await db.sites.bulkAdd(sites);
      await db.inventories.bulkAdd(inventories);
      await db.entries.bulkAdd(entries);
    }),
  );
  return org;
}
