/** The units a user may enter an activity in: those its factor can be reached from, fuel properties included. */
import type { Activity, FactorSet } from './factorSet';
import { gasComposition } from './gwp';
import { conversionPath, UNITS, type UnitId } from './units';

const ALL = Object.keys(UNITS) as UnitId[];

// Per set and activity: the answer never changes, and finding it tries every unit (exceptions are not cheap).
const cache = new WeakMap<FactorSet, Map<string, UnitId[]>>();

export function unitsForActivity(activity: Activity, set: FactorSet): UnitId[] {
  let bySet = cache.get(set);
  if (!bySet) {
    bySet = new Map();
    cache.set(set, bySet);
  }
  let units = bySet.get(activity.id);
  if (!units) {
    units = computeUnits(activity, set);
    bySet.set(activity.id, units);
  }
  return units;
}

function computeUnits(activity: Activity, set: FactorSet): UnitId[] {
  const target: UnitId | undefined =
    activity.gas !== undefined && gasComposition(activity.gas)
      ? 'kg'
      : set.factors.find((f) => f.id === activity.factor)?.unit;
  if (!target) return [activity.unit];
  const fuel = set.fuels.find((f) => f.id === activity.fuel)?.properties;
  const ok = ALL.filter((u) => {
    try {
      conversionPath(u, target, fuel);
      return true;
    } catch {
      return false;
    }
  });
  // The activity's own unit first: it is what invoices and logs usually give.
  return [activity.unit, ...ok.filter((u) => u !== activity.unit)];
}
