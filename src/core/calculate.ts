/**
 * The calculation: an inventory and a factor set in, per-entry emissions with traces and every total out.
 * Pure: no clock, no storage, no DOM. Input is expected to have passed validateInventory(); anything it
 * still cannot compute throws a CalculationError rather than counting as zero.
 *
 * Everything that depends only on (category, activity, unit, custom factor) is resolved once into a Plan and
 * shared by all entries that use it, so an entry costs a multiply-and-add and its own few small objects.
 */
import { aggregate } from './aggregate';
import { scopeOf } from './categories';
import { totalProblem } from './checkTotals';
import { addInto, emissions, type Market, type Plan } from './entryResult';
import type { FactorSet, FuelRecord } from './factorSet';
import { GwpError } from './gwp';
import { allocateShares } from './instruments';
import type { CustomFactor, Entry, Inventory } from './inventory';
import { CalculationError, type Issue, pointer } from './issues';
import { coefficientMagnitude, MAX_RESULT, resultProblem } from './limits';
import type { Coefficients, ResolvedConversion, ResolvedFactor, SetIndex } from './resolve';
import {
  ConversionCache,
  indexSet,
  resolveCustomFactor,
  resolveFactor,
  resolveGas,
  withRfUplift,
} from './resolve';
import type { Emissions, InventoryResult, MarketPart, Trace, TraceNote } from './results';
import type { UnitId } from './units';
import { UnitError } from './units';

export interface CalculationContext {
  factorSet: FactorSet;
}

type Fail = (tail: string, code: Issue['code'], params: Issue['params']) => never;

/** Caches that live for one calculation of one inventory (and for validation's check of its magnitudes). */
export class Run {
  readonly index: SetIndex;
  readonly conversions = new ConversionCache();
  private readonly factors = new Map<string, ResolvedFactor>();
  private readonly plans = new Map<
    string,
    { category: Entry['category']; unit: UnitId; customFactor: string | undefined; plan: Plan }[]
  >();
  readonly custom: Map<string, CustomFactor>;
  readonly planList: Plan[] = [];

  constructor(
    readonly set: FactorSet,
    readonly inventory: Inventory,
  ) {
    this.index = indexSet(set);
    this.custom = new Map(inventory.customFactors.map((c) => [c.id, c]));
  }

  factor(id: string, fail: Fail, tail: string): ResolvedFactor {
    let r = this.factors.get(id);
    if (!r) {
      const f = this.index.factors.get(id);
      if (!f) return fail(tail, 'unknown-factor', { factor: id });
      r = resolveFactor(f, this.set, this.inventory.year, this.inventory.gwp);
      this.factors.set(id, r);
    }
    return r;
  }

  customFactor(id: string, fail: Fail, tail: string): ResolvedFactor {
    const key = `custom:${id}`;
    let r = this.factors.get(key);
    if (!r) {
      const cf = this.custom.get(id);
      if (!cf) return fail(tail, 'unknown-factor', { factor: id });
      r = resolveCustomFactor(cf, this.inventory.year, this.inventory.gwp);
      this.factors.set(key, r);
    }
    return r;
  }

  plan(entry: Entry, fail: Fail): Plan {
    // Looked up by activity, then a short scan: cheaper than building a string key for every entry.
    let list = this.plans.get(entry.activity);
    if (!list) {
      list = [];
      this.plans.set(entry.activity, list);
    }
    for (let i = 0; i < list.length; i++) {
      const k = list[i] as (typeof list)[number];
      if (k.category === entry.category && k.unit === entry.unit && k.customFactor === entry.customFactor)
        return k.plan;
    }
    const plan = this.makePlan(entry, fail);
    this.planList.push(plan);
    list.push({ category: entry.category, unit: entry.unit, customFactor: entry.customFactor, plan });
    return plan;
  }

  private makePlan(entry: Entry, fail: Fail): Plan {
    const inv = this.inventory;
    const scope = scopeOf(entry.category);
    const notes: TraceNote[] = [];
    const activity = entry.activity === 'custom' ? undefined : this.index.activities.get(entry.activity);
    if (entry.activity !== 'custom' && !activity)
      return fail('/activity', 'unknown-activity', { activity: entry.activity });
    if (activity && !activity.categories.includes(entry.category)) {
      return fail('/category', 'activity-category', { activity: activity.id, category: entry.category });
    }
    let resolved: ResolvedFactor | undefined;
    let gas: Trace['gas'];
    let coefficients: Coefficients;
    if (entry.customFactor !== undefined) {
      resolved = this.customFactor(entry.customFactor, fail, '/customFactor');
      coefficients = resolved.coefficients;
    } else if (!activity) {
      return fail('/customFactor', 'custom-activity-needs-factor', {});
    } else if (activity.gas !== undefined) {
      const g = resolveGas(activity.gas, inv.gwp);
      gas = { name: activity.gas, composition: g.composition };
      coefficients = g.coefficients;
    } else {
      const useRF = inv.radiativeForcing && activity.factorWithRF !== undefined;
      const id = useRF ? activity.factorWithRF : activity.factor;
      if (!id) throw new Error(`Activity ${activity.id} has no factor`);
      resolved = this.factor(id, fail, '/activity');
      coefficients = resolved.coefficients;
      if (useRF && activity.factor !== undefined) {
        coefficients = withRfUplift(
          coefficients,
          this.factor(activity.factor, fail, '/activity').coefficients,
        );
      }
      if (activity.factorWithRF !== undefined)
        notes.push(useRF ? 'radiative-forcing-included' : 'radiative-forcing-excluded');
    }
    if (resolved) notes.push(...resolved.notes);
    const fuel: FuelRecord | undefined = activity?.fuel ? this.index.fuels.get(activity.fuel) : undefined;
    const targetUnit: UnitId = resolved ? resolved.unit : 'kg';
    let conv: ResolvedConversion;
    try {
      conv = this.conversions.get(entry.unit, targetUnit, activity?.fuel, fuel?.properties);
    } catch (e) {
      if (!(e instanceof UnitError)) throw e;
      return fail('/unit', e.code === 'no-conversion' ? 'no-conversion' : e.code, {
        ...e.params,
        unit: entry.unit,
      });
    }
    let rest: Plan['rest'];
    if (scope === 2 && resolved) {
      if (activity?.marketFactor !== undefined && entry.customFactor === undefined) {
        const factor = this.factor(activity.marketFactor, fail, '/activity');
        let restConv: ResolvedConversion;
        try {
          restConv = this.conversions.get(entry.unit, factor.unit, activity.fuel, fuel?.properties);
        } catch (e) {
          if (!(e instanceof UnitError)) throw e;
          return fail('/unit', 'wrong-dimension', { unit: entry.unit, expected: factor.unit });
        }
        rest = { factor, kind: 'residual-mix', scale: restConv.factor / conv.factor };
      } else {
        rest = { factor: resolved, kind: 'location-fallback', scale: 1 };
      }
    }
    const baseNotes = [...notes];
    if (rest?.kind === 'location-fallback') notes.push('no-residual-mix');
    const restLimit = rest ? coefficientMagnitude(rest.factor.coefficients) * rest.scale : 0;
    return {
      limit: Math.max(coefficientMagnitude(coefficients), restLimit),
      index: this.planList.length,
      category: entry.category,
      activity: entry.activity,
      ...(entry.customFactor !== undefined ? { customFactor: entry.customFactor } : {}),
      scope,
      coefficients,
      unit: entry.unit,
      conv,
      targetUnit,
      notes,
      baseNotes,
      ...(resolved ? { resolved } : {}),
      ...(gas ? { gas } : {}),
      ...(rest ? { rest } : {}),
    };
  }
}

/**
 * Scope 2 market-based with contractual instruments, following the Scope 2 Guidance hierarchy: certificates
 * cover their shares first, a supplier-specific factor covers what they leave, the rest is at the residual
 * mix; where no residual mix exists (heat, steam, cooling) the location-based factor stands in.
 */
function marketWithInstruments(run: Run, entry: Entry, plan: Plan, amount: number, fail: Fail): Market {
  const rest = plan.rest as NonNullable<Plan['rest']>;
  const instruments = entry.instruments ?? [];
  const market: Emissions = { gases: {}, co2eByGas: {}, co2e: 0 };
  const parts: MarketPart[] = [];
  const allocation = allocateShares(instruments);
  if (!allocation.ok) {
    return fail(`/instruments/${allocation.index}/share`, 'instrument-share', {
      share: allocation.share,
      left: allocation.left,
    });
  }
  const { left } = allocation;
  for (const { index: i, share } of allocation.parts) {
    const inst = instruments[i] as (typeof instruments)[number];
    if (inst.factor === undefined) {
      parts.push({ kind: inst.kind, share, factor: null, co2e: 0, note: inst.note });
      continue;
    }
    const f = run.customFactor(inst.factor, fail, `/instruments/${i}/factor`);
    let conv: ResolvedConversion;
    try {
      conv = run.conversions.get(entry.unit, f.unit, undefined, undefined);
    } catch (e) {
      if (!(e instanceof UnitError)) throw e;
      return fail(`/instruments/${i}/factor`, 'wrong-dimension', { unit: entry.unit, expected: f.unit });
    }
    const amountThere = entry.quantity * conv.factor;
    const problem = resultProblem(amountThere, coefficientMagnitude(f.coefficients));
    if (problem) return fail('/quantity', 'result-limit', { what: problem, unit: f.unit, limit: MAX_RESULT });
    const e = emissions(f.coefficients, amountThere * share);
    addInto(market, e);
    parts.push({ kind: inst.kind, share, factor: f.trace, co2e: e.co2e, note: inst.note });
  }
  if (left > 1e-12) {
    const e = emissions(rest.factor.coefficients, amount * rest.scale * left);
    addInto(market, e);
    parts.push({ kind: rest.kind, share: left, factor: rest.factor.trace, co2e: e.co2e });
  }
  return { market, parts };
}

/** Calculates one inventory. Throws CalculationError (with the entry's path) on input it cannot compute. */
export function calculateInventory(
  inventory: Inventory,
  ctx: CalculationContext,
  basePath = '',
): InventoryResult {
  const run = new Run(ctx.factorSet, inventory);
  const list = inventory.entries;
  const plans: Plan[] = new Array(list.length);
  const amounts = new Float64Array(list.length);
  const explicit = new Map<number, Market>();
  let i = 0;
  // The path is built only when something fails: building it for every entry would cost more than the sum.
  const fail: Fail = (tail, code, params) => {
    throw new CalculationError({
      severity: 'error',
      path: `${basePath}${pointer('entries', i)}${tail}`,
      code,
      params,
      record: { kind: 'entry', id: list[i]?.id ?? '' },
    });
  };
  for (; i < list.length; i++) {
    try {
      const entry = list[i] as Entry;
      const plan = run.plan(entry, fail);
      const amount = entry.quantity * plan.conv.factor;
      // A figure that would not be finite, or beyond the limits, is an error: validation should have said so.
      const problem = resultProblem(amount, plan.limit);
      if (problem)
        fail('/quantity', 'result-limit', { what: problem, unit: plan.targetUnit, limit: MAX_RESULT });
      plans[i] = plan;
      amounts[i] = amount;
      if (plan.rest && entry.instruments && entry.instruments.length > 0) {
        explicit.set(i, marketWithInstruments(run, entry, plan, amount, fail));
      }
    } catch (e) {
      if (e instanceof GwpError) fail('', 'unknown-gas', { gas: e.gas, set: e.set });
      throw e;
    }
  }
  const result = aggregate(inventory, { entries: list, plans, amounts, explicit, planList: run.planList });
  const over = totalProblem(result);
  if (over) {
    throw new CalculationError({
      severity: 'error',
      path: `${basePath}/entries`,
      code: 'total-limit',
      params: { what: over, limit: MAX_RESULT },
    });
  }
  return result;
}
