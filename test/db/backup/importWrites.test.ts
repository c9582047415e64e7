/**
 * The import's plan of writes, without a database: plain rows for the device and the file, the choices, and a
 * counting id source. What applyImport then writes in one transaction is exactly this plan (the database
 * tests beside it check the transaction).
 */
import { describe, expect, it } from 'vitest';
import { factorSetKey } from '../../../src/core/factorSet';
import { importDecisions } from '../../../src/db/backup/importDecisions';
import {
  type CurrentRows,
  type ImportWrites,
  importWrites,
  replacedYearIds,
  type Stamp,
  sameBasis,
} from '../../../src/db/backup/importWrites';
import { groupBy, yearSide } from '../../../src/db/backup/planImport';
import type {
  BackupData,
  ImportChoices,
  ImportPlan,
  PartnerChoice,
  PartnerPlan,
  YearChoice,
} from '../../../src/db/backup/types';
import type { EntryRow, FactorSetRow, TrashRow } from '../../../src/db/rows';
import { builtinSetKeys } from '../../../src/factors/builtinSets';
import { entry, inventory, org, site } from './data';

/** The device's rows. */
interface Device {
  data: BackupData;
  trash: TrashRow[];
}

const empty = (): BackupData => ({
  organizations: [],
  sites: [],
  inventories: [],
  entries: [],
  factorSets: [],
  settings: [],
  received: [],
  receivedInputs: [],
});

/**
 * The preview as planImport makes it, from plain rows: incoming partners matched by `match` (incoming id →
 * my id), years side by side, new years taken and common ones kept by default.
 */
function planOf(file: BackupData, device: Device, match: Record<string, string> = {}): ImportPlan {
  const mine = device.data;
  const myEntries = groupBy(mine.entries, (e) => e.inventoryId);
  const inEntries = groupBy(file.entries, (e) => e.inventoryId);
  const partners = file.organizations.map((o): PartnerPlan => {
    const myId = match[o.id];
    const myOrg = mine.organizations.find((x) => x.id === myId);
    return {
      key: o.id,
      name: o.name,
      sites: file.sites.filter((s) => s.orgId === o.id).length,
      updatedAt: o.updatedAt,
      ...(myOrg
        ? {
            match: {
              orgId: myOrg.id,
              name: myOrg.name,
              by: 'id' as const,
              updatedAt: myOrg.updatedAt,
              years: mine.inventories.filter((i) => i.orgId === myOrg.id).map((i) => i.year),
            },
          }
        : {}),
      years: file.inventories
        .filter((i) => i.orgId === o.id)
        .map((inv) => {
          const old = mine.inventories.find((i) => i.orgId === myId && i.year === inv.year);
          return {
            year: inv.year,
            incoming: yearSide(inv, inEntries.get(inv.id) ?? []),
            ...(old ? { existing: yearSide(old, myEntries.get(old.id) ?? []) } : {}),
            defaultChoice: old ? 'keep-mine' : 'take-theirs',
          };
        }),
      defaultChoice: myOrg ? 'keep-mine' : 'add',
      copyName: `${o.name} (copy)`,
    };
  });
  return {
    kind: 'backup',
    plannedAt: '2026-12-01T00:00:00.000Z',
    partners,
    received: { incoming: 0, fresh: 0 },
    factorSets: [],
    settings: [],
    missingFactorSets: [],
    source: { kind: 'backup', data: file, warnings: [] },
    basis: {
      organizations: mine.organizations.map((o) => ({ id: o.id, updatedAt: o.updatedAt })),
      inventories: mine.inventories.map((i) => ({
        id: i.id,
        orgId: i.orgId,
        year: i.year,
        updatedAt: i.updatedAt,
      })),
    },
  };
}

/** The device's rows as applyImport reads them: the entries only of the years the choices replace. */
function current(plan: ImportPlan, choices: ImportChoices, device: Device): CurrentRows {
  const d = device.data;
  const cur = { orgs: d.organizations, invs: d.inventories };
  const replacing = new Set(replacedYearIds(plan, choices, cur));
  return {
    ...cur,
    siteRows: d.sites,
    entryIds: d.entries.map((e) => e.id),
    setKeys: d.factorSets.map((f) => f.key),
    settings: d.settings,
    trash: device.trash,
    entriesOf: groupBy(
      d.entries.filter((e) => replacing.has(e.inventoryId)),
      (e) => e.inventoryId,
    ),
  };
}

/** New ids counted, so a test can name the ones it expects. */
function stamp(): Stamp {
  let n = 0;
  return { newId: () => `new-${++n}`, at: '2026-12-02T00:00:00.000Z' };
}

function choose(
  partner?: [key: string, choice: PartnerChoice, years?: [number, YearChoice][]],
  rest: Partial<Omit<ImportChoices, 'partners'>> = {},
): ImportChoices {
  const partners = new Map(
    partner ? [[partner[0], { partner: partner[1], years: new Map(partner[2] ?? []) }]] : [],
  );
  return { partners, factorSets: true, settings: 'keep-mine', ...rest };
}

function writes(file: BackupData, device: Device, choices: ImportChoices, match?: Record<string, string>) {
  const plan = planOf(file, device, match);
  const w = importWrites(plan, choices, current(plan, choices, device), stamp());
  if (w === 'changed') throw new Error('the plan saw the device as changed');
  return w;
}

const written = (w: ImportWrites) =>
  w.deleteEntries.length +
  w.deleteInventories.length +
  w.organizations.length +
  w.sites.length +
  w.inventories.length +
  w.entries.length +
  w.factorSets.length +
  w.settings.length;

/** Partner "a" with one site and the year 2024 of two entries. */
function partnerA(entryExtra: Partial<EntryRow> = {}): BackupData {
  return {
    ...empty(),
    organizations: [org('a', 'Kivi Oy')],
    sites: [site('s1', 'a', 'Tehdas')],
    inventories: [inventory('y24', 'a', 2024)],
    entries: [entry('e1', 'y24', 0, { site: 's1', ...entryExtra }), entry('e2', 'y24', 1)],
  };
}

const nothing = (): Device => ({ data: empty(), trash: [] });

describe('importWrites: what an import writes, without a database', () => {
  it('adds a new partner with its own ids, writing the file rows as they are, and records it for undo', () => {
    const file = partnerA();
    const w = writes(file, nothing(), choose());
    expect(w.organizations).toEqual([{ ...file.organizations[0], name: 'Kivi Oy' }]);
    expect(w.sites[0]).toBe(file.sites[0]);
    expect(w.inventories[0]).toBe(file.inventories[0]);
    expect(w.entries).toEqual(file.entries);
    expect(w.entries.every((e, i) => e === file.entries[i])).toBe(true);
    expect(w.deleteEntries).toEqual([]);
    expect(w.deleteInventories).toEqual([]);
    expect(w.record.counts).toMatchObject({ partnersAdded: 1, yearsAdded: 1, entriesWritten: 2 });
    expect(w.record.added.organizations).toEqual(['a']);
    expect(w.record.added.inventories).toEqual(['y24']);
    // The sites of an added partner go with it on undo: they need no entry of their own.
    expect(w.record.added.sites).toEqual([]);
    expect(w.record.partnerNames).toEqual(['Kivi Oy']);
    expect(w.record).toMatchObject({ id: 'new-1', at: '2026-12-02T00:00:00.000Z', kind: 'backup' });
  });

  it('gives new ids to rows whose ids the device or its trash uses, and the rows referring to them follow', () => {
    const device: Device = {
      data: { ...empty(), organizations: [org('a', 'Muu Oy')], inventories: [inventory('y24', 'a', 2023)] },
      trash: [
        {
          id: 'gone',
          deletedAt: '2026-11-02T00:00:00.000Z',
          organization: org('gone', 'Poistettu'),
          sites: [site('s1', 'gone', 'Vanha')],
          inventories: [],
          entries: [entry('e2', 'old', 0)],
        },
      ],
    };
    const w = writes(partnerA(), device, choose());
    const [o] = w.organizations;
    const [s] = w.sites;
    const [y] = w.inventories;
    expect([o?.id, s?.id, y?.id]).not.toContain('a');
    expect(s?.id).not.toBe('s1');
    expect(y?.id).not.toBe('y24');
    expect(s?.orgId).toBe(o?.id);
    expect(y?.orgId).toBe(o?.id);
    const [e1, e2] = w.entries;
    expect(e1).toMatchObject({ id: 'e1', inventoryId: y?.id, site: s?.id });
    expect(e2?.id).not.toBe('e2');
    expect(e2?.inventoryId).toBe(y?.id);
    expect(new Set([o?.id, s?.id, y?.id, e2?.id]).size).toBe(4);
  });

  it('replaces a year the user takes: the old year and its entries deleted, kept in the record, ids reused', () => {
    const mine = partnerA({ quantity: 5, quantityText: '5' });
    const file = partnerA();
    const device = { data: mine, trash: [] };
    const plan = planOf(file, device, { a: 'a' });
    const choices = choose(['a', 'keep-mine', [[2024, 'take-theirs']]]);
    expect(replacedYearIds(plan, choices, { orgs: mine.organizations, invs: mine.inventories })).toEqual([
      'y24',
    ]);
    const w = importWrites(plan, choices, current(plan, choices, device), stamp());
    if (w === 'changed') throw new Error('changed');
    expect(w.deleteInventories).toEqual(['y24']);
    expect(w.deleteEntries.sort()).toEqual(['e1', 'e2']);
    expect(w.record.replaced.inventories).toEqual(mine.inventories);
    expect(w.record.replaced.entries).toEqual(mine.entries);
    // A backup of this device brings the same ids back: the replaced ones are free again.
    expect(w.inventories.map((i) => i.id)).toEqual(['y24']);
    expect(w.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(w.entries[0]?.quantity).toBe(file.entries[0]?.quantity);
    expect(w.record.counts).toMatchObject({ partnersUpdated: 1, yearsAdded: 0, yearsReplaced: 1 });
    // Keeping my details: my partner row and sites are not written.
    expect(w.organizations).toEqual([]);
    expect(w.sites).toEqual([]);
  });

  it("refuses ('changed') when a year to replace is no longer the one the preview showed", () => {
    const mine = partnerA();
    const device = { data: mine, trash: [] };
    const plan = planOf(partnerA(), device, { a: 'a' });
    const choices = choose(['a', 'keep-mine', [[2024, 'take-theirs']]]);
    const cur = current(plan, choices, device);
    const added = [...(cur.entriesOf.get('y24') ?? []), entry('e3', 'y24', 2)];
    const later = { ...cur, entriesOf: new Map([['y24', added]]) };
    expect(importWrites(plan, choices, later, stamp())).toBe('changed');
    const edited = (cur.entriesOf.get('y24') ?? []).map((e) => ({
      ...e,
      updatedAt: '2026-12-01T12:00:00.000Z',
    }));
    expect(importWrites(plan, choices, { ...cur, entriesOf: new Map([['y24', edited]]) }, stamp())).toBe(
      'changed',
    );
  });

  it('writes nothing for a partner whose defaults keep everything of mine, or one skipped', () => {
    const device = { data: partnerA(), trash: [] };
    const kept = writes(partnerA(), device, choose(), { a: 'a' });
    expect(written(kept)).toBe(0);
    expect(kept.record.partnerNames).toEqual([]);
    // Nothing to take and nothing kept beside: the matching partner is left alone, not merely written as is.
    const { organizations, inventories } = device.data;
    const plan = planOf(partnerA(), device, { a: 'a' });
    expect(importDecisions(plan, choose(), organizations, inventories).map((d) => d.kind)).toEqual(['skip']);
    const skipped = writes(partnerA(), nothing(), choose(['a', 'skip']));
    expect(written(skipped)).toBe(0);
  });

  it('keeps both years of the same year: the incoming one goes to a copy of the partner under its copy name', () => {
    const device = { data: partnerA(), trash: [] };
    const w = writes(partnerA(), device, choose(['a', 'keep-mine', [[2024, 'keep-both']]]), { a: 'a' });
    expect(w.deleteInventories).toEqual([]);
    expect(w.organizations.map((o) => o.name)).toEqual(['Kivi Oy (copy)']);
    const copy = w.organizations[0]?.id;
    expect(copy).not.toBe('a');
    expect(w.inventories.map((i) => [i.orgId, i.year])).toEqual([[copy, 2024]]);
    expect(w.record.counts).toMatchObject({ partnersUpdated: 1, partnersAdded: 1, yearsAdded: 1 });
  });

  it("takes the file's details: my partner and matching sites rewritten in place, new sites placed after mine", () => {
    const mine: BackupData = {
      ...empty(),
      organizations: [org('m', 'Kivi', { createdAt: '2020-01-01T00:00:00.000Z' })],
      sites: [site('ms', 'm', '  tehdas ', 3)],
    };
    const file: BackupData = {
      ...partnerA(),
      organizations: [org('a', 'Kivi Oy', { businessId: '1234567-8' })],
      sites: [site('s1', 'a', 'Tehdas', 0), site('s2', 'a', 'Varasto', 0)],
    };
    const w = writes(file, { data: mine, trash: [] }, choose(['a', 'take-theirs']), { a: 'm' });
    expect(w.organizations).toEqual([
      { ...file.organizations[0], id: 'm', createdAt: '2020-01-01T00:00:00.000Z' },
    ]);
    expect(w.record.replaced.organizations).toEqual(mine.organizations);
    expect(w.sites).toEqual([
      { ...file.sites[0], id: 'ms', orgId: 'm', order: 3 },
      { ...file.sites[1], orgId: 'm', order: 4 },
    ]);
    expect(w.record.replaced.sites).toEqual(mine.sites);
    expect(w.record.added.sites).toEqual(['s2']);
    // The year new to my partner is added, its entries' site mapped onto my site of the same name.
    expect(w.inventories.map((i) => i.orgId)).toEqual(['m']);
    expect(w.entries.find((e) => e.id === 'e1')?.site).toBe('ms');
  });

  it('adds only unknown factor sets, and settings as chosen', () => {
    const builtin = builtinSetKeys()[0] as string;
    const set = (key: string): FactorSetRow => ({ key, id: key, release: '1', loadedAt: 'x', data: {} });
    const known = factorSetKey({ id: 'city', release: '2026.1' });
    const file: BackupData = {
      ...empty(),
      factorSets: [set(builtin), set(known), set('new-1')],
      settings: [
        { key: 'lang', value: 'en' },
        { key: 'theme', value: 'dark' },
      ],
    };
    const device: Device = {
      data: { ...empty(), factorSets: [set(known)], settings: [{ key: 'lang', value: 'fi' }] },
      trash: [],
    };
    const keep = writes(file, device, choose());
    expect(keep.factorSets.map((f) => f.key)).toEqual(['new-1']);
    expect(keep.settings).toEqual([{ key: 'theme', value: 'dark' }]);
    expect(keep.record.added.settings).toEqual(['theme']);
    const take = writes(file, device, choose(undefined, { settings: 'take-theirs', factorSets: false }));
    expect(take.factorSets).toEqual([]);
    expect(take.settings).toEqual(file.settings);
    expect(take.record.replaced.settings).toEqual([{ key: 'lang', value: 'fi' }]);
    expect(take.record.counts).toMatchObject({ settingsWritten: 2, factorSetsAdded: 0 });
  });

  it('changes none of its inputs and gives the same writes for the same stamp', () => {
    const device = { data: partnerA({ quantity: 7 }), trash: [] };
    const file = partnerA();
    const plan = planOf(file, device, { a: 'a' });
    const choices = choose(['a', 'take-theirs', [[2024, 'take-theirs']]]);
    const cur = current(plan, choices, device);
    const before = structuredClone({ plan: { ...plan, source: plan.source.data }, cur });
    const first = importWrites(plan, choices, cur, stamp());
    expect(importWrites(plan, choices, cur, stamp())).toEqual(first);
    expect({ plan: { ...plan, source: plan.source.data }, cur }).toEqual(before);
  });
});

describe('sameBasis: the device still as the plan saw it', () => {
  const device = { data: partnerA(), trash: [] };
  const plan = planOf(partnerA(), device, { a: 'a' });
  const { organizations: orgs, inventories: invs } = device.data;

  it('holds for the rows planned from and fails for any change of partner or year', () => {
    expect(sameBasis(plan, orgs, invs)).toBe(true);
    expect(sameBasis(plan, [...orgs, org('b', 'Uusi')], invs)).toBe(false);
    expect(
      sameBasis(
        plan,
        orgs.map((o) => ({ ...o, updatedAt: 'later' })),
        invs,
      ),
    ).toBe(false);
    expect(
      sameBasis(
        plan,
        orgs,
        invs.map((i) => ({ ...i, year: 2025 })),
      ),
    ).toBe(false);
    expect(sameBasis(plan, orgs, [])).toBe(false);
  });
});
