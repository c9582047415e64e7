/**
 * Moving and merging own factors (src/db/ownFactors.ts), the one way the database upgrade, older backups,
 * exchange files and imports into an existing partner bring factors to a partner: the same factor twice is
 * one, two different factors under one id are both kept and the entries follow the one renamed, and nothing
 * of a factor (data year, source, mass unit) is lost.
 */
import { describe, expect, it } from 'vitest';
import type { CustomFactor } from '../../src/core/inventory';
import {
  factorsOfYear,
  mergeFactors,
  moveYearFactors,
  remapEntry,
  sameFactor,
} from '../../src/db/ownFactors';
import type { EntryRow, InventoryRow, OrganizationRow } from '../../src/db/rows';

const T = '2026-01-01T00:00:00.000Z';
const cf = (id: string, co2e: number, year = 2023, extra: Partial<CustomFactor> = {}): CustomFactor => ({
  id,
  name: `Kerroin ${id}`,
  unit: 'kWh',
  value: { co2e },
  year,
  source: `Toimittaja ${year}`,
  ...extra,
});
const org: OrganizationRow = { id: 'org', name: 'Leipomo Oy', createdAt: T, updatedAt: T };
const year = (id: string, y: number, customFactors?: CustomFactor[]): InventoryRow => ({
  id,
  orgId: 'org',
  year: y,
  boundary: 'operational-control',
  gwp: 'AR6',
  factorSet: { id: 'fi', release: '2025.1' },
  radiativeForcing: false,
  metrics: {},
  excluded: [],
  status: 'draft',
  createdAt: T,
  updatedAt: T,
  ...(customFactors ? { customFactors } : {}),
});
const entry = (id: string, inventoryId: string, more: Partial<EntryRow>): EntryRow => ({
  id,
  inventoryId,
  order: 1,
  category: 's2.heat',
  activity: 'district-heat.fi',
  quantity: 10,
  quantityText: '10',
  unit: 'MWh',
  updatedAt: T,
  ...more,
});

let n = 0;
const ids = () => `new-${++n}`;

describe('merging factors into a partner', () => {
  it('keeps the same factor once, adds a new one as it is, renames one whose id is taken by another', () => {
    const mine = [cf('a', 0.1), cf('b', 0.2)];
    const out = mergeFactors(mine, [cf('a', 0.1), cf('b', 0.25), cf('c', 0.3)], () => 'b2');
    expect(out.factors.map((f) => [f.id, f.value.co2e])).toEqual([
      ['a', 0.1],
      ['b', 0.2],
      ['b2', 0.25],
      ['c', 0.3],
    ]);
    expect(out.added.map((f) => f.id)).toEqual(['b2', 'c']);
    expect([...out.remap]).toEqual([['b', 'b2']]);
  });

  it('compares every field: a factor that differs only in its source or mass unit is another factor', () => {
    expect(sameFactor(cf('a', 45), { ...cf('a', 45) })).toBe(true);
    expect(sameFactor(cf('a', 45), cf('a', 45, 2023, { source: 'Toinen lähde' }))).toBe(false);
    expect(sameFactor(cf('a', 45), cf('a', 45, 2023, { massUnit: 'g' }))).toBe(false);
  });

  it('renames an entry’s own factor and its instruments’ factors, and leaves other entries untouched', () => {
    const e = entry('e', 'y', {
      customFactor: 'b',
      instruments: [
        { kind: 'certificate', share: 0.5, note: 'GO' },
        { kind: 'supplier', factor: 'b', note: 'sopimus' },
      ],
    });
    const moved = remapEntry(e, new Map([['b', 'b2']]));
    expect(moved.customFactor).toBe('b2');
    expect(moved.instruments?.map((x) => x.factor)).toEqual([undefined, 'b2']);
    const other = entry('o', 'y', { customFactor: 'a' });
    expect(remapEntry(other, new Map([['b', 'b2']]))).toBe(other);
  });
});

describe('moving the years’ factors to the partner', () => {
  it('makes one factor of the same one in two years and keeps both of two different ones', () => {
    const y23 = year('y23', 2023, [cf('dh', 0.08), cf('el', 0.05)]);
    const y24 = year('y24', 2024, [cf('dh', 0.08), cf('el', 0.04, 2024)]);
    const entries = new Map([
      ['y23', [entry('e1', 'y23', { customFactor: 'dh' }), entry('e2', 'y23', { customFactor: 'el' })]],
      ['y24', [entry('e3', 'y24', { customFactor: 'dh' }), entry('e4', 'y24', { customFactor: 'el' })]],
    ]);
    // Given in the wrong order: the earliest year keeps its ids.
    const out = moveYearFactors(
      org,
      [y24, y23],
      (id) => entries.get(id) ?? [],
      () => 'el-2024',
    );
    expect(out.organization.customFactors).toEqual([
      cf('dh', 0.08),
      cf('el', 0.05),
      { ...cf('el', 0.04, 2024), id: 'el-2024' },
    ]);
    expect(out.inventories.every((i) => i.customFactors === undefined)).toBe(true);
    expect(out.inventories.map((i) => i.id)).toEqual(['y24', 'y23']);
    // Only the 2024 entry of the renamed factor changed, to the new id.
    expect(out.changedEntries.map((e) => [e.id, e.customFactor])).toEqual([['e4', 'el-2024']]);
  });

  it('leaves a partner without factors as it was', () => {
    const out = moveYearFactors(org, [year('y', 2024)], () => [], ids);
    expect(out.organization).toBe(org);
    expect(out.changedEntries).toEqual([]);
  });
});

describe('the factors a year’s file carries', () => {
  it('are those its entries use, as their own or an instrument’s, and those of its data year', () => {
    const all = [
      cf('used', 1, 2020),
      cf('instrument', 2, 2021),
      cf('of-year', 3, 2024),
      cf('other', 4, 2022),
    ];
    const entries = [
      entry('a', 'y', { customFactor: 'used' }),
      entry('b', 'y', { instruments: [{ kind: 'supplier', factor: 'instrument', note: 'x' }] }),
    ];
    expect(factorsOfYear(all, 2024, entries).map((f) => f.id)).toEqual(['used', 'instrument', 'of-year']);
  });
});
