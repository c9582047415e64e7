/**
 * Checks an inventory's meaning against a factor set before anything is computed: every problem with its
 * path, all at once, so a user can fix them in one go. Structural checks of files live in src/io.
 */
import { categoryInfo, isCategoryId, scopeOf } from './categories';
import type { FactorSet } from './factorSet';
import { factorSetKey, valueForYear } from './factorSet';
import { gasComposition, gasInfo, gwpOf, INVENTORY_GWP_SETS, isGwpSetId } from './gwp';
import { allocateShares } from './instruments';
import type { CustomFactor, Entry, Inventory } from './inventory';
import type { Issue, IssueCode, IssueRecord } from './issues';
import { escapePointer, pointer } from './issues';
import { MAX_INPUT, MAX_RESULT, MIN_METRIC, withinInput } from './limits';
import { checkMagnitudes } from './magnitudes';
import { checkOwnFactor } from './ownFactorCheck';
import { contextOfUses, type OwnFactorUse, usesByFactor } from './ownFactorContext';
import { indexSet, type SetIndex } from './resolve';
import { conversionPath, isUnit, pathFactor, UnitError, type UnitId } from './units';

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Grid factors change every year; a value older than this many years gets a warning. */
export const STALE_AFTER_YEARS = 2;

/**
 * `acrossEntries: false` leaves out the checks between entries (checkAcrossEntries): for a part of a year's
 * entries, whose caller makes them once over the whole year.
 */
export function validateInventory(
  inv: Inventory,
  set: FactorSet,
  sites: ReadonlySet<string>,
  base = '',
  options: { acrossEntries?: boolean } = {},
): Issue[] {
  const issues: Issue[] = [];
  // The record being checked: every problem found meanwhile carries it (Issue.record). Kept as its kind and
  // id, made into an object only for a problem: a year may have 20,000 entries and no problem.
  let aboutKind: IssueRecord['kind'] | undefined;
  let aboutId = '';
  const about = (kind: IssueRecord['kind'] | undefined, id = '') => {
    aboutKind = kind;
    aboutId = id;
  };
  const add = (severity: Issue['severity'], path: string, code: IssueCode, params: Issue['params']) =>
    issues.push(
      aboutKind
        ? { severity, path: base + path, code, params, record: { kind: aboutKind, id: aboutId } }
        : { severity, path: base + path, code, params },
    );
  const err = (path: string, code: IssueCode, params: Issue['params'] = {}) =>
    add('error', path, code, params);
  const warn = (path: string, code: IssueCode, params: Issue['params'] = {}) =>
    add('warning', path, code, params);

  if (!Number.isInteger(inv.year) || inv.year < MIN_YEAR || inv.year > MAX_YEAR) {
    err('/year', 'year-range', { value: inv.year, min: MIN_YEAR, max: MAX_YEAR });
  }
  if (!INVENTORY_GWP_SETS.includes(inv.gwp))
    err('/gwp', 'enum', { value: inv.gwp, allowed: INVENTORY_GWP_SETS.join(', ') });
  if (inv.factorSet.id !== set.id || inv.factorSet.release !== set.release) {
    err('/factorSet', 'factor-set-unknown', {
      wanted: factorSetKey(inv.factorSet),
      available: factorSetKey(set),
    });
  }
  const gwp = isGwpSetId(inv.gwp) ? inv.gwp : 'AR6';
  const idx = indexSet(set);
  const conversions = new Map<string, 'no-conversion' | 'wrong-dimension' | null>();

  const custom = new Map<string, CustomFactor>();
  // Custom factors with a number outside the limits: an entry using one is not computed either.
  const unbounded = new Set<string>();
  const tooLarge = (path: string, value: number, id: string) => {
    err(path, 'number-limit', { value: String(value), bound: 'max', limit: MAX_INPUT });
    unbounded.add(id);
  };
  let usesMap: Map<string, OwnFactorUse[]> | undefined;
  const uses = () => {
    usesMap ??= usesByFactor(inv);
    return usesMap;
  };
  inv.customFactors.forEach((cf, i) => {
    const at = pointer('customFactors', i);
    about('customFactor', cf.id);
    if (custom.has(cf.id)) err(`${at}/id`, 'duplicate-id', { id: cf.id });
    custom.set(cf.id, cf);
    if (!cf.source || cf.source.trim() === '') err(`${at}/source`, 'custom-factor-source', { id: cf.id });
    if (!isUnit(cf.unit)) err(`${at}/unit`, 'unknown-unit', { unit: cf.unit });
    if (!Number.isInteger(cf.year) || cf.year < MIN_YEAR || cf.year > MAX_YEAR) {
      err(`${at}/year`, 'year-range', { value: cf.year, min: MIN_YEAR, max: MAX_YEAR });
    }
    const v = cf.value;
    if (!v.gases && !v.co2eParts && v.co2e === undefined)
      err(`${at}/value`, 'factor-value-empty', { id: cf.id });
    for (const key of ['gases', 'co2eParts'] as const) {
      for (const [gas, amount] of Object.entries(v[key] ?? {})) {
        if (!gasInfo(gas)) err(`${at}/value/${key}/${escapePointer(gas)}`, 'unknown-gas', { gas });
        else {
          try {
            gwpOf(gas, key === 'co2eParts' ? (v.co2eGwp ?? gwp) : gwp);
          } catch {
            err(`${at}/value/${key}/${escapePointer(gas)}`, 'unknown-gas', { gas, set: gwp });
          }
        }
        // A negative value is refused by the own-factor rule (ownFactorCheck.ts), with its own message.
        if (!Number.isFinite(amount))
          err(`${at}/value/${key}/${escapePointer(gas)}`, 'not-a-number', { value: amount });
        else if (!withinInput(amount)) tooLarge(`${at}/value/${key}/${escapePointer(gas)}`, amount, cf.id);
      }
    }
    for (const key of ['co2e', 'biogenicCO2'] as const) {
      const n = v[key];
      if (n === undefined) continue;
      if (!Number.isFinite(n)) err(`${at}/value/${key}`, 'not-a-number', { value: String(n) });
      else if (!withinInput(n)) tooLarge(`${at}/value/${key}`, n, cf.id);
    }
    if (v.co2eParts && !v.co2eGwp) err(`${at}/value/co2eGwp`, 'required', {});
    if ((v.gases && v.co2eParts) || (v.co2e !== undefined && (v.gases || v.co2eParts))) {
      err(`${at}/value`, 'factor-value-ambiguous', {});
    }
    const ctx = contextOfUses(cf, uses().get(cf.id) ?? [], set, inv.year, gwp, inv.radiativeForcing);
    for (const f of checkOwnFactor(cf, ctx)) add(f.severity, `${at}${f.field}`, f.code, f.params);
  });

  const ids = new Set<string>();
  // Entries without an error of their own: their results are checked against the limits below.
  const clean: number[] = [];
  inv.entries.forEach((e, i) => {
    // pointer('entries', i) written out: an index needs no escaping, and this runs for every entry.
    const at = `/entries/${i}`;
    about('entry', e.id);
    if (ids.has(e.id)) err(`${at}/id`, 'duplicate-id', { id: e.id });
    ids.add(e.id);
    const before = issues.length;
    validateEntry(e, at);
    if (issues.length === before) clean.push(i);
  });
  const stale = new Set<string>();
  about(undefined);
  inv.entries.forEach((e, i) => {
    if (!isCategoryId(e.category) || scopeOf(e.category) !== 2 || e.customFactor !== undefined) return;
    const a = idx.activities.get(e.activity);
    for (const fid of [a?.factor, a?.marketFactor]) {
      const f = fid ? idx.factors.get(fid) : undefined;
      if (!f || f.values.length === 0 || stale.has(f.id)) continue;
      const { value } = valueForYear(f, inv.year);
      if (value.year < inv.year - STALE_AFTER_YEARS || value.year > inv.year) {
        stale.add(f.id);
        about('entry', e.id);
        // The fix differs: a grid average beside a market factor comes only in a newer set, others from a supplier.
        const basis = fid === a?.factor && a?.marketFactor !== undefined ? 'location' : 'supplier';
        warn(pointer('entries', i), 'stale-factor', {
          factor: f.id,
          // Issues carry no language: the factor's name in each, for the message rather than its id.
          nameFi: f.names.fi,
          nameEn: f.names.en,
          ...(f.names.sv ? { nameSv: f.names.sv } : {}),
          valueYear: value.year,
          year: inv.year,
          basis,
        });
      }
    }
  });
  const across = options.acrossEntries !== false;
  if (across) issues.push(...doubleCounts(inv.entries, base));

  inv.excluded.forEach((x, i) => {
    const at = pointer('excluded', i);
    about('exclusion', x.category);
    if (!isCategoryId(x.category)) err(`${at}/category`, 'unknown-category', { category: x.category });
    if (!x.reason || x.reason.trim() === '') err(`${at}/reason`, 'required', {});
    if (inv.entries.some((e) => e.category === x.category)) {
      warn(`${at}/category`, 'excluded-with-entries', { category: x.category });
    }
  });

  about(undefined);
  for (const [k, v] of Object.entries(inv.metrics)) {
    if (v === undefined) continue;
    const n =
      k === 'production' && typeof v === 'object' && v !== null ? (v as { amount: unknown }).amount : v;
    const at = k === 'production' ? '/metrics/production/amount' : `/metrics/${k}`;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
      err(at, 'not-a-number', { value: String(n) });
    } else if (!withinInput(n)) {
      err(at, 'number-limit', { value: String(n), bound: 'max', limit: MAX_INPUT });
    } else if (n !== 0 && n < MIN_METRIC) {
      // A metric divides the totals: a tiny one would make an intensity too large to hold.
      err(at, 'number-limit', { value: String(n), bound: 'min', limit: MIN_METRIC });
    }
  }
  if (across) issues.push(...negativeNets(inv.entries, idx, base));
  // What the entries would make, once the year is known to be calculable with this set.
  if (set.id === inv.factorSet.id && set.release === inv.factorSet.release && isGwpSetId(inv.gwp)) {
    checkMagnitudes(inv, set, clean, (i, tail, code, params) => {
      about(i === null ? undefined : 'entry', i === null ? '' : inv.entries[i]?.id);
      err(i === null ? `/entries${tail}` : `${pointer('entries', i)}${tail}`, code, params);
    });
  }
  return issues;

  function validateEntry(e: Entry, at: string): void {
    if (!isCategoryId(e.category)) {
      err(`${at}/category`, 'unknown-category', { category: e.category });
      return;
    }
    const activity = e.activity === 'custom' ? undefined : idx.activities.get(e.activity);
    if (e.activity !== 'custom' && !activity)
      err(`${at}/activity`, 'unknown-activity', { activity: e.activity });
    if (activity && !activity.categories.includes(e.category)) {
      err(`${at}/category`, 'activity-category', { activity: e.activity, category: e.category });
    }
    if (e.activity === 'custom' && e.customFactor === undefined)
      err(`${at}/customFactor`, 'custom-activity-needs-factor');
    if (typeof e.quantity !== 'number' || !Number.isFinite(e.quantity)) {
      err(`${at}/quantity`, 'not-a-number', { value: String(e.quantity) });
    } else if (!withinInput(e.quantity)) {
      err(`${at}/quantity`, 'number-limit', { value: String(e.quantity), bound: 'max', limit: MAX_INPUT });
    } else if (e.quantity < 0 && (!categoryInfo(e.category).allowsNegative || activity?.gas === undefined)) {
      // Negative only for a gas in the fugitive mass balance (refrigerant recovered, charge of new equipment).
      err(`${at}/quantity`, 'negative-quantity', { value: e.quantity, category: e.category });
    }
    if (e.customFactor !== undefined && activity?.marketFactor !== undefined) {
      // A contract's factor is a market-based instrument; as a custom factor it would replace the grid factor.
      err(`${at}/customFactor`, 'custom-factor-market', { activity: activity.id });
    }
    let targetUnit: string | undefined;
    let cf: CustomFactor | undefined;
    if (e.customFactor !== undefined) {
      cf = custom.get(e.customFactor);
      if (!cf) err(`${at}/customFactor`, 'factor-deleted', { fallback: activity ? 'default' : 'none' });
      else targetUnit = cf.unit;
      if (cf && unbounded.has(cf.id))
        err(`${at}/customFactor`, 'result-limit', { what: 'co2e', limit: MAX_RESULT });
    } else if (activity?.gas !== undefined) {
      targetUnit = 'kg';
      for (const c of gasComposition(activity.gas) ?? []) {
        if (gasInfo(c.gas)?.gwp[gwp] === undefined)
          err(`${at}/activity`, 'unknown-gas', { gas: c.gas, set: gwp });
      }
    } else if (activity) {
      const fid = inv.radiativeForcing && activity.factorWithRF ? activity.factorWithRF : activity.factor;
      const factor = fid ? idx.factors.get(fid) : undefined;
      targetUnit = factor?.unit;
      if (!factor) err(`${at}/activity`, 'unknown-factor', { factor: String(fid) });
      for (const f of [factor, activity.marketFactor ? idx.factors.get(activity.marketFactor) : undefined]) {
        if (f && f.values.length > 0) checkGases(valueForYear(f, inv.year).value, `${at}/activity`);
      }
    }
    if (!isUnit(e.unit)) err(`${at}/unit`, 'unknown-unit', { unit: e.unit });
    else if (targetUnit && isUnit(targetUnit)) {
      const problem = conversionProblem(e.unit, targetUnit, activity?.fuel);
      if (problem) err(`${at}/unit`, problem, { unit: e.unit, expected: targetUnit });
    }
    if (e.site !== undefined && !sites.has(e.site)) err(`${at}/site`, 'unknown-site', { site: e.site });
    if (e.period !== undefined) {
      const m = PERIOD.exec(e.period);
      if (!m) err(`${at}/period`, 'period-format', { value: e.period });
      else if (Number(m[1]) !== inv.year)
        err(`${at}/period`, 'period-year', { value: e.period, year: inv.year });
    }
    const instruments = e.instruments ?? [];
    if (instruments.length > 0 && scopeOf(e.category) !== 2)
      err(`${at}/instruments`, 'instrument-scope2-only');
    let suppliers = 0;
    instruments.forEach((x, j) => {
      const ip = `${at}/instruments/${j}`;
      if (x.kind === 'supplier') suppliers++;
      if (x.share !== undefined && (!Number.isFinite(x.share) || x.share < 0 || x.share > 1)) {
        err(`${ip}/share`, 'instrument-share', { share: x.share });
      }
      const xf = x.factor !== undefined ? custom.get(x.factor) : undefined;
      if (x.factor !== undefined && !xf) err(`${ip}/factor`, 'factor-deleted', { fallback: 'instrument' });
      if (xf && unbounded.has(xf.id))
        err(`${ip}/factor`, 'result-limit', { what: 'co2e', limit: MAX_RESULT });
      if (x.kind === 'supplier' && x.factor === undefined) err(`${ip}/factor`, 'instrument-needs-factor');
      if (xf && isUnit(e.unit) && isUnit(xf.unit)) {
        try {
          conversionPath(e.unit, xf.unit);
        } catch {
          err(`${ip}/factor`, 'wrong-dimension', { unit: e.unit, expected: xf.unit });
        }
      }
      if (!x.note || x.note.trim() === '') err(`${ip}/note`, 'required');
    });
    const allocation = allocateShares(instruments);
    if (!allocation.ok) {
      err(`${at}/instruments/${allocation.index}/share`, 'instrument-share', {
        share: allocation.share,
        left: allocation.left,
      });
    }
    if (suppliers > 1) err(`${at}/instruments`, 'instrument-supplier-twice');
  }

  /** Whether a unit converts to a factor's unit (through the fuel's properties); memoized per combination. */
  function conversionProblem(
    from: string,
    to: string,
    fuelId: string | undefined,
  ): 'no-conversion' | 'wrong-dimension' | null {
    const key = `${from}|${to}|${fuelId ?? ''}`;
    let r = conversions.get(key);
    if (r === undefined) {
      r = null;
      try {
        conversionPath(from as UnitId, to as UnitId, fuelId ? idx.fuels.get(fuelId)?.properties : undefined);
      } catch (x) {
        if (!(x instanceof UnitError)) throw x;
        r = x.code === 'no-conversion' ? 'no-conversion' : 'wrong-dimension';
      }
      conversions.set(key, r);
    }
    return r;
  }

  /** Every gas of a factor value needs a GWP in the sets the calculation will use. */
  function checkGases(
    v: { gases?: Record<string, number>; co2eParts?: Record<string, number>; co2eGwp?: string },
    path: string,
  ): void {
    for (const gas of Object.keys(v.gases ?? {})) {
      if (gasInfo(gas)?.gwp[gwp] === undefined) err(path, 'unknown-gas', { gas, set: gwp });
    }
    for (const gas of Object.keys(v.co2eParts ?? {})) {
      const src = v.co2eGwp && isGwpSetId(v.co2eGwp) ? v.co2eGwp : gwp;
      if (gasInfo(gas)?.gwp[gwp] === undefined || gasInfo(gas)?.gwp[src] === undefined) {
        err(path, 'unknown-gas', { gas, set: gwp });
      }
    }
  }
}

/**
 * The checks between entries, which a part of a year's entries cannot make alone: a monthly entry beside a
 * whole-year one of the same activity, site and factor (`double-count`), and a gas's fugitive mass balance
 * below zero (`negative-net`, an error at the gas's first entry). Paths and records as validateInventory's.
 */
export function checkAcrossEntries(entries: readonly Entry[], set: FactorSet, base = ''): Issue[] {
  return [...doubleCounts(entries, base), ...negativeNets(entries, indexSet(set), base)];
}

function doubleCounts(entries: readonly Entry[], base: string): Issue[] {
  // Only an activity with a whole-year entry can be counted twice: most entries of a big year need no key.
  const yearly = new Set<string>();
  for (const e of entries) if (e.period === undefined) yearly.add(e.activity);
  if (yearly.size === 0) return [];
  const wholeYear = new Map<string, number>();
  const monthly = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!yearly.has(e.activity)) return;
    const key = `${e.category}|${e.activity}|${e.site ?? ''}|${e.customFactor ?? ''}`;
    (e.period === undefined ? wholeYear : monthly).set(key, i);
  });
  const issues: Issue[] = [];
  for (const [key, i] of monthly) {
    const j = wholeYear.get(key);
    if (j === undefined) continue;
    issues.push({
      severity: 'warning',
      path: base + pointer('entries', i),
      code: 'double-count',
      params: { other: base + pointer('entries', j) },
      record: { kind: 'entry', id: entries[i]?.id ?? '' },
    });
  }
  return issues;
}

function negativeNets(entries: readonly Entry[], idx: SetIndex, base: string): Issue[] {
  // The fugitive mass balance may subtract, but a gas cannot be emitted less than nothing in a year.
  const net = new Map<string, { sum: number; first: number }>();
  entries.forEach((e, i) => {
    if (e.category !== 's1.fugitive' || typeof e.quantity !== 'number') return;
    const cur = net.get(e.activity) ?? { sum: 0, first: i };
    const a = idx.activities.get(e.activity);
    let kg = e.quantity;
    try {
      if (isUnit(e.unit)) kg = e.quantity * pathFactor(conversionPath(e.unit, 'kg'));
    } catch {
      // A unit problem is reported by the entry's own checks.
    }
    if (a?.gas !== undefined) net.set(e.activity, { sum: cur.sum + kg, first: cur.first });
  });
  const issues: Issue[] = [];
  for (const [activity, { sum, first }] of net) {
    if (sum < -1e-9)
      issues.push({
        severity: 'error',
        path: base + pointer('entries', first),
        code: 'negative-net',
        params: { activity, value: sum },
        record: { kind: 'entry', id: entries[first]?.id ?? '' },
      });
  }
  return issues;
}
