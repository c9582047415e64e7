/**
 * The preview of an import: for each incoming partner, the partner on this device it matches (same id — a
 * backup of this device —, else business ID, else name ignoring case and spacing), its years side by side
 * with mine, and default choices. Reads only, in one transaction.
 */
import { factorSetKey } from '../../core/factorSet';
import { builtinSetKeys } from '../../factors/builtinSets';
import { now } from '../ids';
import type { EntryRow, InventoryRow, OrganizationRow } from '../rows';
import type { PaastoDb } from '../schema';
import { isUnfinished } from '../toCore';
import { commitmentPlan } from './importCommitment';
import type {
  ImportChoices,
  ImportPlan,
  ImportSource,
  PartnerDecision,
  PartnerMatch,
  PartnerPlan,
  YearPlan,
  YearSide,
} from './types';

/** A name as compared for matching: case, surrounding and repeated spacing and Unicode form ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

function businessKey(id: string | undefined): string {
  return (id ?? '').trim().toUpperCase();
}

function latest(a: string, b: string): string {
  return a > b ? a : b;
}

/** A year as the preview shows it; applying compares it again to see that the year did not change since. */
export function yearSide(inv: InventoryRow, entries: readonly EntryRow[]): YearSide {
  let updatedAt = inv.updatedAt;
  let unfinished = 0;
  for (const e of entries) {
    if (isUnfinished(e)) unfinished++;
    updatedAt = latest(updatedAt, e.updatedAt);
  }
  return { inventoryId: inv.id, entries: entries.length, unfinished, status: inv.status, updatedAt };
}

export function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/**
 * The name a partner kept beside mine ("keep both") gets, from its name and the import's time. Words are made
 * where they are shown (src/state/backup.ts), so storage is given the function.
 */
export type CopyName = (name: string, at: string) => string;

export async function planImport(
  db: PaastoDb,
  source: ImportSource,
  opts: { copyName: CopyName; at?: string },
): Promise<ImportPlan> {
  const at = opts.at ?? now();
  const { data } = source;
  return db.transaction(
    'r',
    [db.organizations, db.inventories, db.entries, db.factorSets, db.settings, db.received],
    async () => {
      const [orgs, invs, setKeys, settings, storedFiles] = await Promise.all([
        db.organizations.toArray(),
        db.inventories.toArray(),
        db.factorSets.toCollection().primaryKeys(),
        db.settings.toArray(),
        db.received
          .where('sha256')
          .anyOf(data.received.map((r) => r.sha256))
          .count(),
      ]);
      const byId = new Map(orgs.map((o) => [o.id, o]));
      const byBusiness = new Map<string, OrganizationRow>();
      const byName = new Map<string, OrganizationRow>();
      for (const o of orgs) {
        if (businessKey(o.businessId) !== '' && !byBusiness.has(businessKey(o.businessId)))
          byBusiness.set(businessKey(o.businessId), o);
        if (!byName.has(nameKey(o.name))) byName.set(nameKey(o.name), o);
      }
      const myYears = groupBy(invs, (i) => i.orgId);
      const inSites = groupBy(data.sites, (s) => s.orgId);
      const inYears = groupBy(data.inventories, (i) => i.orgId);
      const inEntries = groupBy(data.entries, (e) => e.inventoryId);
      const taken = new Set<string>();
      /** Years both sides have: my side is filled in below, with every year's entries read in parallel. */
      const both: [YearPlan, InventoryRow][] = [];

      const partners: PartnerPlan[] = [];
      for (const o of data.organizations) {
        let found: OrganizationRow | undefined;
        let by: PartnerMatch['by'] = 'id';
        const candidates: [OrganizationRow | undefined, PartnerMatch['by']][] = [
          [byId.get(o.id), 'id'],
          [
            businessKey(o.businessId) !== '' ? byBusiness.get(businessKey(o.businessId)) : undefined,
            'businessId',
          ],
          [byName.get(nameKey(o.name)), 'name'],
        ];
        // One partner on this device takes at most one incoming partner: two would race for its years.
        for (const [cand, how] of candidates)
          if (cand && !taken.has(cand.id)) {
            found = cand;
            by = how;
            break;
          }
        const mine = found ? (myYears.get(found.id) ?? []) : [];
        const mineByYear = new Map(mine.map((i) => [i.year, i]));
        // Entries are read only for the years both have, where the user compares the two sides.
        const years: YearPlan[] = [];
        let updatedAt = o.updatedAt;
        for (const inv of (inYears.get(o.id) ?? []).sort((a, b) => a.year - b.year)) {
          const incoming = yearSide(inv, inEntries.get(inv.id) ?? []);
          updatedAt = latest(updatedAt, incoming.updatedAt);
          const my = mineByYear.get(inv.year);
          const plan: YearPlan = {
            year: inv.year,
            incoming,
            defaultChoice: my ? 'keep-mine' : 'take-theirs',
          };
          if (my) both.push([plan, my]);
          years.push(plan);
        }
        let match: PartnerMatch | undefined;
        if (found) {
          taken.add(found.id);
          match = {
            orgId: found.id,
            name: found.name,
            by,
            updatedAt: found.updatedAt,
            years: mine.map((i) => i.year).sort((a, b) => a - b),
            ...(found.businessId !== undefined ? { businessId: found.businessId } : {}),
          };
        }
        const commitment = commitmentPlan(o, found);
        partners.push({
          key: o.id,
          name: o.name,
          sites: inSites.get(o.id)?.length ?? 0,
          updatedAt,
          years,
          defaultChoice: match ? 'keep-mine' : 'add',
          copyName: opts.copyName(o.name, at),
          ...(o.businessId !== undefined ? { businessId: o.businessId } : {}),
          ...(match ? { match } : {}),
          ...(commitment ? { commitment } : {}),
        });
      }

      const myEntries = await Promise.all(
        both.map(([, inv]) => db.entries.where('inventoryId').equals(inv.id).toArray()),
      );
      both.forEach(([plan, inv], i) => {
        plan.existing = yearSide(inv, myEntries[i] ?? []);
      });

      const known = new Set([...builtinSetKeys(), ...setKeys.map(String)]);
      const factorSets = data.factorSets.map((f) => ({
        key: f.key,
        id: f.id,
        release: f.release,
        exists: known.has(f.key),
      }));
      const available = new Set([...known, ...data.factorSets.map((f) => f.key)]);
      const missingFactorSets = [
        ...new Set(data.inventories.map((i) => factorSetKey(i.factorSet)).filter((k) => !available.has(k))),
      ].sort();
      const mySettings = new Map(settings.map((s) => [s.key, s.value]));
      return {
        kind: source.kind,
        plannedAt: at,
        partners,
        factorSets,
        settings: data.settings.map((s) => ({
          key: s.key,
          value: s.value,
          ...(mySettings.has(s.key) ? { mine: mySettings.get(s.key) } : {}),
        })),
        received: { incoming: data.received.length, fresh: data.received.length - storedFiles },
        missingFactorSets,
        source,
        basis: {
          organizations: orgs.map((o) => ({ id: o.id, updatedAt: o.updatedAt })),
          inventories: invs.map((i) => ({ id: i.id, orgId: i.orgId, year: i.year, updatedAt: i.updatedAt })),
        },
      };
    },
  );
}

/** The plan's default choices (new partner → add; new year → add; a year both have → keep mine). */
export function defaultChoices(plan: ImportPlan): ImportChoices {
  const partners = new Map<string, PartnerDecision>();
  for (const p of plan.partners)
    partners.set(p.key, {
      partner: p.defaultChoice,
      years: new Map(p.years.map((y) => [y.year, y.defaultChoice])),
    });
  return { partners, factorSets: true, settings: 'keep-mine' };
}
