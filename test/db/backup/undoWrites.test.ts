/**
 * Undoing an import, without a database: the import's writes and the undo's writes executed on plain rows in
 * memory, in the order the transactions execute them. The device after import and undo equals the device
 * before; the refusals change nothing.
 */
import { describe, expect, it } from 'vitest';
import { factorSetKey } from '../../../src/core/factorSet';
import { type ImportWrites, importWrites, replacedYearIds } from '../../../src/db/backup/importWrites';
import { groupBy, yearSide } from '../../../src/db/backup/planImport';
import type { BackupData, ImportChoices, ImportPlan, PartnerPlan } from '../../../src/db/backup/types';
import { type UndoWrites, undoWrites, yearKey, yearsPutBack } from '../../../src/db/backup/undoWrites';
import type { FactorSetRow, ImportRow, InventoryRow, TrashRow } from '../../../src/db/rows';
import { entry, inventory, org, site } from './data';

/** A device as plain tables keyed by id, in the order rows were put. */
interface Device {
  organizations: Map<string, BackupData['organizations'][number]>;
  sites: Map<string, BackupData['sites'][number]>;
  inventories: Map<string, InventoryRow>;
  entries: Map<string, BackupData['entries'][number]>;
  factorSets: Map<string, FactorSetRow>;
  settings: Map<string, BackupData['settings'][number]>;
  trash: Map<string, TrashRow>;
  imports: Map<string, ImportRow>;
}

function device(data: Partial<BackupData>): Device {
  const by = <T>(rows: readonly T[] | undefined, key: (r: T) => string) =>
    new Map((rows ?? []).map((r) => [key(r), r]));
  return {
    organizations: by(data.organizations, (o) => o.id),
    sites: by(data.sites, (s) => s.id),
    inventories: by(data.inventories, (i) => i.id),
    entries: by(data.entries, (e) => e.id),
    factorSets: by(data.factorSets, (f) => f.key),
    settings: by(data.settings, (s) => s.key),
    trash: new Map(),
    imports: new Map(),
  };
}

/** The device's content, order-free, to compare two states. */
function content(d: Device) {
  const sorted = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(Object.entries(d).map(([k, m]) => [k, sorted(m as Map<string, unknown>)]));
}

const del = <T>(m: Map<string, T>, keys: readonly string[]) => {
  for (const k of keys) m.delete(k);
};

/** The import planned from the device as it is, every incoming partner matched by its own id when present. */
function planOf(file: BackupData, d: Device): ImportPlan {
  const myEntries = groupBy([...d.entries.values()], (e) => e.inventoryId);
  const inEntries = groupBy(file.entries, (e) => e.inventoryId);
  const partners = file.organizations.map((o): PartnerPlan => {
    const mine = d.organizations.get(o.id);
    const years = file.inventories.filter((i) => i.orgId === o.id);
    return {
      key: o.id,
      name: o.name,
      sites: 0,
      updatedAt: o.updatedAt,
      ...(mine
        ? { match: { orgId: o.id, name: mine.name, by: 'id', updatedAt: mine.updatedAt, years: [] } }
        : {}),
      years: years.map((inv) => {
        const old = [...d.inventories.values()].find((i) => i.orgId === o.id && i.year === inv.year);
        return {
          year: inv.year,
          incoming: yearSide(inv, inEntries.get(inv.id) ?? []),
          ...(old ? { existing: yearSide(old, myEntries.get(old.id) ?? []) } : {}),
          defaultChoice: old ? 'keep-mine' : 'take-theirs',
        };
      }),
      defaultChoice: mine ? 'keep-mine' : 'add',
      copyName: `${o.name} (copy)`,
    };
  });
  return {
    kind: 'backup',
    plannedAt: 'p',
    partners,
    received: { incoming: 0, fresh: 0 },
    factorSets: [],
    settings: [],
    missingFactorSets: [],
    source: { kind: 'backup', data: file, warnings: [] },
    basis: { organizations: [], inventories: [] },
  };
}

let ids = 0;

/** importWrites and then what applyImport does with them, on the device in memory. */
function applyImport(d: Device, file: BackupData, choices: ImportChoices): ImportRow {
  const plan = planOf(file, d);
  const orgs = [...d.organizations.values()];
  const invs = [...d.inventories.values()];
  const replacing = new Set(replacedYearIds(plan, choices, { orgs, invs }));
  const w: ImportWrites | 'changed' = importWrites(
    plan,
    choices,
    {
      orgs,
      invs,
      siteRows: [...d.sites.values()],
      entryIds: [...d.entries.keys()],
      setKeys: [...d.factorSets.keys()],
      settings: [...d.settings.values()],
      trash: [...d.trash.values()],
      entriesOf: groupBy(
        [...d.entries.values()].filter((e) => replacing.has(e.inventoryId)),
        (e) => e.inventoryId,
      ),
    },
    { newId: () => `id-${++ids}`, at: `2026-12-0${ids % 9}T00:00:00.000Z` },
  );
  if (w === 'changed') throw new Error('changed');
  del(d.entries, w.deleteEntries);
  del(d.inventories, w.deleteInventories);
  for (const r of w.organizations) d.organizations.set(r.id, r);
  for (const r of w.sites) d.sites.set(r.id, r);
  for (const r of w.inventories) d.inventories.set(r.id, r);
  for (const r of w.entries) d.entries.set(r.id, r);
  for (const r of w.factorSets) d.factorSets.set(r.key, r);
  for (const r of w.settings) d.settings.set(r.key, r);
  d.imports.set(w.record.id, w.record);
  return w.record;
}

/** What undoImport reads, then undoWrites on it. */
function undo(d: Device, rec: ImportRow): UndoWrites | 'year-taken' {
  const orgIds = new Set(rec.added.organizations);
  const removedYears = [
    ...new Set([
      ...rec.added.inventories,
      ...[...d.inventories.values()].filter((i) => orgIds.has(i.orgId)).map((i) => i.id),
    ]),
  ];
  const removed = new Set(removedYears);
  const owners = [
    ...rec.replaced.organizations.map((o) => o.id),
    ...rec.replaced.sites.map((s) => s.orgId),
    ...rec.replaced.inventories.map((i) => i.orgId),
  ];
  const liveOrgs = new Set(owners.filter((id) => d.organizations.has(id)));
  const yearsNow = new Map<string, InventoryRow>();
  for (const [orgId, year] of yearsPutBack(rec, liveOrgs)) {
    const there = [...d.inventories.values()].find((i) => i.orgId === orgId && i.year === year);
    if (there) yearsNow.set(yearKey(orgId, year), there);
  }
  return undoWrites(rec, {
    laterSites: [...d.sites.values()].filter((s) => orgIds.has(s.orgId)).map((s) => s.id),
    removedYears,
    laterEntries: [...d.entries.values()].filter((e) => removed.has(e.inventoryId)).map((e) => e.id),
    liveOrgs,
    yearsNow,
    trash: [...d.trash.values()],
    inventories: [...d.inventories.values()],
  });
}

/** undoImport's writes, in its order. */
function execute(d: Device, rec: ImportRow, w: UndoWrites): void {
  del(d.entries, w.deleteEntries);
  del(d.inventories, w.deleteInventories);
  del(d.sites, w.deleteSites);
  del(d.organizations, w.deleteOrganizations);
  del(d.factorSets, w.deleteFactorSets);
  del(d.settings, w.deleteSettings);
  for (const r of w.organizations) d.organizations.set(r.id, r);
  for (const r of w.sites) d.sites.set(r.id, r);
  for (const r of w.inventories) d.inventories.set(r.id, r);
  for (const r of w.entries) d.entries.set(r.id, r);
  for (const r of w.settings) d.settings.set(r.key, r);
  del(d.trash, w.trashRemove);
  for (const r of w.trashPut) d.trash.set(r.id, r);
  d.imports.delete(rec.id);
}

/** Moves a partner and everything it has to the trash, as deleting it does. */
function deletePartner(d: Device, orgId: string): void {
  const organization = d.organizations.get(orgId);
  if (!organization) throw new Error(orgId);
  const sites = [...d.sites.values()].filter((s) => s.orgId === orgId);
  const inventories = [...d.inventories.values()].filter((i) => i.orgId === orgId);
  const years = new Set(inventories.map((i) => i.id));
  const entries = [...d.entries.values()].filter((e) => years.has(e.inventoryId));
  d.trash.set(orgId, { id: orgId, deletedAt: 't', organization, sites, inventories, entries });
  d.organizations.delete(orgId);
  del(
    d.sites,
    sites.map((s) => s.id),
  );
  del(d.inventories, [...years]);
  del(
    d.entries,
    entries.map((e) => e.id),
  );
}

const setRow = (id: string): FactorSetRow => ({
  key: factorSetKey({ id, release: '1' }),
  id,
  release: '1',
  loadedAt: 't',
  data: {},
});

/** Mine: partner "a" with 2023 and 2024. The file: "a" with another 2024, a new partner "b", a set, a setting. */
function scene() {
  const mine: Partial<BackupData> = {
    organizations: [org('a', 'Kivi Oy')],
    sites: [site('s1', 'a', 'Tehdas')],
    inventories: [inventory('a23', 'a', 2023), inventory('a24', 'a', 2024)],
    entries: [entry('m1', 'a23', 0), entry('m2', 'a24', 0), entry('m3', 'a24', 1)],
    settings: [{ key: 'lang', value: 'fi' }],
  };
  const file: BackupData = {
    organizations: [org('a', 'Kivi Oy', { businessId: '1234567-8' }), org('b', 'Puu Oy')],
    sites: [site('s1', 'a', 'Tehdas'), site('s2', 'a', 'Varasto'), site('sb', 'b', 'Paja')],
    inventories: [
      inventory('a24', 'a', 2024, { updatedAt: '2026-11-20T00:00:00.000Z' }),
      inventory('b24', 'b', 2024, { factorSet: { id: 'city', release: '1' } }),
    ],
    entries: [entry('t1', 'a24', 0, { site: 's2' }), entry('b1', 'b24', 0)],
    factorSets: [setRow('city')],
    settings: [
      { key: 'lang', value: 'en' },
      { key: 'theme', value: 'dark' },
    ],
    received: [],
    receivedInputs: [],
  };
  const choices: ImportChoices = {
    partners: new Map([['a', { partner: 'take-theirs', years: new Map([[2024, 'take-theirs']]) }]]),
    factorSets: true,
    settings: 'take-theirs',
  };
  return { mine, file, choices };
}

describe('undoWrites: undoing an import, without a database', () => {
  it('puts the device back exactly as it was: added rows gone, replaced rows back', () => {
    const { mine, file, choices } = scene();
    const d = device(mine);
    const before = content(d);
    const rec = applyImport(d, file, choices);
    expect(content(d)).not.toEqual(before);
    expect(rec.replaced.inventories.map((i) => i.id)).toEqual(['a24']);
    const w = undo(d, rec);
    if (w === 'year-taken') throw new Error('refused');
    execute(d, rec, w);
    expect(content(d)).toEqual(before);
  });

  it('removes what was added to an imported partner since, with the partner', () => {
    const { mine, file, choices } = scene();
    const d = device(mine);
    const before = content(d);
    const rec = applyImport(d, file, choices);
    d.inventories.set('b25', inventory('b25', 'b', 2025));
    d.entries.set('later', entry('later', 'b25', 0));
    d.sites.set('s-later', site('s-later', 'b', 'Uusi'));
    const w = undo(d, rec);
    if (w === 'year-taken') throw new Error('refused');
    expect(w.deleteInventories).toContain('b25');
    expect(w.deleteEntries).toContain('later');
    expect(w.deleteSites).toContain('s-later');
    execute(d, rec, w);
    expect(content(d)).toEqual(before);
  });

  it("refuses ('year-taken') while another row holds a year it would put back, and writes nothing", () => {
    const { mine, file, choices } = scene();
    const d = device(mine);
    const rec = applyImport(d, file, choices);
    // A later import, kept, replaced the year again: a row of 2024 that this undo does not remove.
    d.inventories.delete('a24');
    d.inventories.set('other24', inventory('other24', 'a', 2024));
    expect(undo(d, rec)).toBe('year-taken');
  });

  it('keeps a factor set the import added while a year left after the undo uses it', () => {
    const { mine, file, choices } = scene();
    const d = device(mine);
    const rec = applyImport(d, file, choices);
    const key = factorSetKey({ id: 'city', release: '1' });
    expect(rec.added.factorSets).toEqual([key]);
    const dropped = undo(d, rec);
    if (dropped === 'year-taken') throw new Error('refused');
    expect(dropped.deleteFactorSets).toEqual([key]);
    // A year of my own partner switched to the imported set since: it needs the set after the undo.
    const a23 = d.inventories.get('a23') as InventoryRow;
    d.inventories.set('a23', { ...a23, factorSet: { id: 'city', release: '1' } });
    const kept = undo(d, rec);
    if (kept === 'year-taken') throw new Error('refused');
    expect(kept.deleteFactorSets).toEqual([]);
  });

  it('undoes the import in the trash too: an added partner deleted since leaves it, a replaced one gets its rows back', () => {
    const { mine, file, choices } = scene();
    const d = device(mine);
    const rec = applyImport(d, file, choices);
    deletePartner(d, 'a');
    deletePartner(d, 'b');
    const w = undo(d, rec);
    if (w === 'year-taken') throw new Error('refused');
    expect(w.trashRemove).toEqual(['b']);
    // Partner "a" is gone from the device: its rows come back through its trash row, not onto the device.
    expect(w.inventories).toEqual([]);
    const [a] = w.trashPut;
    expect(a?.organization).toEqual(mine.organizations?.[0]);
    expect(a?.inventories.map((i) => i.id).sort()).toEqual(['a23', 'a24']);
    expect(a?.entries.map((e) => e.id).sort()).toEqual(['m1', 'm2', 'm3']);
    expect(a?.sites.map((s) => s.id)).toEqual(['s1']);
  });
});
