/**
 * Per-entry results. Totals need only two numbers per entry, so the per-gas objects and the trace of an entry
 * are built when something reads them (a trace view, the report, JSON output) and kept from then on.
 */
import type { Scope } from './categories';
import type { Entry, Inventory } from './inventory';
import type { Coefficients, ResolvedConversion, ResolvedFactor } from './resolve';
import type { Emissions, EntryResult, MarketPart, Trace, TraceNote } from './results';
import type { UnitId } from './units';

/** What every entry with the same category, activity, unit and custom factor shares. */
export interface Plan {
  /** Position in the run's list of plans, for per-plan accumulators. */
  index: number;
  category: Entry['category'];
  /** The entries' activity and custom factor id: with the factor's unit, what a source of the year is. */
  activity: string;
  customFactor?: string;
  scope: Scope;
  coefficients: Coefficients;
  /** The entries' unit, as typed, and its conversion to the factor's unit. */
  unit: UnitId;
  conv: ResolvedConversion;
  targetUnit: UnitId;
  resolved?: ResolvedFactor;
  gas?: Trace['gas'];
  /**
   * Scope 2: the factor for what instruments leave uncovered, whether it is a residual mix, and `scale`, the
   * ratio of the entry's amount in that factor's unit to its amount in the location factor's unit.
   */
  rest?: { factor: ResolvedFactor; kind: MarketPart['kind']; scale: number };
  /** Notes of an entry without instruments; for Scope 2 they include the residual-mix fallback if any. */
  notes: readonly TraceNote[];
  /** Notes before the market-based part, for entries whose instruments decide what the rest needs. */
  baseNotes: readonly TraceNote[];
  /**
   * The largest figure (kg CO2e, kg of a gas, kg biogenic CO2; market-based too) per unit of the converted
   * quantity; NaN when a coefficient is not finite. Checked against the limits for every entry.
   */
  limit: number;
}

export function emissions(c: Coefficients, amount: number): Emissions {
  const gases: Record<string, number> = {};
  const co2eByGas: Record<string, number> = {};
  const terms = c.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Coefficients['terms'][number];
    // Terms without a mass (CO2e given only as a total, the radiative-forcing uplift) are not gases.
    if (!Number.isNaN(t[1])) gases[t[0]] = t[1] * amount;
    co2eByGas[t[0]] = t[2] * amount;
  }
  return { gases, co2eByGas, co2e: c.co2e * amount };
}

export function addInto(target: Emissions, add: Emissions): void {
  for (const g in add.gases) target.gases[g] = (target.gases[g] ?? 0) + (add.gases[g] as number);
  for (const g in add.co2eByGas)
    target.co2eByGas[g] = (target.co2eByGas[g] ?? 0) + (add.co2eByGas[g] as number);
  target.co2e += add.co2e;
}

/** Market-based emissions of an entry with contractual instruments, and how its parts were covered. */
export interface Market {
  market: Emissions;
  parts: MarketPart[];
}

/** One entry's result, with its per-gas figures and trace made on first read. */
export class LazyEntryResult implements EntryResult {
  /** kg CO2e, location-based (Scopes 1 and 3: the only method). */
  readonly co2eLocation: number;
  /** kg CO2e, market-based for Scope 2, else equal to co2eLocation. */
  readonly co2eMarket: number;
  /** Market-based emissions when instruments made them differ from a plain factor × amount. */
  readonly marketExplicit: Market | undefined;
  private cachedLocation: Emissions | undefined = undefined;
  private cachedTrace: Trace | undefined = undefined;

  // Few own fields and the rest as getters over the entry: 100,000 of these are made per recalculation.
  constructor(
    private readonly entry: Entry,
    readonly plan: Plan,
    readonly amount: number,
    private readonly gwpSet: Inventory['gwp'],
    market: Market | undefined,
  ) {
    this.co2eLocation = plan.coefficients.co2e * amount;
    this.marketExplicit = market;
    this.co2eMarket = market
      ? market.market.co2e
      : plan.rest
        ? plan.rest.factor.coefficients.co2e * amount * plan.rest.scale
        : this.co2eLocation;
  }

  get entryId(): string {
    return this.entry.id;
  }
  get category(): Entry['category'] {
    return this.entry.category;
  }
  get scope(): Scope {
    return this.plan.scope;
  }
  get activity(): string {
    return this.entry.activity;
  }
  get site(): string | undefined {
    return this.entry.site;
  }
  get period(): string | undefined {
    return this.entry.period;
  }
  get dataQuality(): Entry['dataQuality'] {
    return this.entry.dataQuality;
  }
  get biogenicCO2(): number {
    return this.plan.coefficients.biogenicCO2 * this.amount;
  }

  get location(): Emissions {
    this.cachedLocation ??= emissions(this.plan.coefficients, this.amount);
    return this.cachedLocation;
  }

  get market(): Emissions | undefined {
    if (this.marketExplicit) return this.marketExplicit.market;
    const rest = this.plan.rest;
    if (!rest) return undefined;
    return rest.factor === this.plan.resolved
      ? this.location
      : emissions(rest.factor.coefficients, this.amount * rest.scale);
  }

  get trace(): Trace {
    if (this.cachedTrace) return this.cachedTrace;
    const { plan, entry, amount } = this;
    const trace: Trace = {
      quantity: { value: entry.quantity, unit: entry.unit },
      conversions: plan.conv.steps,
      converted: { value: amount, unit: plan.targetUnit },
      gwpSet: this.gwpSet,
      gwp: plan.coefficients.gwp,
      notes: this.marketExplicit
        ? this.marketExplicit.parts.some((p) => p.kind === 'location-fallback')
          ? [...plan.baseNotes, 'no-residual-mix']
          : plan.baseNotes
        : plan.notes,
    };
    if (entry.quantity < 0) trace.notes = [...trace.notes, 'negative-quantity'];
    if (plan.resolved) trace.factor = plan.resolved.trace;
    if (plan.gas) trace.gas = plan.gas;
    if (this.marketExplicit) trace.market = this.marketExplicit.parts;
    else if (plan.rest) {
      trace.market = [
        { kind: plan.rest.kind, share: 1, factor: plan.rest.factor.trace, co2e: this.co2eMarket },
      ];
    }
    this.cachedTrace = trace;
    return trace;
  }

  /** The plain form, for JSON output and structured copies. */
  toJSON(): EntryResult {
    const market = this.market;
    return {
      entryId: this.entryId,
      category: this.category,
      scope: this.scope,
      activity: this.activity,
      ...(this.site !== undefined ? { site: this.site } : {}),
      ...(this.period !== undefined ? { period: this.period } : {}),
      ...(this.dataQuality !== undefined ? { dataQuality: this.dataQuality } : {}),
      location: this.location,
      ...(market ? { market } : {}),
      biogenicCO2: this.biogenicCO2,
      trace: this.trace,
    };
  }
}

/**
 * An entry's kg CO2e both ways: market-based is the location-based figure where no instrument made it differ
 * (Scopes 1 and 3, Scope 2 without one). Read from the numbers the calculation keeps, so summing many entries
 * makes no per-gas objects.
 */
export function entryCo2e(r: EntryResult): { location: number; market: number } {
  if (r instanceof LazyEntryResult) return { location: r.co2eLocation, market: r.co2eMarket };
  return { location: r.location.co2e, market: r.market?.co2e ?? r.location.co2e };
}
