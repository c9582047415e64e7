/**
 * A partner's own emission factors, kept on its row (OrganizationRow.customFactors, schema version 3; see
 * ownFactors.ts): adding, changing, finding the entries that use one, and deleting one safely. A factor in
 * use is deleted only together with switching every entry that uses it to the default factor, in one
 * transaction, so no entry of any year is ever left pointing at nothing.
 */
import type { ContractualInstrument, CustomFactor } from '../core/inventory';
import { now } from './ids';
import type { EntryRow } from './rows';
import type { PaastoDb } from './schema';
import { write } from './storageErrors';

/** One entry that uses a factor, with its year. */
export interface FactorUse {
  year: number;
  inventoryId: string;
  /** The year's factor set, which names the entry's activity. */
  factorSet: { id: string; release: string };
  entry: EntryRow;
  /** As the entry's own factor, or as a contractual instrument's (market-based electricity). */
  as: 'customFactor' | 'instrument';
}

/**
 * Adds a factor, or replaces the partner's factor with its id (a write run again, or an edit): the same call
 * twice stores it once.
 */
export async function putOwnFactor(db: PaastoDb, orgId: string, factor: CustomFactor): Promise<void> {
  await write(db, () =>
    db.transaction('rw', db.organizations, async () => {
      const org = await db.organizations.get(orgId);
      if (!org) throw new Error(`No partner ${orgId}`);
      const list = org.customFactors ?? [];
      const at = list.findIndex((f) => f.id === factor.id);
      const next = at < 0 ? [...list, factor] : list.map((f, i) => (i === at ? factor : f));
      await db.organizations.put({ ...org, customFactors: next, updatedAt: now() });
    }),
  );
}

function usesOf(e: EntryRow, factorId: string): FactorUse['as'] | undefined {
  if (e.customFactor === factorId) return 'customFactor';
  if (e.instruments?.some((x) => x.factor === factorId)) return 'instrument';
  return undefined;
}

async function findUses(db: PaastoDb, orgId: string, factorId: string): Promise<FactorUse[]> {
  const invs = await db.inventories.where('orgId').equals(orgId).sortBy('year');
  const uses: FactorUse[] = [];
  for (const inv of invs) {
    const entries = await db.entries
      .where('[inventoryId+order]')
      .between([inv.id, -Infinity], [inv.id, Infinity])
      .toArray();
    for (const entry of entries) {
      const as = usesOf(entry, factorId);
      if (as) uses.push({ year: inv.year, inventoryId: inv.id, factorSet: inv.factorSet, entry, as });
    }
  }
  return uses;
}

/** Every entry of every year of the partner that uses the factor, by year and the entries' order. */
export function factorUses(db: PaastoDb, orgId: string, factorId: string): Promise<FactorUse[]> {
  return db.transaction('r', [db.inventories, db.entries], () => findUses(db, orgId, factorId));
}

/** What a deletion changed, kept so it can be undone. */
export interface FactorDeletion {
  orgId: string;
  factor: CustomFactor;
  /** Its place in the partner's list. */
  index: number;
  /** The entries switched to the default factor, as they were before. */
  switched: Pick<EntryRow, 'id' | 'customFactor' | 'instruments'>[];
}

export type DeleteOutcome =
  | { ok: true; deletion: FactorDeletion }
  /** Entries of the 'own factor' activity have no default factor to switch to: nothing was changed. */
  | { ok: false; reason: 'no-default'; uses: FactorUse[] }
  /** Uses appeared after the user was asked (another tab): nothing was changed; ask again. */
  | { ok: false; reason: 'changed'; uses: FactorUse[] };

/**
 * Deletes a factor. Entries that use it are switched to the default factor in the same transaction: an
 * entry's own factor is cleared; an instrument pointing at it is removed (the part it covered is then at the
 * residual mix, as without a contract). `expected` are the ids of the entries the user was shown; if the uses
 * are other ones now, nothing is written.
 */
export function deleteOwnFactor(
  db: PaastoDb,
  orgId: string,
  factorId: string,
  expected: readonly string[],
): Promise<DeleteOutcome | undefined> {
  return write(db, () =>
    db.transaction('rw', [db.organizations, db.inventories, db.entries], async () => {
      const org = await db.organizations.get(orgId);
      const list = org?.customFactors ?? [];
      const index = list.findIndex((f) => f.id === factorId);
      const factor = list[index];
      if (!org || !factor) return undefined;
      const uses = await findUses(db, orgId, factorId);
      const ids = uses.map((u) => u.entry.id);
      if (ids.length !== expected.length || ids.some((id) => !expected.includes(id)))
        return { ok: false, reason: 'changed', uses };
      const stuck = uses.filter((u) => u.as === 'customFactor' && u.entry.activity === 'custom');
      if (stuck.length > 0) return { ok: false, reason: 'no-default', uses: stuck };
      const t = now();
      const switched: FactorDeletion['switched'] = [];
      const rows: EntryRow[] = [];
      for (const { entry: e } of uses) {
        switched.push({
          id: e.id,
          ...(e.customFactor !== undefined ? { customFactor: e.customFactor } : {}),
          ...(e.instruments !== undefined ? { instruments: e.instruments } : {}),
        });
        const next: EntryRow = { ...e, updatedAt: t };
        if (next.customFactor === factorId) delete next.customFactor;
        if (e.instruments) next.instruments = e.instruments.filter((x) => x.factor !== factorId);
        rows.push(next);
      }
      await db.entries.bulkPut(rows);
      await db.organizations.put({
        ...org,
        customFactors: list.filter((f) => f.id !== factorId),
        updatedAt: t,
      });
      return { ok: true, deletion: { orgId, factor, index, switched } };
    }),
  );
}

/**
 * Undoes a deletion: the factor back in its place, and each switched entry that still exists pointing at it
 * again (its other fields as they are now: edits made since are kept).
 */
export async function undoDeleteOwnFactor(db: PaastoDb, d: FactorDeletion): Promise<void> {
  await write(db, () =>
    db.transaction('rw', [db.organizations, db.entries], async () => {
      const org = await db.organizations.get(d.orgId);
      if (!org) return;
      const list = (org.customFactors ?? []).filter((f) => f.id !== d.factor.id);
      list.splice(Math.min(d.index, list.length), 0, d.factor);
      const t = now();
      await db.organizations.put({ ...org, customFactors: list, updatedAt: t });
      for (const s of d.switched) {
        const cur = await db.entries.get(s.id);
        if (!cur) continue;
        const next: EntryRow = { ...cur, updatedAt: t };
        if (s.customFactor !== undefined) next.customFactor = s.customFactor;
        if (s.instruments !== undefined)
          next.instruments = mergeBack(cur.instruments ?? [], s.instruments, d);
        await db.entries.put(next);
      }
    }),
  );
}

/** The instruments as they were, unless the entry's instruments were changed since: then the lost one is added. */
function mergeBack(
  now: readonly ContractualInstrument[],
  before: readonly ContractualInstrument[],
  d: FactorDeletion,
): ContractualInstrument[] {
  const without = before.filter((x) => x.factor !== d.factor.id);
  const unchanged =
    without.length === now.length && without.every((x, i) => JSON.stringify(x) === JSON.stringify(now[i]));
  if (unchanged) return [...before];
  const lost = before.filter((x) => x.factor === d.factor.id && !now.some((y) => y.kind === x.kind));
  return [...now, ...lost];
}
