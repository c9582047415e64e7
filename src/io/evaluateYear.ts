/**
 * The one evaluation of a partner's year, from which every page and file is made: the editor's totals and
 * per-entry problems and the partner page (lenient), the results page, the PDF, the CSV and the city file
 * (strict). Both run the same checks and the same calculation on the same core inventories; they differ only
 * in what an error does. Pure: no storage, no DOM (docs/decisions.md, "One evaluation of a year").
 */
import { calculateInventory } from '../core/calculate';
import { compareYears, type YearComparison } from '../core/compare';
import { type Completeness, completeness } from '../core/completeness';
import { knownFactors, withoutDeletedFactors } from '../core/deletedFactors';
import { type FactorSet, factorSetKey } from '../core/factorSet';
import type { Entry, Inventory } from '../core/inventory';
import { CalculationError, hasErrors, type Issue } from '../core/issues';
import type { Organization } from '../core/organization';
import type { InventoryResult } from '../core/results';
import { OPTIONAL_ORGANIZATION_FIELDS, sectorCodeProblem } from '../core/sector';
import { validateInventory } from '../core/validate';
import { checkInventoryRecord, checkOrganizationRecord } from './exchange';

/** Change of a year against the year before it and against the organization's base year, where both exist. */
export interface Comparisons {
  previousYear?: YearComparison;
  baseYear?: YearComparison;
}

/** A year's factor set: the set, null when it is not available, undefined while it is being loaded. */
export type FactorSetOf = (ref: { id: string; release: string }) => FactorSet | null | undefined;

export interface PartnerYears {
  /** The partner's details and sites. Strict evaluation checks them as a file would hold them. */
  organization?: Organization;
  /** Ids of the partner's sites, when `organization` is not given (the editor's lenient evaluation). */
  siteIds?: readonly string[];
  /** The partner's years as core inventories (unfinished entries already left out), in any order. */
  inventories: readonly Inventory[];
}

export interface EvaluateOptions {
  /**
   * lenient (the editor): entries with errors are left out and listed, the rest counted; strict (reports):
   * a year with any error, or a partner whose details have one, is refused with its problems, and earlier
   * years that cannot be calculated are left out of the history and named.
   */
  mode: 'lenient' | 'strict';
  /**
   * lenient, for a part of a year's entries (the year page's chunks): the checks between entries
   * (checkAcrossEntries) are not made on the part, as its caller makes them once over the whole year; these
   * entries, which they found wrong, are left out as the whole year leaves them out.
   */
  part?: { leftOut: ReadonlySet<string> };
}

/** The years a report is made of, as a file of them would hold them: what the report data is built from. */
export interface EvaluatedYears {
  organization: Organization;
  /** Oldest first; the evaluated year is the last. */
  inventories: Inventory[];
  results: InventoryResult[];
  comparisons: Comparisons[];
  /** Earlier years left out because they cannot be calculated, oldest first. */
  yearsLeftOut: number[];
}

export interface YearEvaluation {
  year: number;
  /**
   * lenient: the result without the entries that have errors; null while the factor set loads or when the
   * year as a whole cannot be calculated. strict: null when the year or the partner has any error.
   */
  result: InventoryResult | null;
  /**
   * Problems of the year (paths within the year, `/entries/3/quantity`) and, in strict mode, of the partner's
   * details (`/organization/...`), each carrying the record it concerns (Issue.record) where it has one.
   */
  issues: Issue[];
  /** Ids of entries left out of the result because of an error (lenient). */
  leftOut: ReadonlySet<string>;
  /**
   * Every category's state (entries, not relevant, to do) and the missing figures: a category has entries
   * when one of its entries is calculated (not left out). Every screen and file shows this one.
   */
  completeness: Completeness;
  /** strict, when the year is calculated: the years of its report. */
  report?: EvaluatedYears;
}

/** The year's meaning checked against its factor set (null: not available), problems under `base`. */
export function checkYear(
  inv: Inventory,
  set: FactorSet | null,
  sites: ReadonlySet<string>,
  base: string,
  options: { acrossEntries?: boolean } = {},
): Issue[] {
  if (!set) {
    return [
      {
        severity: 'error',
        path: `${base}/factorSet`,
        code: 'factor-set-unknown',
        params: { wanted: factorSetKey(inv.factorSet) },
      },
    ];
  }
  return validateInventory(inv, set, sites, base, options);
}

/** Calculates a checked year, its warnings kept with the result; input the core cannot compute is a problem. */
export function calculateYear(
  inv: Inventory,
  set: FactorSet,
  base: string,
  warnings: readonly Issue[],
): { result: InventoryResult } | { issue: Issue } {
  try {
    const result = calculateInventory(inv, { factorSet: set }, base);
    result.warnings.push(...warnings);
    return { result };
  } catch (e) {
    if (e instanceof CalculationError) return { issue: e.issue };
    throw e;
  }
}

/** Each result against the year before it and against the base year, where those are among the results. */
export function compareResults(results: readonly InventoryResult[], baseYear?: number): Comparisons[] {
  const byYear = new Map(results.map((r) => [r.year, r]));
  return results.map((r): Comparisons => {
    const previous = byYear.get(r.year - 1);
    const base = baseYear !== undefined && baseYear !== r.year ? byYear.get(baseYear) : undefined;
    return {
      ...(previous ? { previousYear: compareYears(r, previous) } : {}),
      ...(base ? { baseYear: compareYears(r, base) } : {}),
    };
  });
}

/** Evaluates `year` of the partner (see EvaluateOptions). Throws if the partner has no such year. */
export function evaluateYear(
  partner: PartnerYears,
  year: number,
  setOf: FactorSetOf,
  options: EvaluateOptions,
): YearEvaluation {
  return options.mode === 'lenient'
    ? lenient(partner, year, setOf, options.part)
    : strict(partner, year, setOf);
}

function yearOf(partner: PartnerYears, year: number): Inventory {
  const inv = partner.inventories.find((i) => i.year === year);
  if (!inv) throw new Error(`The partner has no year ${year}`);
  return inv;
}

function lenient(
  partner: PartnerYears,
  year: number,
  setOf: FactorSetOf,
  part: EvaluateOptions['part'],
): YearEvaluation {
  const inv = yearOf(partner, year);
  const leftOut = new Set<string>();
  const set = setOf(inv.factorSet);
  const done = (result: InventoryResult | null, issues: Issue[]): YearEvaluation => {
    const counted =
      leftOut.size > 0 ? { ...inv, entries: inv.entries.filter((e) => !leftOut.has(e.id)) } : inv;
    return { year, result, issues, leftOut, completeness: completeness(counted) };
  };
  if (set === undefined) return done(null, []);
  const sites = new Set(partner.organization?.sites.map((s) => s.id) ?? partner.siteIds ?? []);
  const issues = checkYear(inv, set, sites, '', { acrossEntries: !part });
  if (!set) return done(null, issues);
  for (const id of part?.leftOut ?? []) leftOut.add(id);
  let wholeYear = false;
  // Entries whose only errors are references to deleted own factors: counted without them (deletedFactors.ts).
  const deleted = new Set<string>();
  for (const i of issues) {
    if (i.severity !== 'error') continue;
    if (i.record?.kind === 'entry') (i.code === 'factor-deleted' ? deleted : leftOut).add(i.record.id);
    // A problem of a custom factor or an exclusion leaves the entries computable; one of the year does not.
    else if (!i.record) wholeYear = true;
  }
  if (wholeYear) return done(null, issues);
  const mended = mendDeleted(inv, deleted, leftOut);
  let usable =
    leftOut.size > 0 || mended
      ? {
          ...inv,
          entries: inv.entries.flatMap((e) => {
            if (leftOut.has(e.id)) return [];
            return [mended?.get(e.id) ?? e];
          }),
        }
      : inv;
  if (mended) {
    // A mended entry was not checked as it is now counted (its magnitudes with the default factor).
    const again = checkYear(usable, set, sites, '', { acrossEntries: false });
    const newly = again.filter(
      (i) => i.severity === 'error' && i.record?.kind === 'entry' && mended.has(i.record.id),
    );
    if (newly.length > 0) {
      for (const i of newly) if (i.record) leftOut.add(i.record.id);
      issues.push(...newly);
      usable = { ...usable, entries: usable.entries.filter((e) => !leftOut.has(e.id)) };
    }
  }
  const calculated = calculateYear(
    usable,
    set,
    '',
    issues.filter((i) => i.severity === 'warning'),
  );
  if ('issue' in calculated) return done(null, [...issues, calculated.issue]);
  return done(calculated.result, issues);
}

/**
 * The entries of `deleted` (not otherwise wrong) without their references to deleted own factors, by id;
 * those that cannot be counted without them join `leftOut`. Undefined when there are none to mend.
 */
function mendDeleted(
  inv: Inventory,
  deleted: ReadonlySet<string>,
  leftOut: Set<string>,
): Map<string, Entry> | undefined {
  if (deleted.size === 0) return undefined;
  const known = knownFactors(inv);
  const mended = new Map<string, Entry>();
  for (const e of inv.entries) {
    if (!deleted.has(e.id) || leftOut.has(e.id)) continue;
    const m = withoutDeletedFactors(e, known);
    if (m) mended.set(e.id, m);
    else leftOut.add(e.id);
  }
  return mended.size > 0 ? mended : undefined;
}

/**
 * The partner's details as a report uses them: a problem in a field no figure depends on (the business ID, the
 * sector, the municipality) is a warning, and the field is left out of the report and its files, which stay
 * valid; the report is made (issue 10: a free-text sector blocked the results). A sector in TOL's form whose
 * division TOL 2008 does not have is said the same way, and so is a problem in the commitment (issue 12):
 * the year's figures do not depend on it, and the report is made without it and its progress.
 */
function optionalFieldsWarn(org: { organization: Organization; issues: Issue[] }): {
  organization: Organization;
  issues: Issue[];
} {
  const organization = { ...org.organization };
  const issues = org.issues.map((i) => {
    // The commitment is not a figure of the year: a problem in it leaves it (and the progress) out, said.
    const field =
      i.path.startsWith('/organization/commitment/') || i.path === '/organization/commitment'
        ? 'commitment'
        : OPTIONAL_ORGANIZATION_FIELDS.find((f) => i.path === `/organization/${f}`);
    if (!field) return i;
    delete organization[field];
    return { ...i, severity: 'warning' as const };
  });
  if (organization.sector !== undefined && sectorCodeProblem(organization.sector)) {
    issues.push({
      severity: 'warning',
      path: '/organization/sector',
      code: 'enum',
      params: { value: organization.sector.slice(0, 80), shape: 'sector' },
    });
    delete organization.sector;
  }
  return { organization, issues };
}

interface Checked {
  inventory: Inventory;
  issues: Issue[];
  result: InventoryResult | null;
}

function strict(partner: PartnerYears, year: number, setOf: FactorSetOf): YearEvaluation {
  if (!partner.organization) throw new Error('A strict evaluation needs the partner’s details');
  yearOf(partner, year);
  const org = optionalFieldsWarn(checkOrganizationRecord(partner.organization));
  const sites = new Set(partner.organization.sites.map((s) => s.id));
  let years = partner.inventories.filter((i) => i.year <= year).sort((a, b) => a.year - b.year);
  const yearsLeftOut: number[] = [];
  for (;;) {
    // Paths as in a file of these years (`/inventories/1/entries/3`): the city file's results carry them.
    const checked = years.map((inv, k) => checkStrict(inv, setOf(inv.factorSet) ?? null, sites, k));
    const at = years.findIndex((i) => i.year === year);
    const own = checked[at] as Checked;
    if (hasErrors(org.issues) || own.result === null) {
      const base = `/inventories/${at}`;
      const issues = own.issues.map((i) => ({ ...i, path: i.path.slice(base.length) }));
      return {
        year,
        result: null,
        issues: [...org.issues, ...issues],
        leftOut: new Set(),
        completeness: completeness(own.inventory),
      };
    }
    const broken = new Set(years.filter((_i, k) => checked[k]?.result === null).map((i) => i.year));
    if (broken.size > 0) {
      yearsLeftOut.push(...broken);
      years = years.filter((i) => !broken.has(i.year));
      continue;
    }
    const results = checked.map((c) => c.result as InventoryResult);
    return {
      year,
      result: own.result,
      issues: org.issues,
      leftOut: new Set(),
      completeness: completeness(own.inventory),
      report: {
        organization: org.organization,
        inventories: checked.map((c) => c.inventory),
        results,
        comparisons: compareResults(results, org.organization.baseYear),
        yearsLeftOut: yearsLeftOut.sort((a, b) => a - b),
      },
    };
  }
}

/**
 * One year of a report: the format's checks of its records (lengths, ids, the business ID: what a file of it
 * must meet), and the same meaning checks and calculation as lenient. The meaning checks run on the year as
 * the app holds it even when the format's checks fail, so the report names every wrong entry at once; a
 * problem both find is listed once.
 */
function checkStrict(inv: Inventory, set: FactorSet | null, sites: ReadonlySet<string>, k: number): Checked {
  const base = `/inventories/${k}`;
  const record = checkInventoryRecord(inv, sites, base);
  const seen = new Set(record.issues.map((i) => `${i.path}|${i.code}`));
  const issues = [
    ...record.issues,
    ...checkYear(inv, set, sites, base).filter((i) => !seen.has(`${i.path}|${i.code}`)),
  ];
  if (!set || hasErrors(issues)) return { inventory: record.inventory, issues, result: null };
  const done = calculateYear(
    record.inventory,
    set,
    base,
    issues.filter((i) => i.severity === 'warning'),
  );
  if ('issue' in done) return { inventory: record.inventory, issues: [...issues, done.issue], result: null };
  return { inventory: record.inventory, issues, result: done.result };
}
