/**
 * How contractual instruments share an entry's consumption (Scope 2 Guidance hierarchy): certificates first,
 * in the order given, then the supplier-specific factor; an instrument without a share takes what is left.
 * One function, used by validation and by the calculation, so both always agree.
 */
import type { ContractualInstrument } from './inventory';

export type Allocation =
  | { ok: true; parts: { index: number; share: number }[]; left: number }
  | { ok: false; index: number; share: number; left: number };

/** Shares within this of the remainder are taken as equal to it (rounding in typed percentages). */
const TOLERANCE = 1e-9;

export function allocateShares(instruments: readonly ContractualInstrument[]): Allocation {
  const order = [
    ...instruments.map((x, index) => ({ x, index })).filter(({ x }) => x.kind === 'certificate'),
    ...instruments.map((x, index) => ({ x, index })).filter(({ x }) => x.kind === 'supplier'),
  ];
  const parts: { index: number; share: number }[] = [];
  let left = 1;
  for (const { x, index } of order) {
    let share = x.share ?? left;
    if (!(share >= 0) || share > left + TOLERANCE) return { ok: false, index, share, left };
    share = Math.min(share, left);
    left = Math.max(0, left - share);
    parts.push({ index, share });
  }
  return { ok: true, parts, left };
}
