/**
 * What an import writes, computed without a database from the plan, the user's choices and the device's
 * current rows: the rows to delete and put, and the undo record of what was added and replaced. Kept pure so
 * every choice can be tested on plain rows; applyImport reads the rows and writes the result in one
 * transaction. Incoming ids are kept unless this device already uses them; then they get new ones, and the
 * rows that refer to them follow.
 */
import { builtinSetKeys } from '../../factors/builtinSets';
import { mergeFactors, remapEntry } from '../ownFactors';
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
import { mergedCommitment } from './importCommitment';
import { type ImportDecision, importDecisions } from './importDecisions';
import { groupBy, nameKey, yearSide } from './planImport';
import type { ImportChoices, ImportCounts, ImportPlan, PartnerPlan } from './types';

/** The device's rows an import depends on, read inside applyImport's transaction. */
export interface CurrentRows {
  orgs: readonly OrganizationRow[];
  invs: readonly InventoryRow[];
  siteRows: readonly SiteRow[];
  entryIds: readonly string[];
  setKeys: readonly string[];
  settings: readonly SettingRow[];
  trash: readonly TrashRow[];
  /** The entries of the years the choices replace (replacedYearIds), by inventory id. */
  entriesOf: ReadonlyMap<string, readonly EntryRow[]>;
}

/** The clock and id source: the caller's, so the plan stays pure and its tests are repeatable. */
export interface Stamp {
  newId: () => string;
  at: string;
}

/** What the transaction writes, gathered first so each table gets one bulk call. */
export interface ImportWrites {
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

/** Ids in use in one table; `fresh` keeps an incoming id when it is free, else makes a new one. */
class Ids {
  readonly used: Set<string>;
  constructor(
    ids: readonly string[],
    private readonly newId: () => string,
  ) {
    this.used = new Set(ids);
  }
  fresh(id: string): string {
    const out = this.used.has(id) ? this.newId() : id;
    this.used.add(out);
    return out;
  }
}

/** True when the device's partners and years are still those the plan was made from. */
export function sameBasis(
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

/** The ids of this device's years the choices replace: their entries must be read before planning the writes. */
export function replacedYearIds(
  plan: ImportPlan,
  choices: ImportChoices,
  cur: Pick<CurrentRows, 'orgs' | 'invs'>,
): string[] {
  const ids: string[] = [];
  for (const d of importDecisions(plan, choices, cur.orgs, cur.invs))
    if (d.kind === 'into')
      for (const inv of d.taking) {
        const old = d.myYears.get(inv.year);
        if (old) ids.push(old.id);
      }
  return ids;
}

/**
 * The writes of an import, or 'changed' when a year the user chose to replace is no longer the one the
 * preview showed (entries added, edited or removed since): then nothing may be written.
 */
export function importWrites(
  plan: ImportPlan,
  choices: ImportChoices,
  cur: CurrentRows,
  stamp: Stamp,
): ImportWrites | 'changed' {
  const { data } = plan.source;
  // A deleted partner in the trash keeps its ids, and restoring it puts its rows back by id: an imported row
  // with one of them would be overwritten by the restore (and then removed with the import's undo).
  const t = cur.trash;
  const ids = (own: readonly string[], trashed: readonly string[]) =>
    new Ids([...own, ...trashed], stamp.newId);
  const orgIds = ids(
    cur.orgs.map((o) => o.id),
    t.map((x) => x.id),
  );
  const siteIds = ids(
    cur.siteRows.map((s) => s.id),
    t.flatMap((x) => x.sites.map((s) => s.id)),
  );
  const invIds = ids(
    cur.invs.map((i) => i.id),
    t.flatMap((x) => x.inventories.map((i) => i.id)),
  );
  const entryIds = ids(
    cur.entryIds,
    t.flatMap((x) => x.entries.map((e) => e.id)),
  );
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
    id: stamp.newId(),
    at: stamp.at,
    kind: plan.kind,
    counts,
    partnerNames: [],
    added: { organizations: [], sites: [], inventories: [], entries: [], factorSets: [], settings: [] },
    replaced: { organizations: [], sites: [], inventories: [], entries: [], settings: [] },
  };
  const w: ImportWrites = {
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
  const sitesOf = groupBy(cur.siteRows, (s) => s.orgId);
  const inOrg = new Map(data.organizations.map((o) => [o.id, o]));
  const inSites = groupBy(data.sites, (s) => s.orgId);
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
  /**
   * Adds an incoming year to partner `orgId`, its entries' sites mapped through `siteMap` and their own
   * factors through `factorMap` (a factor of the file that got a new id beside the partner's own).
   */
  const addYear = (
    inv: InventoryRow,
    orgId: string,
    siteMap: Map<string, string>,
    factorMap: ReadonlyMap<string, string> = new Map(),
  ) => {
    const id = invIds.fresh(inv.id);
    w.inventories.push(id === inv.id && orgId === inv.orgId ? inv : { ...inv, id, orgId });
    record.added.inventories.push(id);
    counts.yearsAdded++;
    // The entries need no place in the undo record: undoing removes the entries of every added year.
    for (const read of inEntries.get(inv.id) ?? []) {
      const e = remapEntry(read, factorMap);
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
  /** Into the matching partner: years as chosen, sites matched by id, else by name, else added. */
  const intoMine = (d: Extract<ImportDecision, { kind: 'into' }>): 'changed' | undefined => {
    const { partner: p, mine, taking, takeDetails, myYears } = d;
    record.partnerNames.push(mine.name);
    counts.partnersUpdated++;
    const o = inOrg.get(p.key) as OrganizationRow;
    // The file's own factors join the partner's (ownFactors.ts): the taken years' entries need theirs.
    const merged =
      taking.length > 0 || takeDetails
        ? mergeFactors(mine.customFactors ?? [], o.customFactors ?? [], stamp.newId)
        : { added: [], factors: mine.customFactors ?? [], remap: new Map<string, string>() };
    const commitment = mergedCommitment(mine, o, takeDetails);
    if (takeDetails || merged.added.length > 0 || commitment !== mine.commitment) {
      record.replaced.organizations.push(mine);
      const base: OrganizationRow = takeDetails ? { ...o, id: mine.id, createdAt: mine.createdAt } : mine;
      const { customFactors: _theirs, commitment: _c, ...rest } = base;
      const row: OrganizationRow = commitment ? { ...rest, commitment } : rest;
      w.organizations.push(merged.factors.length > 0 ? { ...row, customFactors: merged.factors } : row);
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
        const oldEntries = cur.entriesOf.get(old.id) ?? [];
        // The year the user chose to replace must still be the one the preview showed.
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
      addYear(inv, mine.id, siteMap, merged.remap);
    }
    if (d.both.length > 0) addWholePartner(p, p.copyName, d.both);
    return undefined;
  };

  for (const d of importDecisions(plan, choices, cur.orgs, cur.invs)) {
    if (d.kind === 'whole') addWholePartner(d.partner, d.name, d.years);
    else if (d.kind === 'into' && intoMine(d) === 'changed') return 'changed';
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
