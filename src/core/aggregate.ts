/**
 * Totals from per-entry results: by scope (Scope 2 both ways), category, gas, site and data quality, and
 * intensities. Each entry is added exactly once to each grouping, so every grouping sums to the same total.
 */
import type { Inventory } from './inventory';
import type {
  CategoryTotal,
  DualTotal,
  EntryResult,
  GasTotals,
  IntensityFigure,
  InventoryResult,
} from './results';
import { NO_SITE } from './results';

function addGases(into: GasTotals, gases: Record<string, number>, co2e: Record<string, number>): void {
  for (const g in gases) into.mass[g] = (into.mass[g] ?? 0) + (gases[g] as number);
  for (const g in co2e) into.co2e[g] = (into.co2e[g] ?? 0) + (co2e[g] as number);
}

const dual = (): DualTotal => ({ location: 0, market: 0 });

export function aggregate(inventory: Inventory, entries: EntryResult[]): InventoryResult {
  let scope1 = 0;
  let scope3 = 0;
  const scope2 = dual();
  let biogenicCO2 = 0;
  const byCategory: InventoryResult['byCategory'] = {};
  const byGas = {
    location: { mass: {}, co2e: {} } as GasTotals,
    market: { mass: {}, co2e: {} } as GasTotals,
  };
  const bySite: Record<string, DualTotal> = {};
  const byDataQuality: InventoryResult['byDataQuality'] = {
    measured: dual(),
    invoice: dual(),
    estimated: dual(),
    unspecified: dual(),
  };

  for (const r of entries) {
    const loc = r.location.co2e;
    const mkt = r.market ? r.market.co2e : loc;
    if (r.scope === 1) scope1 += loc;
    else if (r.scope === 3) scope3 += loc;
    else {
      scope2.location += loc;
      scope2.market += mkt;
    }
    biogenicCO2 += r.biogenicCO2;
    let cat = byCategory[r.category] as CategoryTotal | undefined;
    if (!cat) {
      cat = { location: 0, market: 0, biogenicCO2: 0, entries: 0 };
      byCategory[r.category] = cat;
    }
    cat.location += loc;
    cat.market += mkt;
    cat.biogenicCO2 += r.biogenicCO2;
    cat.entries += 1;
    addGases(byGas.location, r.location.gases, r.location.co2eByGas);
    const m = r.market ?? r.location;
    addGases(byGas.market, m.gases, m.co2eByGas);
    const siteKey = r.site ?? NO_SITE;
    let site = bySite[siteKey];
    if (!site) {
      site = dual();
      bySite[siteKey] = site;
    }
    site.location += loc;
    site.market += mkt;
    const dq = byDataQuality[r.dataQuality ?? 'unspecified'];
    dq.location += loc;
    dq.market += mkt;
  }

  const total = { location: scope1 + scope2.location + scope3, market: scope1 + scope2.market + scope3 };
  const scope12 = { location: scope1 + scope2.location, market: scope1 + scope2.market };
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
    byCategory,
    byGas,
    bySite,
    byDataQuality,
    intensities: intensities(inventory, scope12, total),
    entries,
    warnings: [],
  };
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
