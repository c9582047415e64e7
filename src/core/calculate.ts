/**
 * The calculation: an inventory and a factor set in, per-entry emissions with traces and every total out.
 * Pure: no clock, no storage, no DOM. Input is expected to have passed validateInventory(); anything it
 * still cannot compute throws a CalculationError rather than counting as zero.
 */
import { aggregate } from './aggregate';
import { scopeOf } from './categories';
import type { FactorSet, FuelRecord } from './factorSet';
import { GwpError } from './gwp';
import type { CustomFactor, Entry, Inventory } from './inventory';
import { CalculationError, pointer } from './issues';
import type { Coefficients, ResolvedFactor, SetIndex } from './resolve';
import { ConversionCache, indexSet, resolveCustomFactor, resolveFactor, resolveGas } from './resolve';
import type { Emissions, EntryResult, InventoryResult, MarketPart, Trace, TraceNote } from './results';
import { UNSPLIT } from './results';
import { UnitError } from './units';

export interface CalculationContext {
  factorSet: FactorSet;
}

/** Caches that live for one calculation of one inventory. */
class Run {
  readonly index: SetIndex;
  readonly conversions = new ConversionCache();
  private readonly factors = new Map<string, ResolvedFactor>();
  private readonly gases = new Map<string, ReturnType<typeof resolveGas>>();
  readonly custom: Map<string, CustomFactor>;

  constructor(
    readonly set: FactorSet,
    readonly inventory: Inventory,
  ) {
    this.index = indexSet(set);
    this.custom = new Map(inventory.customFactors.map((c) => [c.id, c]));
  }

  factor(id: string, at: string): ResolvedFactor {
    let r = this.factors.get(id);
    if (!r) {
      const f = this.index.factors.get(id);
      if (!f)
        throw new CalculationError({
          severity: 'error',
          path: at,
          code: 'unknown-factor',
          params: { factor: id },
        });
      r = resolveFactor(f, this.set, this.inventory.year, this.inventory.gwp);
      this.factors.set(id, r);
    }
    return r;
  }

  customFactor(id: string, at: string): ResolvedFactor {
    const key = `custom:${id}`;
    let r = this.factors.get(key);
    if (!r) {
      const cf = this.custom.get(id);
      if (!cf)
        throw new CalculationError({
          severity: 'error',
          path: at,
          code: 'unknown-factor',
          params: { factor: id },
        });
      r = resolveCustomFactor(cf, this.inventory.year, this.inventory.gwp);
      this.factors.set(key, r);
    }
    return r;
  }

  gas(name: string) {
    let r = this.gases.get(name);
    if (!r) {
      r = resolveGas(name, this.inventory.gwp);
      this.gases.set(name, r);
    }
    return r;
  }
}

function emissions(c: Coefficients, amount: number): Emissions {
  const gases: Record<string, number> = {};
  const co2eByGas: Record<string, number> = {};
  for (const [gas, mass, e] of c.terms) {
    if (gas !== UNSPLIT) gases[gas] = mass * amount;
    co2eByGas[gas] = e * amount;
  }
  return { gases, co2eByGas, co2e: c.co2e * amount };
}

function addInto(target: Emissions, add: Emissions): void {
  for (const [g, v] of Object.entries(add.gases)) target.gases[g] = (target.gases[g] ?? 0) + v;
  for (const [g, v] of Object.entries(add.co2eByGas)) target.co2eByGas[g] = (target.co2eByGas[g] ?? 0) + v;
  target.co2e += add.co2e;
}

function calculateEntry(run: Run, entry: Entry, at: string): EntryResult {
  const inv = run.inventory;
  const scope = scopeOf(entry.category);
  const notes: TraceNote[] = [];
  const activity = entry.activity === 'custom' ? undefined : run.index.activities.get(entry.activity);
  if (entry.activity !== 'custom' && !activity) {
    throw new CalculationError({
      severity: 'error',
      path: `${at}/activity`,
      code: 'unknown-activity',
      params: { activity: entry.activity },
    });
  }
  if (activity && !activity.categories.includes(entry.category)) {
    throw new CalculationError({
      severity: 'error',
      path: `${at}/category`,
      code: 'activity-category',
      params: { activity: activity.id, category: entry.category },
    });
  }
  if (entry.quantity < 0) notes.push('negative-quantity');

  let resolved: ResolvedFactor | undefined;
  let gasInfo: ReturnType<typeof resolveGas> | undefined;
  let gasName: string | undefined;
  if (entry.customFactor !== undefined) {
    resolved = run.customFactor(entry.customFactor, `${at}/customFactor`);
  } else if (!activity) {
    throw new CalculationError({
      severity: 'error',
      path: `${at}/customFactor`,
      code: 'custom-activity-needs-factor',
      params: {},
    });
  } else if (activity.gas !== undefined) {
    gasName = activity.gas;
    gasInfo = run.gas(activity.gas);
  } else {
    const useRF = inv.radiativeForcing && activity.factorWithRF !== undefined;
    const id = useRF ? activity.factorWithRF : activity.factor;
    if (!id) throw new Error(`Activity ${activity.id} has no factor`);
    resolved = run.factor(id, `${at}/activity`);
    if (activity.factorWithRF !== undefined) {
      notes.push(useRF ? 'radiative-forcing-included' : 'radiative-forcing-excluded');
    }
  }

  const fuelId = activity?.fuel;
  const fuel: FuelRecord | undefined = fuelId ? run.index.fuels.get(fuelId) : undefined;
  const targetUnit = resolved ? resolved.unit : 'kg';
  let conv: ReturnType<ConversionCache['get']>;
  try {
    conv = run.conversions.get(entry.unit, targetUnit, fuelId, fuel?.properties);
  } catch (e) {
    if (e instanceof UnitError) {
      throw new CalculationError({
        severity: 'error',
        path: `${at}/unit`,
        code: e.code === 'no-conversion' ? 'no-conversion' : e.code,
        params: { ...e.params, unit: entry.unit },
      });
    }
    throw e;
  }
  const amount = entry.quantity * conv.factor;
  const coefficients = resolved
    ? resolved.coefficients
    : (gasInfo as ReturnType<typeof resolveGas>).coefficients;
  const location = emissions(coefficients, amount);
  const biogenicCO2 = coefficients.biogenicCO2 * amount;
  if (resolved) notes.push(...resolved.notes);

  let market: Emissions | undefined;
  let marketParts: MarketPart[] | undefined;
  if (scope === 2 && resolved) {
    ({ market, parts: marketParts } = marketBased(
      run,
      entry,
      activity?.marketFactor,
      resolved,
      amount,
      at,
      notes,
    ));
  }

  const trace: Trace = {
    quantity: { value: entry.quantity, unit: entry.unit },
    conversions: conv.steps,
    converted: { value: amount, unit: targetUnit },
    gwpSet: inv.gwp,
    gwp: coefficients.gwp,
    notes,
    ...(resolved ? { factor: resolved.trace } : {}),
    ...(gasInfo && gasName ? { gas: { name: gasName, composition: gasInfo.composition } } : {}),
    ...(marketParts ? { market: marketParts } : {}),
  };
  return {
    entryId: entry.id,
    category: entry.category,
    scope,
    activity: entry.activity,
    location,
    biogenicCO2,
    trace,
    ...(market ? { market } : {}),
    ...(entry.site !== undefined ? { site: entry.site } : {}),
    ...(entry.period !== undefined ? { period: entry.period } : {}),
    ...(entry.dataQuality !== undefined ? { dataQuality: entry.dataQuality } : {}),
  };
}

/**
 * Scope 2 market-based, following the Scope 2 Guidance hierarchy: certificates cover their shares first,
 * a supplier-specific factor covers what they leave, the rest is at the residual mix; where no residual mix
 * exists (heat, steam, cooling) the location-based factor stands in, and the trace says so.
 */
function marketBased(
  run: Run,
  entry: Entry,
  residualId: string | undefined,
  location: ResolvedFactor,
  amount: number,
  at: string,
  notes: TraceNote[],
): { market: Emissions; parts: MarketPart[] } {
  const market: Emissions = { gases: {}, co2eByGas: {}, co2e: 0 };
  const parts: MarketPart[] = [];
  let left = 1;
  const instruments = entry.instruments ?? [];
  const ordered = [
    ...instruments.map((x, i) => [x, i] as const).filter(([x]) => x.kind === 'certificate'),
    ...instruments.map((x, i) => [x, i] as const).filter(([x]) => x.kind === 'supplier'),
  ];
  for (const [inst, i] of ordered) {
    const share = inst.share ?? left;
    if (share < 0 || share > left + 1e-9) {
      throw new CalculationError({
        severity: 'error',
        path: `${at}/instruments/${i}/share`,
        code: 'instrument-share',
        params: { share, left },
      });
    }
    left -= share;
    if (inst.factor === undefined) {
      parts.push({ kind: inst.kind, share, factor: null, co2e: 0, note: inst.note });
      continue;
    }
    const f = run.customFactor(inst.factor, `${at}/instruments/${i}/factor`);
    const conv = run.conversions.get(entry.unit, f.unit, undefined, undefined);
    const e = emissions(f.coefficients, entry.quantity * conv.factor * share);
    addInto(market, e);
    parts.push({ kind: inst.kind, share, factor: f.trace, co2e: e.co2e, note: inst.note });
  }
  if (left > 1e-12) {
    let rest: ResolvedFactor = location;
    let kind: MarketPart['kind'] = 'location-fallback';
    if (residualId !== undefined && entry.customFactor === undefined) {
      rest = run.factor(residualId, `${at}/activity`);
      kind = 'residual-mix';
    } else {
      notes.push('no-residual-mix');
    }
    const e = emissions(rest.coefficients, amount * left);
    addInto(market, e);
    parts.push({ kind, share: left, factor: rest.trace, co2e: e.co2e });
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
  const entries: EntryResult[] = new Array(inventory.entries.length);
  for (let i = 0; i < inventory.entries.length; i++) {
    const entry = inventory.entries[i] as Entry;
    const at = `${basePath}${pointer('entries', i)}`;
    try {
      entries[i] = calculateEntry(run, entry, at);
    } catch (e) {
      if (e instanceof GwpError) {
        throw new CalculationError({
          severity: 'error',
          path: at,
          code: 'unknown-gas',
          params: { gas: e.gas, set: e.set },
        });
      }
      throw e;
    }
  }
  return aggregate(inventory, entries);
}
