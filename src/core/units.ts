/**
 * Units and quantities. Every quantity is `{ value, unit }`; conversions live here and nowhere else.
 * Each unit belongs to one dimension and has a scale to that dimension's base unit.
 */

export type Dimension =
  | 'energy'
  | 'volume'
  | 'mass'
  | 'distance'
  | 'passengerDistance'
  | 'freight'
  | 'money'
  | 'roomNight'
  | 'count';

export const UNITS = {
  // energy, base MJ
  MJ: { dimension: 'energy', toBase: 1 },
  GJ: { dimension: 'energy', toBase: 1_000 },
  TJ: { dimension: 'energy', toBase: 1_000_000 },
  kWh: { dimension: 'energy', toBase: 3.6 },
  MWh: { dimension: 'energy', toBase: 3_600 },
  GWh: { dimension: 'energy', toBase: 3_600_000 },
  // volume, base litre
  l: { dimension: 'volume', toBase: 1 },
  m3: { dimension: 'volume', toBase: 1_000 },
  // mass, base kg
  g: { dimension: 'mass', toBase: 0.001 },
  kg: { dimension: 'mass', toBase: 1 },
  t: { dimension: 'mass', toBase: 1_000 },
  // distance (vehicle-km), base km
  km: { dimension: 'distance', toBase: 1 },
  // passenger-km
  pkm: { dimension: 'passengerDistance', toBase: 1 },
  // tonne-km
  tkm: { dimension: 'freight', toBase: 1 },
  // money: only euros; other currencies are converted in the factor data, with the rate stated there
  EUR: { dimension: 'money', toBase: 1 },
  kEUR: { dimension: 'money', toBase: 1_000 },
  'room-night': { dimension: 'roomNight', toBase: 1 },
  pcs: { dimension: 'count', toBase: 1 },
} as const satisfies Record<string, { dimension: Dimension; toBase: number }>;

export type UnitId = keyof typeof UNITS;

export interface Quantity {
  value: number;
  unit: UnitId;
}

/** Thrown for a unit that is unknown or of another dimension than the one asked for. */
export class UnitError extends Error {
  readonly code: 'unknown-unit' | 'wrong-dimension' | 'no-conversion';
  readonly params: Record<string, string>;
  constructor(code: UnitError['code'], message: string, params: Record<string, string>) {
    super(message);
    this.name = 'UnitError';
    this.code = code;
    this.params = params;
  }
}

export function isUnit(unit: string): unit is UnitId {
  return Object.hasOwn(UNITS, unit);
}

export function dimensionOf(unit: string): Dimension {
  if (!isUnit(unit)) throw new UnitError('unknown-unit', `Unknown unit "${unit}"`, { unit });
  return UNITS[unit].dimension;
}

export function unitsOf(dimension: Dimension): UnitId[] {
  return (Object.keys(UNITS) as UnitId[]).filter((u) => UNITS[u].dimension === dimension);
}

/** The factor by which a value in `from` is multiplied to give the value in `to` (same dimension only). */
export function unitScale(from: string, to: string): number {
  const a = dimensionOf(from);
  const b = dimensionOf(to);
  if (a !== b) {
    throw new UnitError('wrong-dimension', `Unit "${from}" (${a}) cannot be converted to "${to}" (${b})`, {
      from,
      to,
      fromDimension: a,
      toDimension: b,
    });
  }
  return UNITS[from as UnitId].toBase / UNITS[to as UnitId].toBase;
}

export function convert(q: Quantity, to: UnitId): Quantity {
  return { value: q.value * unitScale(q.unit, to), unit: to };
}

/**
 * Physical properties of a fuel that link its volume, mass and energy.
 * Net calorific value (lower heating value) is the energy basis of every fuel factor here.
 */
export interface FuelProperties {
  /** kg per litre */
  densityKgPerL?: number;
  /** net calorific value, MJ per kg */
  ncvMJPerKg?: number;
  /** net calorific value, MJ per litre (for fuels whose source gives it by volume, e.g. natural gas per m³) */
  ncvMJPerL?: number;
}

/** One step of a conversion, kept for the trace. */
export interface ConversionStep {
  from: UnitId;
  to: UnitId;
  /** multiply by this */
  factor: number;
  via: 'unit' | 'density' | 'ncv';
}

const BASE: Record<'energy' | 'volume' | 'mass', UnitId> = { energy: 'MJ', volume: 'l', mass: 'kg' };

/**
 * Conversion path from one unit to another, through the fuel's density and net calorific value when the
 * dimensions differ (volume ↔ mass ↔ energy). Throws a UnitError naming what is missing.
 */
export function conversionPath(from: UnitId, to: UnitId, fuel?: FuelProperties): ConversionStep[] {
  const a = dimensionOf(from);
  const b = dimensionOf(to);
  if (a === b) return from === to ? [] : [{ from, to, factor: unitScale(from, to), via: 'unit' }];
  const fuelDims = ['energy', 'volume', 'mass'];
  if (!fuel || !fuelDims.includes(a) || !fuelDims.includes(b)) {
    throw new UnitError('wrong-dimension', `Unit "${from}" (${a}) cannot be converted to "${to}" (${b})`, {
      from,
      to,
      fromDimension: a,
      toDimension: b,
    });
  }
  const steps: ConversionStep[] = [];
  let cur: UnitId = from;
  const push = (next: UnitId, factor: number, via: ConversionStep['via']) => {
    if (cur !== next) steps.push({ from: cur, to: next, factor, via });
    cur = next;
  };
  const toBase = (dim: 'energy' | 'volume' | 'mass') => push(BASE[dim], unitScale(cur, BASE[dim]), 'unit');
  const fail = (what: string): never => {
    throw new UnitError('no-conversion', `Converting ${from} to ${to} needs the fuel's ${what}`, {
      from,
      to,
      missing: what,
    });
  };
  const da = a as 'energy' | 'volume' | 'mass';
  const db = b as 'energy' | 'volume' | 'mass';
  toBase(da);
  // Walk volume → mass → energy or back, preferring the direct volume↔energy value when a source gives one.
  const chain = ['volume', 'mass', 'energy'];
  const order = (dim: string) => chain.indexOf(dim);
  let dim = da;
  while (dim !== db) {
    if (dim === 'volume' && db === 'energy' && fuel.ncvMJPerL !== undefined) {
      push('MJ', fuel.ncvMJPerL, 'ncv');
      dim = 'energy';
    } else if (dim === 'energy' && db === 'volume' && fuel.ncvMJPerL !== undefined) {
      push('l', 1 / fuel.ncvMJPerL, 'ncv');
      dim = 'volume';
    } else if (order(db) > order(dim)) {
      if (dim === 'volume') {
        if (fuel.densityKgPerL === undefined) fail('density');
        push('kg', fuel.densityKgPerL as number, 'density');
        dim = 'mass';
      } else {
        if (fuel.ncvMJPerKg === undefined) fail('net calorific value');
        push('MJ', fuel.ncvMJPerKg as number, 'ncv');
        dim = 'energy';
      }
    } else if (dim === 'energy') {
      if (fuel.ncvMJPerKg === undefined) fail('net calorific value');
      push('kg', 1 / (fuel.ncvMJPerKg as number), 'ncv');
      dim = 'mass';
    } else {
      if (fuel.densityKgPerL === undefined) fail('density');
      push('l', 1 / (fuel.densityKgPerL as number), 'density');
      dim = 'volume';
    }
  }
  push(to, unitScale(cur, to), 'unit');
  return steps;
}

export function pathFactor(steps: readonly ConversionStep[]): number {
  let f = 1;
  for (const s of steps) f *= s.factor;
  return f;
}
