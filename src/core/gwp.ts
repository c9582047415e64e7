/**
 * Global warming potentials (100-year) and refrigerant blends. An inventory chooses its GWP set; CO2e is
 * always computed here from gas masses, so the result can say exactly which GWP made it.
 * The values and their sources are data in gwpData.ts.
 */
import { BLENDS, GASES, GWP_SOURCES } from './gwpData';
import type { Localized, Source } from './source';

export const GWP_SET_IDS = ['AR4', 'AR5', 'AR6'] as const;
export type GwpSetId = (typeof GWP_SET_IDS)[number];
export const DEFAULT_GWP_SET: GwpSetId = 'AR6';
/** The sets an inventory may choose; AR4 is kept for reproducing older published figures only. */
export const INVENTORY_GWP_SETS: readonly GwpSetId[] = ['AR5', 'AR6'];

/** The groups the GHG Protocol reports separately (the seven Kyoto gases), plus CO2e a source did not split. */
export type GasGroup = 'CO2' | 'CH4' | 'N2O' | 'HFCs' | 'PFCs' | 'SF6' | 'NF3' | 'other';

export interface GasInfo {
  id: string;
  names: Localized;
  group: GasGroup;
  /** 100-year GWP per set; absent where the assessment report gives none. */
  gwp: Partial<Record<GwpSetId, number>>;
  /** ASHRAE refrigerant number, where the gas is used as a refrigerant. */
  refrigerant?: string;
  /** Gases controlled by the Montreal Protocol (HCFCs) are reported apart from the Kyoto gases. */
  montreal?: boolean;
}

export interface BlendInfo {
  id: string;
  composition: readonly { gas: string; massPercent: number }[];
  source: string;
}

export class GwpError extends Error {
  readonly code = 'unknown-gas' as const;
  constructor(
    readonly gas: string,
    readonly set: string,
  ) {
    super(`No ${set} GWP is known for gas "${gas}"`);
    this.name = 'GwpError';
  }
}

const GAS_BY_ID = new Map<string, GasInfo>(GASES.map((g) => [g.id, g]));
const GAS_BY_REFRIGERANT = new Map<string, GasInfo>(
  GASES.filter((g) => g.refrigerant).map((g) => [g.refrigerant as string, g]),
);
const BLEND_BY_ID = new Map<string, BlendInfo>(BLENDS.map((b) => [b.id, b]));

export function isGwpSetId(id: string): id is GwpSetId {
  return (GWP_SET_IDS as readonly string[]).includes(id);
}

export function gasInfo(id: string): GasInfo | undefined {
  return GAS_BY_ID.get(id);
}

export function gwpSource(set: GwpSetId): Source {
  return GWP_SOURCES[set];
}

/** GWP of one gas in a set. Throws GwpError if the set gives no value, never a silent zero. */
export function gwpOf(gas: string, set: GwpSetId): number {
  const v = GAS_BY_ID.get(gas)?.gwp[set];
  if (v === undefined) throw new GwpError(gas, set);
  return v;
}

export function gasGroup(gas: string): GasGroup {
  return GAS_BY_ID.get(gas)?.group ?? 'other';
}

/**
 * The mass split of a refrigerant or gas named by its ASHRAE number or gas id: a pure gas is itself,
 * a blend is its components by mass. Returns undefined for an unknown name.
 */
export function gasComposition(name: string): { gas: string; massFraction: number }[] | undefined {
  const pure = GAS_BY_ID.get(name) ?? GAS_BY_REFRIGERANT.get(name);
  if (pure) return [{ gas: pure.id, massFraction: 1 }];
  const blend = BLEND_BY_ID.get(name);
  if (!blend) return undefined;
  return blend.composition.map((c) => {
    const g = GAS_BY_ID.get(c.gas) ?? GAS_BY_REFRIGERANT.get(c.gas);
    return { gas: g ? g.id : c.gas, massFraction: c.massPercent / 100 };
  });
}

/** GWP of a refrigerant or blend: the mass-weighted sum of its components' GWPs. */
export function blendGwp(name: string, set: GwpSetId): number {
  const comp = gasComposition(name);
  if (!comp) throw new GwpError(name, set);
  let sum = 0;
  for (const c of comp) sum += c.massFraction * gwpOf(c.gas, set);
  return sum;
}

export function refrigerantNames(): string[] {
  return [...GAS_BY_REFRIGERANT.keys(), ...BLEND_BY_ID.keys()];
}
