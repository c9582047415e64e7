/**
 * A source's quantity in the unit its entries were typed in (issue 11: 95 MWh typed was shown as "0,342 TJ",
 * the factor's unit). The entries of a source share its activity and factor unit but may be typed in
 * different units of the same kind (kWh and MWh); the sum is then shown in the unit that most of the quantity
 * was typed in, measured in the factor's unit, so the figure reads like the entries that make most of it.
 * A tie goes to the unit first in the entries' order. The quantity in the factor's unit stays in the trace.
 */
import type { TypedAmount } from './results';
import type { UnitId } from './units';

/** What the entries of one typed unit add to a source. */
export interface TypedPart {
  unit: UnitId;
  /** How many of the factor's unit one typed unit is. */
  scale: number;
  /** The entries' quantities as typed, summed. */
  typed: number;
  /** The same in the factor's unit. */
  amount: number;
}

/** Adds a part to a source's parts (one per typed unit). */
export function addPart(
  parts: TypedPart[],
  unit: UnitId,
  scale: number,
  typed: number,
  amount: number,
): void {
  for (const p of parts) {
    if (p.unit !== unit) continue;
    p.typed += typed;
    p.amount += amount;
    return;
  }
  parts.push({ unit, scale, typed, amount });
}

/**
 * The source's sum in the unit most of it was typed in. One unit: the typed quantities summed as they were
 * typed (95 + 215 MWh is 310 MWh, with no round trip through kWh); several: the whole sum divided by that
 * unit's scale.
 */
export function typedAmount(parts: readonly TypedPart[], total: number): TypedAmount | undefined {
  let main: TypedPart | undefined;
  for (const p of parts) if (!main || Math.abs(p.amount) > Math.abs(main.amount)) main = p;
  if (!main) return undefined;
  const amount = parts.length === 1 ? main.typed : total / main.scale;
  return { amount, unit: main.unit, scale: main.scale };
}

/** The typed amount of two sources summed (the same activity and factor unit, so the same scales). */
export function mergeTyped(
  a: { amount: number; typed?: TypedAmount },
  b: { amount: number; typed?: TypedAmount },
  total: number,
): TypedAmount | undefined {
  const main = !a.typed
    ? b.typed
    : !b.typed
      ? a.typed
      : Math.abs(b.amount) > Math.abs(a.amount)
        ? b.typed
        : a.typed;
  if (!main) return undefined;
  if (a.typed && b.typed && a.typed.unit === b.typed.unit)
    return { amount: a.typed.amount + b.typed.amount, unit: main.unit, scale: main.scale };
  return { amount: total / main.scale, unit: main.unit, scale: main.scale };
}
