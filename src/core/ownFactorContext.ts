/**
 * What an own factor is compared with (ownFactorCheck.ts), found from where it is used: on an entry it
 * stands in for the activity's default factor; as an electricity supplier's or certificate's factor it
 * stands in for the residual mix (or, where the set has none, the location-based factor).
 */
import type { FactorSet } from './factorSet';
import { valueForYear } from './factorSet';
import type { GwpSetId } from './gwp';
import type { CustomFactor, Inventory } from './inventory';
import type { OwnFactorContext, OwnFactorReference } from './ownFactorCheck';
import { coefficientsOf, indexSet } from './resolve';
import { conversionPath, isUnit, pathFactor } from './units';

const COMBUSTION = new Set(['s1.stationary', 's1.mobile']);

/** One use of an own factor: the entry's activity and unit, and whether it replaces the default factor. */
export interface OwnFactorUse {
  category: string;
  activity: string;
  unit: string;
  role: 'entry' | 'instrument';
}

/** Every use of each own factor in the year's entries, by factor id, in the entries' order. */
export function usesByFactor(inv: Pick<Inventory, 'entries'>): Map<string, OwnFactorUse[]> {
  const out = new Map<string, OwnFactorUse[]>();
  const add = (id: string, use: OwnFactorUse) => {
    const list = out.get(id);
    if (list) list.push(use);
    else out.set(id, [use]);
  };
  for (const e of inv.entries) {
    if (e.customFactor !== undefined)
      add(e.customFactor, { category: e.category, activity: e.activity, unit: e.unit, role: 'entry' });
    for (const x of e.instruments ?? [])
      if (x.factor !== undefined)
        add(x.factor, { category: e.category, activity: e.activity, unit: e.unit, role: 'instrument' });
  }
  return out;
}

/** The context of a factor from its uses (the editor passes the one use it is being made for). */
export function contextOfUses(
  cf: Pick<CustomFactor, 'unit'>,
  uses: readonly OwnFactorUse[],
  set: FactorSet,
  year: number,
  gwp: GwpSetId,
  radiativeForcing = true,
): OwnFactorContext {
  const idx = indexSet(set);
  const ctx: OwnFactorContext = { gwp };
  const notConvertible = new Set<string>();
  for (const use of uses) {
    const activity = idx.activities.get(use.activity);
    const fuel = activity?.fuel ? idx.fuels.get(activity.fuel)?.properties : undefined;
    // An instrument's quantity is converted without the fuel's properties, as the calculation does.
    const fuelHere = use.role === 'entry' ? fuel : undefined;
    if (isUnit(use.unit) && isUnit(cf.unit)) {
      try {
        conversionPath(use.unit, cf.unit, fuelHere);
      } catch {
        notConvertible.add(use.unit);
      }
    }
    if (!activity) continue;
    if (use.role === 'instrument' && activity.marketFactor !== undefined) ctx.electricity = true;
    if (ctx.reference) continue;
    const fid =
      use.role === 'instrument'
        ? (activity.marketFactor ?? activity.factor)
        : radiativeForcing && activity.factorWithRF
          ? activity.factorWithRF
          : activity.factor;
    const factor = fid ? idx.factors.get(fid) : undefined;
    if (!factor || factor.values.length === 0 || !isUnit(cf.unit)) continue;
    const { value } = valueForYear(factor, year);
    const { year: _y, source: _s, status: _st, ref: _r, derivation: _d, ...numbers } = value;
    let perOwnUnit: number;
    try {
      // One unit of the own factor is this many units of the built-in factor.
      const k = pathFactor(conversionPath(cf.unit, factor.unit, fuelHere));
      perOwnUnit = coefficientsOf(numbers, gwp).co2e * k;
    } catch {
      continue;
    }
    const kind: OwnFactorReference['kind'] =
      use.role === 'entry' ? 'default' : activity.marketFactor !== undefined ? 'residual-mix' : 'location';
    ctx.reference = { co2e: perOwnUnit, kind, names: factor.names };
    const fossilCO2 = (numbers.gases?.CO2 ?? 0) + (numbers.co2eParts?.CO2 ?? 0);
    // A CO2e total without its gases (petrol, LPG) is fossil when it exceeds the biogenic CO2: a burnt
    // biofuel's CO2e is only its CH4 and N2O, a small fraction of its biogenic CO2.
    const fossilTotal =
      numbers.gases === undefined &&
      numbers.co2eParts === undefined &&
      (numbers.co2e ?? 0) > (numbers.biogenicCO2 ?? 0);
    // Fuel burnt on site or in own vehicles whose default factor has fossil CO2: zero cannot be right.
    if (use.role === 'entry' && COMBUSTION.has(use.category) && (fossilCO2 > 0 || fossilTotal))
      ctx.fossilFuel = true;
  }
  if (notConvertible.size > 0) ctx.unitsNotConvertible = [...notConvertible];
  return ctx;
}

/** The context of a factor as the year uses it. */
export function ownFactorContext(cf: CustomFactor, inv: Inventory, set: FactorSet): OwnFactorContext {
  return contextOfUses(cf, usesByFactor(inv).get(cf.id) ?? [], set, inv.year, inv.gwp, inv.radiativeForcing);
}
