/**
 * Writes an import in one transaction over every table (all or nothing: a throw anywhere aborts it), after
 * checking that the device's data is still what the plan saw, and records what it added and replaced so
 * undoImport restores the database exactly as it was. Incoming ids are kept unless this device already uses
 * them; then they get new ones, and the rows that refer to them follow.
 */
import { factorSetKey } from '../../core/factorSet';
import { builtinSetKeys } from '../../factors/builtinSets';
import { newId, now } from '../ids';
import type {
  EntryRow,
  FactorSetRow,
  ImportRow,
  InventoryRow,
  OrganizationRow,
  SettingRow,
  SiteRow,
  TrashRow,
} from '../rows';
import type { PaastoDb } from '../schema';
import { write } from '../storageErrors';
import { groupBy, nameKey, yearSide } from './planImport';
import type { ImportChoices, ImportCounts, ImportPlan, ImportResult, PartnerPlan, YearChoice } from './types';

/** Ids in use in one table; `fresh` keeps an incoming id when it is free, else makes a new one. */
class Ids {
  readonly used: Set<string>;
  constructor(ids: readonly string[]) {
    this.used = new Set(ids);
  }
  fresh(id: string): string {
    const out = this.used.has(id) ? newId() : id;
    this.used.add(out);
    return out;
  }
}

/** What the transaction writes, gathered first so each table gets one bulk call. */
interface Writes {
  deleteEntries: string[];
  deleteInventories: string[];
  organizations: OrganizationRow[];
  sites: SiteRow[];
  inventories: InventoryRow[];
  entries: EntryRow[];
  factorSets: FactorSetRow[];
  settings: SettingRow[];
  record: ImportRow;
}

/** Every table an import or its undo reads or writes (the trash too: a deleted partner's ids stay its own). */
function importTables(db: PaastoDb) {
  return [
    db.organizations,
    db.sites,
    db.inventories,
    db.entries,
    db.factorSets,
    db.settings,
    db.imports,
    db.trash,
  ];
}

function sameBasis(
  plan: ImportPlan,
  orgs: readonly OrganizationRow[],
  invs: readonly InventoryRow[],
): boolean {
  const b = plan.basis;
  if (b.organizations.length !== orgs.length || b.inventories.length !== invs.length) return false;
  const o = new Map(orgs.map((r) => [r.id, r.updatedAt]));
  if (b.organizations.some((r) => o.get(r.id) !== r.updatedAt)) return false;
  const i = new Map(invs.map((r) => [r.id, r]));
  return b.inventories.every((r) => {
    const cur = i.get(r.id);
    return cur !== undefined && cur.orgId === r.orgId && cur.year === r.year && cur.updatedAt === r.updatedAt;
  });
}

export async function applyImport(
  db: PaastoDb,
  plan: ImportPlan,
  choices: ImportChoices,
): Promise<ImportResult> {
  return write(db, () =>
    db.transaction('rw', importTables(db), async (): Promise<ImportResult> => {
      const [orgs, invs, siteRows, entryIds, setKeys, settings, trash] = await Promise.all([
        db.organizations.toArray(),
        db.inventories.toArray(),
        db.sites.toArray(),
        db.entries.toCollection().primaryKeys(),
        db.factorSets.toCollection().primaryKeys(),
        db.settings.toArray(),
        db.trash.toArray(),
      ]);
      if (!sameBasis(plan, orgs, invs)) return { ok: false, reason: 'changed' };
      const w = await gather(db, plan, choices, {
        orgs,
        invs,
        siteRows,
        entryIds: entryIds.map(String),
        setKeys: setKeys.map(String),
        settings,
        trash,
      });
      if (w === 'changed') return { ok: false, reason: 'changed' };
      await db.entries.bulkDelete(w.deleteEntries);
      await db.inventories.bulkDelete(w.deleteInventories);
      await db.organizations.bulkPut(w.organizations);
      await db.sites.bulkPut(w.sites);
      await db.inventories.bulkAdd(w.inventories);
      await db.entries.bulkAdd(w.entries);
      await db.factorSets.bulkAdd(w.factorSets);
      await db.settings.bulkPut(w.settings);
      await db.imports.add(w.record);
      return { ok: true, importId: w.record.id, counts: w.record.counts };
    }),
  );
}

interface Current {
  orgs: OrganizationRow[];
  invs: InventoryRow[];
  siteRows: SiteRow[];
  entryIds: string[];
  setKeys: string[];
  settings: SettingRow[];
  trash: TrashRow[];
}

async function gather(
  db: PaastoDb,
  plan: ImportPlan,
  choices: ImportChoices,
  cur: Current,
): Promise<Writes | 'changed'> {
  const { data } = plan.source;
  // A deleted partner in the trash keeps its ids, and restoring it puts its rows back by id: an imported row
  // with one of them would be overwritten by the restore (and then removed with the import's undo).
  const t = cur.trash;
  const orgIds = new Ids([...cur.orgs.map((o) => o.id), ...t.map((x) => x.id)]);
  const siteIds = new Ids([...cur.siteRows.map((s) => s.id), ...t.flatMap((x) => x.sites.map((s) => s.id))]);
  const invIds = new Ids([...cur.invs.map((i) => i.id), ...t.flatMap((x) => x.inventories.map((i) => i.id))]);
  const entryIds = new Ids([...cur.entryIds, ...t.flatMap((x) => x.entries.map((e) => e.id))]);
  const counts: ImportCounts = {
    partnersAdded: 0,
    partnersUpdated: 0,
    yearsAdded: 0,
    yearsReplaced: 0,
    entriesWritten: 0,
    factorSetsAdded: 0,
    settingsWritten: 0,
  };
  const record: ImportRow = {
    id: newId(),
    at: now(),
    kind: plan.kind,
    counts,
    partnerNames: [],
    added: { organizations: [], sites: [], inventories: [], entries: [], factorSets: [], settings: [] },
    replaced: { organizations: [], sites: [], inventories: [], entries: [], settings: [] },
  };
  const w: Writes = {
    deleteEntries: [],
    deleteInventories: [],
    organizations: [],
    sites: [],
    inventories: [],
    entries: [],
    factorSets: [],
    settings: [],
    record,
  };
  const orgById = new Map(cur.orgs.map((o) => [o.id, o]));
  const sitesOf = groupBy(cur.siteRows, (s) => s.orgId);
  const invsOf = groupBy(cur.invs, (i) => i.orgId);
  const inOrg = new Map(data.organizations.map((o) => [o.id, o]));
  const inSites = groupBy(data.sites, (s) => s.orgId);
  const inYears = groupBy(data.inventories, (i) => i.orgId);
  const inEntries = groupBy(data.entries, (e) => e.inventoryId);

  const addOrg = (row: OrganizationRow) => {
    w.organizations.push(row);
    record.added.organizations.push(row.id);
    record.partnerNames.push(row.name);
  };
  /** A site added to an existing partner is recorded; those of an added partner go with it on undo. */
  const addSite = (row: SiteRow, recorded = true) => {
    w.sites.push(row);
    if (recorded) record.added.sites.push(row.id);
  };
  /** Adds an incoming year to partner `orgId`, its entries' sites mapped through `siteMap`. */
  const addYear = (inv: InventoryRow, orgId: string, siteMap: Map<string, string>) => {
    const id = invIds.fresh(inv.id);
    w.inventories.push(id === inv.id && orgId === inv.orgId ? inv : { ...inv, id, orgId });
    record.added.inventories.push(id);
    counts.yearsAdded++;
    // The entries need no place in the undo record: undoing removes the entries of every added year.
    for (const e of inEntries.get(inv.id) ?? []) {
      const eid = entryIds.fresh(e.id);
      const site = e.site !== undefined ? (siteMap.get(e.site) ?? e.site) : undefined;
      // The row read from the file is written as is when nothing in it changes (a restore: every row).
      w.entries.push(
        eid === e.id && id === e.inventoryId && site === e.site
          ? e
          : { ...e, id: eid, inventoryId: id, ...(site !== undefined ? { site } : {}) },
      );
      counts.entriesWritten++;
    }
  };
  /** The incoming partner as a partner of its own (a new one, or a "keep both" copy), with the given years. */
  const addWholePartner = (p: PartnerPlan, name: string, years: readonly InventoryRow[]) => {
    const o = inOrg.get(p.key) as OrganizationRow;
    const id = orgIds.fresh(o.id);
    addOrg({ ...o, id, name });
    counts.partnersAdded++;
    const siteMap = new Map<string, string>();
    for (const s of inSites.get(o.id) ?? []) {
      const sid = siteIds.fresh(s.id);
      siteMap.set(s.id, sid);
      addSite(sid === s.id && id === s.orgId ? s : { ...s, id: sid, orgId: id }, false);
    }
    for (const inv of years) addYear(inv, id, siteMap);
  };

  for (const p of plan.partners) {
    const decision = choices.partners.get(p.key);
    const choice = decision?.partner ?? p.defaultChoice;
    const years = (inYears.get(p.key) ?? []).sort((a, b) => a.year - b.year);
    if (choice === 'skip') continue;
    const mine = p.match ? orgById.get(p.match.orgId) : undefined;
    if (choice === 'add' || choice === 'keep-both' || !mine) {
      addWholePartner(p, choice === 'keep-both' ? p.copyName : p.name, years);
      continue;
    }
    // Into the matching partner: years as chosen, sites matched by id, else by name, else added.
    const yearChoice = (y: number): YearChoice =>
      decision?.years.get(y) ?? p.years.find((x) => x.year === y)?.defaultChoice ?? 'keep-mine';
    const myYears = new Map((invsOf.get(mine.id) ?? []).map((i) => [i.year, i]));
    const taking = years.filter(
      (i) =>
        yearChoice(i.year) === 'take-theirs' || (yearChoice(i.year) === 'keep-both' && !myYears.has(i.year)),
    );
    const both = years.filter((i) => yearChoice(i.year) === 'keep-both' && myYears.has(i.year));
    const takeDetails = choice === 'take-theirs';
    if (taking.length === 0 && both.length === 0 && !takeDetails) continue;
    record.partnerNames.push(mine.name);
    counts.partnersUpdated++;
    if (takeDetails) {
      const o = inOrg.get(p.key) as OrganizationRow;
      record.replaced.organizations.push(mine);
      w.organizations.push({ ...o, id: mine.id, createdAt: mine.createdAt });
    }
    const mySites = sitesOf.get(mine.id) ?? [];
    const siteMap = new Map<string, string>();
    let order = mySites.reduce((m, s) => Math.max(m, s.order + 1), 0);
    for (const s of inSites.get(p.key) ?? []) {
      const same =
        mySites.find((x) => x.id === s.id) ?? mySites.find((x) => nameKey(x.name) === nameKey(s.name));
      if (same) {
        siteMap.set(s.id, same.id);
        if (takeDetails) {
          record.replaced.sites.push(same);
          w.sites.push({ ...s, id: same.id, orgId: mine.id, order: same.order });
        }
      } else if (taking.length > 0 || takeDetails) {
        const sid = siteIds.fresh(s.id);
        siteMap.set(s.id, sid);
        addSite({ ...s, id: sid, orgId: mine.id, order: order++ });
      }
    }
    for (const inv of taking) {
      const old = myYears.get(inv.year);
      if (old) {
        const oldEntries = await db.entries.where('inventoryId').equals(old.id).toArray();
        // Entries added, edited or removed since the preview leave the year's row as it was: the year the user
        // chose to replace must still be the one the preview showed.
        const shown = p.years.find((x) => x.year === inv.year)?.existing;
        const seen = yearSide(old, oldEntries);
        if (shown?.entries !== seen.entries || shown.updatedAt !== seen.updatedAt) return 'changed';
        record.replaced.inventories.push(old);
        for (const e of oldEntries) record.replaced.entries.push(e);
        w.deleteInventories.push(old.id);
        for (const e of oldEntries) w.deleteEntries.push(e.id);
        // The replaced rows' ids are free again (a backup of this device brings the same ones back).
        invIds.used.delete(old.id);
        for (const e of oldEntries) entryIds.used.delete(e.id);
        counts.yearsReplaced++;
        counts.yearsAdded--;
      }
      addYear(inv, mine.id, siteMap);
    }
    if (both.length > 0) addWholePartner(p, p.copyName, both);
  }

  if (choices.factorSets) {
    const known = new Set([...builtinSetKeys(), ...cur.setKeys]);
    for (const f of data.factorSets)
      if (!known.has(f.key)) {
        w.factorSets.push(f);
        record.added.factorSets.push(f.key);
        counts.factorSetsAdded++;
      }
  }
  const mySettings = new Map(cur.settings.map((s) => [s.key, s]));
  for (const s of data.settings) {
    const old = mySettings.get(s.key);
    if (old && choices.settings === 'keep-mine') continue;
    if (old) record.replaced.settings.push(old);
    else record.added.settings.push(s.key);
    w.settings.push(s);
    counts.settingsWritten++;
  }
  return w;
}

/**
 * What undoImport did: true when the import was undone, false when its record is gone (dismissed or undone),
 * 'later-import' when a later import can still be undone — imports are undone newest first, because a later
 * one may have replaced what this one added —, 'year-taken' when a year it replaced has another row of the
 * same year now (a later import that was kept replaced it again): putting the old year back would need to
 * remove that one. Nothing is changed unless the answer is true.
 */
export type UndoOutcome = boolean | 'later-import' | 'year-taken';

/**
 * Restores the database as it was before the import. What was added goes, with rows added to it since (years
 * and entries of an imported partner); what was replaced comes back. A partner deleted since the import is in
 * the trash: its trash row is undone the same way, so restoring it gives it as it was before the import; a
 * partner gone from the trash as well gets nothing back (no year without its partner). A factor set the import
 * added stays if a year left after the undo uses it (created or switched to it since): that year needs it.
 */
export async function undoImport(db: PaastoDb, importId: string): Promise<UndoOutcome> {
  return write(db, () =>
    db.transaction('rw', importTables(db), async (): Promise<UndoOutcome> => {
      const rec = await db.imports.get(importId);
      if (!rec) return false;
      if ((await db.imports.where('at').above(rec.at).count()) > 0) return 'later-import';
      const { added, replaced } = rec;
      const orgIds = added.organizations;
      const laterSites = await db.sites.where('orgId').anyOf(orgIds).primaryKeys();
      const laterInvs = await db.inventories.where('orgId').anyOf(orgIds).primaryKeys();
      const invIds = [...new Set([...added.inventories, ...laterInvs.map(String)])];
      const laterEntries = await db.entries.where('inventoryId').anyOf(invIds).primaryKeys();

      // Everything is checked before anything is written: a refusal leaves the database as it was.
      const back = byPartner(replaced);
      const live = new Set(
        (
          await db.organizations
            .where('id')
            .anyOf([...back.keys()])
            .primaryKeys()
        ).map(String),
      );
      const removed = new Set(invIds);
      const put = { organizations: [] as OrganizationRow[], sites: [] as SiteRow[] };
      const putYears = { inventories: [] as InventoryRow[], entries: [] as EntryRow[] };
      for (const [orgId, rows] of back) {
        if (!live.has(orgId)) continue;
        for (const inv of rows.inventories) {
          const there = await db.inventories.where('[orgId+year]').equals([orgId, inv.year]).first();
          if (there && there.id !== inv.id && !removed.has(there.id)) return 'year-taken';
        }
        if (rows.organization) put.organizations.push(rows.organization);
        put.sites.push(...rows.sites);
        putYears.inventories.push(...rows.inventories);
        putYears.entries.push(...rows.entries);
      }
      const trashRows = await db.trash.toArray();
      const trash = trashUndone(rec, back, trashRows);
      if (trash === 'year-taken') return trash;
      const setsKept = await setsInUse(db, removed, putYears.inventories, trashRows, trash);

      await db.entries.bulkDelete([...added.entries, ...laterEntries.map(String)]);
      await db.inventories.bulkDelete(invIds);
      await db.sites.bulkDelete([...added.sites, ...laterSites.map(String)]);
      await db.organizations.bulkDelete(orgIds);
      // A set the import added stays while a year left after the undo uses it (one created or changed since).
      await db.factorSets.bulkDelete(added.factorSets.filter((k) => !setsKept.has(k)));
      await db.settings.bulkDelete(added.settings);
      await db.organizations.bulkPut(put.organizations);
      await db.sites.bulkPut(put.sites);
      await db.inventories.bulkPut(putYears.inventories);
      await db.entries.bulkPut(putYears.entries);
      await db.settings.bulkPut(replaced.settings);
      await db.trash.bulkDelete(trash.remove);
      await db.trash.bulkPut(trash.put);
      await db.imports.delete(importId);
      return true;
    }),
  );
}

/**
 * The keys of the factor sets the years left after an undo refer to: those stored and not removed, those put
 * back, and those of deleted partners the trash keeps (restoring one must find its sets).
 */
async function setsInUse(
  db: PaastoDb,
  removed: ReadonlySet<string>,
  putBack: readonly InventoryRow[],
  trashRows: readonly TrashRow[],
  trash: { remove: string[]; put: TrashRow[] },
): Promise<Set<string>> {
  const gone = new Set([...trash.remove, ...trash.put.map((t) => t.id)]);
  const years = [
    ...(await db.inventories.toArray()).filter((i) => !removed.has(i.id)),
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

export { dismissImportUndo, listImportUndos } from './importUndos';
