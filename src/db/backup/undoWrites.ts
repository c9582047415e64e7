/**
 * What undoing an import writes, computed without a database from its record and the rows the undo reads:
 * everything is checked before anything is written, so a refusal ('year-taken') leaves the database as it
 * was. undoImport reads the rows and executes the result in one transaction.
 */
import { factorSetKey } from '../../core/factorSet';
import type {
  EntryRow,
  ImportRow,
  InventoryRow,
  OrganizationRow,
  SettingRow,
  SiteRow,
  TrashRow,
} from '../rows';

/** The rows of the device an undo depends on, read inside undoImport's transaction. */
export interface UndoReads {
  /** Sites of the partners the import added, as they are now (sites added since included). */
  laterSites: readonly string[];
  /** The years the import added and those of the partners it added, as they are now. */
  removedYears: readonly string[];
  /** The entries of `removedYears`, as they are now. */
  laterEntries: readonly string[];
  /** Partners the import replaced rows of that are still on the device (not deleted since). */
  liveOrgs: ReadonlySet<string>;
  /** The stored year of each partner and calendar year the undo puts back (yearKey), where there is one. */
  yearsNow: ReadonlyMap<string, InventoryRow>;
  trash: readonly TrashRow[];
  /** Every stored year: a factor set one of them uses after the undo stays. */
  inventories: readonly InventoryRow[];
}

export interface UndoWrites {
  deleteEntries: string[];
  deleteInventories: string[];
  deleteSites: string[];
  deleteOrganizations: string[];
  deleteFactorSets: string[];
  deleteSettings: string[];
  /** Received files the import added (summaries and inputs share the id). */
  deleteReceived: string[];
  organizations: OrganizationRow[];
  sites: SiteRow[];
  inventories: InventoryRow[];
  entries: EntryRow[];
  settings: SettingRow[];
  trashRemove: string[];
  trashPut: TrashRow[];
}

export const yearKey = (orgId: string, year: number) => `${orgId}\u0000${year}`;

/** The partner years the undo would put back, for the transaction to read what is stored in their place. */
export function yearsPutBack(rec: ImportRow, liveOrgs: ReadonlySet<string>): [orgId: string, year: number][] {
  return [...byPartner(rec.replaced)]
    .filter(([orgId]) => liveOrgs.has(orgId))
    .flatMap(([orgId, rows]) => rows.inventories.map((i): [string, number] => [orgId, i.year]));
}

/** What undoing the import writes, or 'year-taken' when a year it replaced has another row of its year now. */
export function undoWrites(rec: ImportRow, reads: UndoReads): UndoWrites | 'year-taken' {
  const { added, replaced } = rec;
  const back = byPartner(replaced);
  const removed = new Set(reads.removedYears);
  const put = { organizations: [] as OrganizationRow[], sites: [] as SiteRow[] };
  const putYears = { inventories: [] as InventoryRow[], entries: [] as EntryRow[] };
  for (const [orgId, rows] of back) {
    if (!reads.liveOrgs.has(orgId)) continue;
    for (const inv of rows.inventories) {
      const there = reads.yearsNow.get(yearKey(orgId, inv.year));
      if (there && there.id !== inv.id && !removed.has(there.id)) return 'year-taken';
    }
    if (rows.organization) put.organizations.push(rows.organization);
    put.sites.push(...rows.sites);
    putYears.inventories.push(...rows.inventories);
    putYears.entries.push(...rows.entries);
  }
  const trash = trashUndone(rec, back, reads.trash);
  if (trash === 'year-taken') return trash;
  const setsKept = setsInUse(reads.inventories, removed, putYears.inventories, reads.trash, trash);
  return {
    deleteEntries: [...added.entries, ...reads.laterEntries],
    deleteInventories: [...reads.removedYears],
    deleteSites: [...added.sites, ...reads.laterSites],
    deleteOrganizations: [...added.organizations],
    // A set the import added stays while a year left after the undo uses it (one created or changed since).
    deleteFactorSets: added.factorSets.filter((k) => !setsKept.has(k)),
    deleteSettings: [...added.settings],
    deleteReceived: [...(added.received ?? [])],
    organizations: put.organizations,
    sites: put.sites,
    inventories: putYears.inventories,
    entries: putYears.entries,
    settings: replaced.settings,
    trashRemove: trash.remove,
    trashPut: trash.put,
  };
}

/**
 * The keys of the factor sets the years left after an undo refer to: those stored and not removed, those put
 * back, and those of deleted partners the trash keeps (restoring one must find its sets).
 */
function setsInUse(
  stored: readonly InventoryRow[],
  removed: ReadonlySet<string>,
  putBack: readonly InventoryRow[],
  trashRows: readonly TrashRow[],
  trash: { remove: string[]; put: TrashRow[] },
): Set<string> {
  const gone = new Set([...trash.remove, ...trash.put.map((t) => t.id)]);
  const years = [
    ...stored.filter((i) => !removed.has(i.id)),
    ...putBack,
    ...trashRows.filter((t) => !gone.has(t.id)).flatMap((t) => t.inventories),
    ...trash.put.flatMap((t) => t.inventories),
  ];
  return new Set(years.map((i) => factorSetKey(i.factorSet)));
}

interface PartnerRows {
  organization?: OrganizationRow;
  sites: SiteRow[];
  inventories: InventoryRow[];
  entries: EntryRow[];
}

/** The replaced rows of an import by the partner they belong to. */
function byPartner(replaced: ImportRow['replaced']): Map<string, PartnerRows> {
  const out = new Map<string, PartnerRows>();
  const of = (orgId: string): PartnerRows => {
    let rows = out.get(orgId);
    if (!rows) {
      rows = { sites: [], inventories: [], entries: [] };
      out.set(orgId, rows);
    }
    return rows;
  };
  for (const o of replaced.organizations) of(o.id).organization = o;
  for (const s of replaced.sites) of(s.orgId).sites.push(s);
  const invOrg = new Map<string, string>();
  for (const i of replaced.inventories) {
    invOrg.set(i.id, i.orgId);
    of(i.orgId).inventories.push(i);
  }
  // A replaced entry always belongs to a replaced year (the import replaced whole years).
  for (const e of replaced.entries) {
    const orgId = invOrg.get(e.inventoryId);
    if (orgId !== undefined) of(orgId).entries.push(e);
  }
  return out;
}

/**
 * The import undone in the trash rows of partners deleted since it: a partner it added leaves the trash; the
 * others get their replaced rows back in place of what the import added.
 */
function trashUndone(
  rec: ImportRow,
  back: Map<string, PartnerRows>,
  trash: readonly TrashRow[],
): { remove: string[]; put: TrashRow[] } | 'year-taken' {
  const addedOrgs = new Set(rec.added.organizations);
  const addedSites = new Set(rec.added.sites);
  const addedInvs = new Set(rec.added.inventories);
  const out = { remove: [] as string[], put: [] as TrashRow[] };
  for (const t of trash) {
    if (addedOrgs.has(t.id)) {
      out.remove.push(t.id);
      continue;
    }
    const mine = back.get(t.id);
    const gone = new Set(t.inventories.filter((i) => addedInvs.has(i.id)).map((i) => i.id));
    if (!mine && gone.size === 0 && !t.sites.some((s) => addedSites.has(s.id))) continue;
    const sites = new Set(mine?.sites.map((s) => s.id));
    const invs = new Set(mine?.inventories.map((i) => i.id));
    const entries = new Set(mine?.entries.map((e) => e.id));
    const kept = t.inventories.filter((i) => !gone.has(i.id) && !invs.has(i.id));
    if (mine?.inventories.some((r) => kept.some((i) => i.year === r.year))) return 'year-taken';
    out.put.push({
      ...t,
      organization: mine?.organization ?? t.organization,
      sites: [...t.sites.filter((s) => !addedSites.has(s.id) && !sites.has(s.id)), ...(mine?.sites ?? [])],
      inventories: [...kept, ...(mine?.inventories ?? [])],
      entries: [
        ...t.entries.filter((e) => !gone.has(e.inventoryId) && !entries.has(e.id)),
        ...(mine?.entries ?? []),
      ],
    });
  }
  return out;
}
