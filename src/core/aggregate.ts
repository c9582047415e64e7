/**
 * Totals from per-entry amounts: by scope (Scope 2 both ways), category, gas, site and data quality, and
 * intensities. Each entry is added exactly once to each grouping, so every grouping sums to the same total.
 *
 * The calculation hands over columns (the entries, their plans, their converted amounts) rather than an
 * object per entry: totals need two multiplications per entry, and per-entry result objects with their
 * traces are made only when someone reads `entries`.
 */
import type { Market, Plan } from './entryResult';
import { LazyEntryResult } from './entryResult';
import type { Entry, Inventory } from './inventory';
import type { Coefficients } from './resolve';
import type {
  CategoryTotal,
  DualTotal,
  EntryResult,
  GasTotals,
  IntensityFigure,
  InventoryResult,
  SourceTotal,
} from './results';
import { NO_SITE } from './results';
import { addPart, type TypedPart, typedAmount } from './typedAmounts';

export interface Columns {
  entries: readonly Entry[];
  plans: readonly Plan[];
  /** Each entry's quantity in its factor's unit. */
  amounts: Float64Array;
  /** Market-based results of entries with contractual instruments, by entry index. */
  explicit: ReadonlyMap<number, Market>;
  /** Every distinct plan, in the order of their `index`. */
  planList: readonly Plan[];
}

function addGases(into: GasTotals, gases: Record<string, number>, co2e: Record<string, number>): void {
  for (const g in gases) into.mass[g] = (into.mass[g] ?? 0) + (gases[g] as number);
  for (const g in co2e) into.co2e[g] = (into.co2e[g] ?? 0) + (co2e[g] as number);
}

/** Adds `amount` units of a factor's per-gas coefficients: the same as summing each entry's gases, done once. */
function addTerms(into: GasTotals, c: Coefficients, amount: number): void {
  for (const [gas, mass, e] of c.terms) {
    if (!Number.isNaN(mass)) into.mass[gas] = (into.mass[gas] ?? 0) + mass * amount;
    into.co2e[gas] = (into.co2e[gas] ?? 0) + e * amount;
  }
}

const dual = (): DualTotal => ({ location: 0, market: 0 });

export function aggregate(inventory: Inventory, cols: Columns): InventoryResult {
  const { entries, plans, amounts, explicit, planList } = cols;
  const bySite: Record<string, DualTotal> = {};
  const byDataQuality: InventoryResult['byDataQuality'] = {
    measured: dual(),
    invoice: dual(),
    estimated: dual(),
    unspecified: dual(),
  };
  // Everything but site and data quality depends on the plan alone and is linear in the amount: amounts are
  // summed per plan here and multiplied out once per plan below.
  const n = planList.length;
  const planAmount = new Float64Array(n);
  const planPlainMarket = new Float64Array(n); // amounts of entries without instruments
  const planExplicitMarket = new Float64Array(n); // kg CO2e of entries with instruments
  const planCount = new Uint32Array(n);
  const planTyped = new Float64Array(n); // quantities as typed, in the plan's (the entries') unit
  const byGas = {
    location: { mass: {}, co2e: {} } as GasTotals,
    market: { mass: {}, co2e: {} } as GasTotals,
  };
  let lastSite: string | undefined;
  let site: DualTotal = dual();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    const plan = plans[i] as Plan;
    const k = plan.index;
    const amount = amounts[i] as number;
    const loc = plan.coefficients.co2e * amount;
    let mkt: number;
    planAmount[k] = (planAmount[k] as number) + amount;
    planTyped[k] = (planTyped[k] as number) + e.quantity;
    planCount[k] = (planCount[k] as number) + 1;
    const m = e.instruments !== undefined ? explicit.get(i) : undefined;
    if (m) {
      mkt = m.market.co2e;
      planExplicitMarket[k] = (planExplicitMarket[k] as number) + mkt;
      addGases(byGas.market, m.market.gases, m.market.co2eByGas);
    } else {
      mkt = plan.rest ? plan.rest.factor.coefficients.co2e * amount * plan.rest.scale : loc;
      planPlainMarket[k] = (planPlainMarket[k] as number) + amount;
    }
    const siteKey = e.site ?? NO_SITE;
    if (siteKey !== lastSite || i === 0) {
      let s = bySite[siteKey];
      if (!s) {
        s = dual();
        bySite[siteKey] = s;
      }
      site = s;
      lastSite = siteKey;
    }
    site.location += loc;
    site.market += mkt;
    const dq = byDataQuality[e.dataQuality ?? 'unspecified'];
    dq.location += loc;
    dq.market += mkt;
  }

  let scope1 = 0;
  let scope3 = 0;
  const scope2 = dual();
  let biogenicCO2 = 0;
  const biogenicByScope = { 1: 0, 2: 0, 3: 0 };
  const byCategory: InventoryResult['byCategory'] = {};
  // Plans differ by the entry's unit too; a source is per factor unit, so plans of one source are merged.
  const sources = new Map<string, SourceTotal>();
  const typedParts = new Map<SourceTotal, TypedPart[]>();
  for (const plan of planList) {
    const k = plan.index;
    const amount = planAmount[k] as number;
    const loc = plan.coefficients.co2e * amount;
    const marketCoefficients = (plan.rest?.factor ?? plan).coefficients;
    const plainMarket = (planPlainMarket[k] as number) * (plan.rest?.scale ?? 1);
    const mkt = marketCoefficients.co2e * plainMarket + (planExplicitMarket[k] as number);
    const bio = plan.coefficients.biogenicCO2 * amount;
    if (plan.scope === 1) scope1 += loc;
    else if (plan.scope === 3) scope3 += loc;
    else {
      scope2.location += loc;
      scope2.market += mkt;
    }
    biogenicCO2 += bio;
    biogenicByScope[plan.scope] += bio;
    let cat = byCategory[plan.category];
    if (!cat) {
      cat = { location: 0, market: 0, biogenicCO2: 0, entries: 0 } satisfies CategoryTotal;
      byCategory[plan.category] = cat;
    }
    cat.location += loc;
    cat.market += mkt;
    cat.biogenicCO2 += bio;
    cat.entries += planCount[k] as number;
    addTerms(byGas.location, plan.coefficients, amount);
    addTerms(byGas.market, marketCoefficients, plainMarket);
    const source = addSource(sources, plan, amount, loc, mkt, bio, planCount[k] as number);
    let parts = typedParts.get(source);
    if (!parts) {
      parts = [];
      typedParts.set(source, parts);
    }
    addPart(parts, plan.unit, plan.conv.factor, planTyped[k] as number, amount);
  }
  for (const [source, parts] of typedParts) {
    const typed = typedAmount(parts, source.amount);
    if (typed) source.typed = typed;
  }

  const total = { location: scope1 + scope2.location + scope3, market: scope1 + scope2.market + scope3 };
  const scope12 = { location: scope1 + scope2.location, market: scope1 + scope2.market };
  let materialized: EntryResult[] | undefined;
  return {
    year: inventory.year,
    gwpSet: inventory.gwp,
    factorSet: { id: inventory.factorSet.id, release: inventory.factorSet.release },
    radiativeForcing: inventory.radiativeForcing,
    scope1,
    scope2,
    scope3,
    total,
    biogenicCO2,
    biogenicByScope,
    byCategory,
    byGas,
    bySite,
    byDataQuality,
    sources: [...sources.values()].sort(bySize),
    intensities: intensities(inventory, scope12, total),
    get entries(): EntryResult[] {
      materialized ??= entries.map(
        (e, i) =>
          new LazyEntryResult(e, plans[i] as Plan, amounts[i] as number, inventory.gwp, explicit.get(i)),
      );
      return materialized;
    },
    warnings: [],
  };
}

/** Where entries of a plan go in the list of sources, the key being what years are matched by. */
export function sourceKey(
  category: string,
  activity: string,
  customFactor: string | undefined,
  unit: string,
): string {
  return `${category}|${activity}|${customFactor ?? ''}|${unit}`;
}

function addSource(
  into: Map<string, SourceTotal>,
  plan: Plan,
  amount: number,
  location: number,
  market: number,
  biogenicCO2: number,
  entries: number,
): SourceTotal {
  const key = sourceKey(plan.category, plan.activity, plan.customFactor, plan.targetUnit);
  const s = into.get(key);
  if (s) {
    s.amount += amount;
    s.location += location;
    s.market += market;
    s.biogenicCO2 += biogenicCO2;
    s.entries += entries;
    return s;
  }
  const f = plan.resolved?.trace;
  const source: SourceTotal = {
    key,
    category: plan.category,
    scope: plan.scope,
    activity: plan.activity,
    amount,
    unit: plan.targetUnit,
    location,
    market,
    biogenicCO2,
    entries,
  };
  // Optional members only where present (plain JSON output, exact equality in tests); no spreads: this runs
  // on every recalculation.
  if (plan.customFactor !== undefined) source.customFactor = plan.customFactor;
  if (f) source.factor = { id: f.id, name: f.name, custom: f.custom, set: f.set };
  if (plan.gas) source.gas = plan.gas.name;
  into.set(key, source);
  return source;
}

function bySize(a: SourceTotal, b: SourceTotal): number {
  return b.location - a.location || b.market - a.market || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function intensities(inventory: Inventory, scope12: DualTotal, total: DualTotal): IntensityFigure[] {
  const m = inventory.metrics;
  const out: IntensityFigure[] = [];
  const per = (denominator: IntensityFigure['denominator'], amount: number | undefined, unit?: string) => {
    if (amount === undefined || !(amount > 0)) return;
    out.push({
      denominator,
      amount,
      ...(unit !== undefined ? { unit } : {}),
      scope12: { location: scope12.location / amount, market: scope12.market / amount },
      total: { location: total.location / amount, market: total.market / amount },
    });
  };
  per('fte', m.fte);
  per('revenue-meur', m.revenueEur === undefined ? undefined : m.revenueEur / 1e6);
  per('floor-area-m2', m.floorAreaM2);
  if (m.production) per('production', m.production.amount, m.production.unit);
  return out;
}
