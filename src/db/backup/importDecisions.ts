/**
 * What the user's choices mean for each incoming partner, against the device's partners and years: skipped,
 * added whole (a new partner or a "keep both" copy), or merged into the matching partner with the years it
 * takes and keeps beside. Pure: the import's writes and the years it must read first both follow from it.
 */
import type { InventoryRow, OrganizationRow } from '../rows';
import { groupBy } from './planImport';
import type { ImportChoices, ImportPlan, PartnerPlan, YearChoice } from './types';

export type ImportDecision =
  | { kind: 'skip'; partner: PartnerPlan }
  /** The incoming partner as a partner of its own, named `name`, with `years`. */
  | { kind: 'whole'; partner: PartnerPlan; name: string; years: InventoryRow[] }
  | {
      kind: 'into';
      partner: PartnerPlan;
      mine: OrganizationRow;
      /** Incoming years written into `mine`: taken (replacing mine of the same year) or new to it. */
      taking: InventoryRow[];
      /** Incoming years of a year `mine` has, kept both: they go to a copy of the incoming partner. */
      both: InventoryRow[];
      /** The file's partner details and site details replace mine. */
      takeDetails: boolean;
      /** Mine's years by calendar year. */
      myYears: Map<number, InventoryRow>;
    };

/** One decision per partner of the plan, in the plan's order. */
export function importDecisions(
  plan: ImportPlan,
  choices: ImportChoices,
  orgs: readonly OrganizationRow[],
  invs: readonly InventoryRow[],
): ImportDecision[] {
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const invsOf = groupBy(invs, (i) => i.orgId);
  const inYears = groupBy(plan.source.data.inventories, (i) => i.orgId);
  return plan.partners.map((p): ImportDecision => {
    const decision = choices.partners.get(p.key);
    const choice = decision?.partner ?? p.defaultChoice;
    const years = (inYears.get(p.key) ?? []).sort((a, b) => a.year - b.year);
    if (choice === 'skip') return { kind: 'skip', partner: p };
    const mine = p.match ? orgById.get(p.match.orgId) : undefined;
    if (choice === 'add' || choice === 'keep-both' || !mine)
      return { kind: 'whole', partner: p, name: choice === 'keep-both' ? p.copyName : p.name, years };
    const yearChoice = (y: number): YearChoice =>
      decision?.years.get(y) ?? p.years.find((x) => x.year === y)?.defaultChoice ?? 'keep-mine';
    const myYears = new Map((invsOf.get(mine.id) ?? []).map((i) => [i.year, i]));
    const taking = years.filter(
      (i) =>
        yearChoice(i.year) === 'take-theirs' || (yearChoice(i.year) === 'keep-both' && !myYears.has(i.year)),
    );
    const both = years.filter((i) => yearChoice(i.year) === 'keep-both' && myYears.has(i.year));
    const takeDetails = choice === 'take-theirs';
    if (taking.length === 0 && both.length === 0 && !takeDetails) return { kind: 'skip', partner: p };
    return { kind: 'into', partner: p, mine, taking, both, takeDetails, myYears };
  });
}
