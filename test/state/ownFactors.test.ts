/**
 * The partner's own factors through the state commands (src/state/ownFactors.ts): a factor is added once and
 * edited in place; deleting one finds every entry of every year that uses it, switches them to the default
 * factor in the same write (an entry's own factor cleared, an instrument pointing at it removed) so the
 * entries still count in the totals, refuses when the uses changed meanwhile or an entry has no default, and
 * can be undone.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import type { CustomFactor } from '../../src/core/inventory';
import { validateInventory } from '../../src/core/validate';
import { addEntry, createInventory, listEntries } from '../../src/db/inventories';
import { createOrganization } from '../../src/db/organizations';
import { toCoreInventory } from '../../src/db/toCore';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { db } from '../../src/state/database';
import {
  addPartnerFactor,
  deletePartnerFactor,
  factorUseCounts,
  lastFactorDeletion,
  savePartnerFactor,
  undoFactorDeletion,
  usesOfFactor,
} from '../../src/state/ownFactors';

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

const heat = {
  name: 'Kaukolämpö',
  unit: 'MWh',
  value: { co2e: 120 },
  year: 2024,
  source: 'Lämpö Oy',
} as const;
const contract = {
  name: 'Sähkösopimus',
  unit: 'kWh',
  value: { co2e: 0.045 },
  year: 2024,
  source: 'Sopimus',
} as const;

async function partner() {
  const org = await createOrganization(db, { name: `Leipomo ${Math.random()}` });
  const y24 = await createInventory(db, org.id, 2024, { factorSet: DEFAULT_FACTOR_SET });
  const y25 = await createInventory(db, org.id, 2025, { factorSet: DEFAULT_FACTOR_SET });
  const h = await addPartnerFactor(org.id, heat);
  const c = await addPartnerFactor(org.id, contract);
  const heat24 = await addEntry(db, y24.id, {
    category: 's2.heat',
    activity: 'district-heat.fi',
    unit: 'MWh',
    quantity: 40,
    quantityText: '40',
    customFactor: h.id,
  });
  const power25 = await addEntry(db, y25.id, {
    category: 's2.electricity',
    activity: 'electricity.fi',
    unit: 'kWh',
    quantity: 84_000,
    quantityText: '84 000',
    instruments: [
      { kind: 'certificate', share: 0.25, note: 'GO' },
      { kind: 'supplier', factor: c.id, note: 'Sopimus' },
    ],
  });
  return { org, y24, y25, h, c, heat24, power25 };
}

async function factorsOf(orgId: string): Promise<CustomFactor[]> {
  return (await db.organizations.get(orgId))?.customFactors ?? [];
}

describe('own factors of a partner', () => {
  it('are added once and edited in place, and every year can use them', async () => {
    const { org, h, c } = await partner();
    expect((await factorsOf(org.id)).map((f) => f.id)).toEqual([h.id, c.id]);
    savePartnerFactor(org.id, { ...h, massUnit: 'kg', value: { co2e: 130 } });
    savePartnerFactor(org.id, { ...h, massUnit: 'kg', value: { co2e: 125 } });
    await settle();
    const stored = await factorsOf(org.id);
    expect(stored).toHaveLength(2);
    expect(stored[0]).toEqual({ ...h, massUnit: 'kg', value: { co2e: 125 } });
    expect(await factorUseCounts(org.id)).toEqual(
      new Map([
        [h.id, 1],
        [c.id, 1],
      ]),
    );
  });

  it('a deletion names the entries of every year that use the factor and switches them to the default', async () => {
    const { org, y25, c, power25 } = await partner();
    const uses = await usesOfFactor(org.id, c.id);
    expect(uses.map((u) => [u.year, u.entry.id, u.as, u.entry.quantityText])).toEqual([
      [2025, power25.id, 'instrument', '84 000'],
    ]);
    const out = await deletePartnerFactor(org.id, c.id, uses);
    expect(out?.ok).toBe(true);
    expect((await factorsOf(org.id)).map((f) => f.id)).not.toContain(c.id);
    const [entry] = await listEntries(db, y25.id);
    // The certificate stays; the supplier instrument that pointed at the factor is gone.
    expect(entry?.instruments).toEqual([{ kind: 'certificate', share: 0.25, note: 'GO' }]);

    // The entry still counts, location- and market-based (the rest at the residual mix).
    const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
    const row = await db.inventories.get(y25.id);
    if (!row || !entry) throw new Error('missing');
    const { inventory } = toCoreInventory(row, [entry], await factorsOf(org.id));
    expect(validateInventory(inventory, set, new Set()).filter((i) => i.severity === 'error')).toEqual([]);
    const result = calculateInventory(inventory, { factorSet: set });
    expect(result.entries.map((e) => e.entryId)).toEqual([power25.id]);
    expect(result.scope2.location).toBeGreaterThan(0);
    expect(result.scope2.market).toBeGreaterThan(0);
  });

  it('an entry’s own factor is cleared, and undo puts the factor and the entry’s choice back', async () => {
    const { org, y24, h, heat24 } = await partner();
    const uses = await usesOfFactor(org.id, h.id);
    expect(uses.map((u) => [u.year, u.entry.id, u.as])).toEqual([[2024, heat24.id, 'customFactor']]);
    expect((await deletePartnerFactor(org.id, h.id, uses))?.ok).toBe(true);
    expect((await listEntries(db, y24.id))[0]?.customFactor).toBeUndefined();
    expect(lastFactorDeletion.get()?.factor).toEqual(h);

    await undoFactorDeletion();
    expect((await factorsOf(org.id))[0]).toEqual(h);
    expect((await listEntries(db, y24.id))[0]?.customFactor).toBe(h.id);
    expect(lastFactorDeletion.get()).toBeNull();
  });

  it('nothing is deleted when the uses changed after the user was asked', async () => {
    const { org, y24, h } = await partner();
    const shown = await usesOfFactor(org.id, h.id);
    const added = await addEntry(db, y24.id, {
      category: 's2.heat',
      activity: 'district-heat.fi',
      unit: 'MWh',
      quantity: 5,
      quantityText: '5',
      customFactor: h.id,
    });
    const out = await deletePartnerFactor(org.id, h.id, shown);
    expect(out).toMatchObject({ ok: false, reason: 'changed' });
    if (out?.ok === false) expect(out.uses.map((u) => u.entry.id)).toContain(added.id);
    expect((await factorsOf(org.id)).map((f) => f.id)).toContain(h.id);
    expect((await db.entries.get(added.id))?.customFactor).toBe(h.id);
  });

  it('an entry of the “own factor” activity has no default: the deletion is refused and nothing changes', async () => {
    const { org, y24, h } = await partner();
    const own = await addEntry(db, y24.id, {
      category: 's1.stationary',
      activity: 'custom',
      unit: 'MWh',
      quantity: 3,
      quantityText: '3',
      customFactor: h.id,
    });
    const uses = await usesOfFactor(org.id, h.id);
    const out = await deletePartnerFactor(org.id, h.id, uses);
    expect(out).toMatchObject({ ok: false, reason: 'no-default' });
    if (out?.ok === false) expect(out.uses.map((u) => u.entry.id)).toEqual([own.id]);
    expect((await factorsOf(org.id)).map((f) => f.id)).toContain(h.id);
    expect((await listEntries(db, y24.id)).every((e) => e.customFactor === h.id)).toBe(true);
  });
});
