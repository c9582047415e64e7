/**
 * The calculation of one entry written out with its numbers, so a reader can redo it by hand:
 * "1000 l × 0.845 kg/l × 42.5 MJ/kg × 0.000001 TJ/MJ = 0.0359125 TJ; CO2: 0.0359125 TJ × 74100 kg/TJ × 1 = …".
 */

import { plainDigits } from './plainDigits';
import { RF_UPLIFT } from './resolve';
import type { EntryResult, FactorTrace, MarketPart } from './results';
import { UNSPLIT } from './results';

/**
 * Up to 6 significant digits, always in plain digits (1e-6 → "0.000001", 1.5e15 → "1500000000000000"): no
 * exponent notation in any language (issue 11). For reading, not for storing.
 */
export function num(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  return plainDigits(Number(n.toPrecision(6)));
}

/** The words of a written-out calculation; English by default, the app passes the user's language. */
export interface FormulaWords {
  density: string;
  ncv: string;
  radiativeForcing: string;
  biogenic: string;
  total: string;
  locationBased: string;
  marketBased: string;
  guaranteeOfOrigin: string;
  /** Before an own factor written in g or t: "own factor as typed". */
  ownFactorTyped: string;
  kinds: Record<MarketPart['kind'], string>;
}

export const ENGLISH_FORMULA: FormulaWords = {
  density: 'density',
  ncv: 'net calorific value',
  radiativeForcing: 'radiative forcing (non-CO2 effects: factor with RF minus without)',
  biogenic: 'biogenic CO2 (outside scopes)',
  total: 'total',
  locationBased: 'location-based',
  marketBased: 'market-based',
  guaranteeOfOrigin: 'zero-emission electricity',
  ownFactorTyped: 'own factor as typed',
  kinds: {
    certificate: 'certificate',
    supplier: 'supplier',
    'residual-mix': 'residual mix',
    'location-fallback': 'location-based factor',
  },
};

export interface FormulaOptions {
  /** How a number is written; `num` (point decimals) by default. */
  num?: (n: number) => string;
  /** How a share (0.25) is written; "25%" by default, the app passes its per cent format. */
  percent?: (fraction: number) => string;
  words?: FormulaWords;
  /** How a unit id is written; the id by default, the app passes the unit's name in the user's language. */
  unit?: (id: string) => string;
}

const plainNum = (n: number): string => num(n);

export function formulaOf(r: EntryResult, options: FormulaOptions = {}): string {
  const num = options.num ?? plainNum;
  const percent = options.percent ?? ((f: number) => `${num(f * 100)}%`);
  const w = options.words ?? ENGLISH_FORMULA;
  const u = options.unit ?? ((id: string) => id);
  const t = r.trace;
  const parts: string[] = [];
  let conv = `${num(t.quantity.value)} ${u(t.quantity.unit)}`;
  for (const s of t.conversions) {
    const why = s.via === 'density' ? ` (${w.density})` : s.via === 'ncv' ? ` (${w.ncv})` : '';
    conv += ` × ${num(s.factor)} ${u(s.to)}/${u(s.from)}${why}`;
  }
  if (t.conversions.length > 0) conv += ` = ${num(t.converted.value)} ${u(t.converted.unit)}`;
  parts.push(conv);
  if (t.factor?.typed) parts.push(typedText(t.factor, num, u, w));
  const unit = u(t.converted.unit);
  const value = t.factor?.value;
  for (const [gas, co2e] of Object.entries(r.location.co2eByGas)) {
    if (gas === UNSPLIT) {
      parts.push(
        `CO2e: ${num(t.converted.value)} ${unit} × ${num(value?.co2e ?? 0)} kg CO2e/${unit} = ${num(co2e)} kg CO2e`,
      );
      continue;
    }
    if (gas === RF_UPLIFT) {
      parts.push(`${w.radiativeForcing}: ${num(co2e)} kg CO2e`);
      continue;
    }
    const mass = r.location.gases[gas] ?? 0;
    const gwp = t.gwp[gas] ?? 0;
    const perUnit = t.converted.value === 0 ? 0 : mass / t.converted.value;
    parts.push(
      `${gas}: ${num(t.converted.value)} ${unit} × ${num(perUnit)} kg/${unit} = ${num(mass)} kg × GWP ${num(gwp)} (${t.gwpSet}) = ${num(co2e)} kg CO2e`,
    );
  }
  if (r.biogenicCO2 !== 0) parts.push(`${w.biogenic}: ${num(r.biogenicCO2)} kg`);
  parts.push(`${w.total} ${num(r.location.co2e)} kg CO2e${r.scope === 2 ? ` (${w.locationBased})` : ''}`);
  if (t.market && r.market) {
    for (const p of t.market) if (p.factor?.typed) parts.push(typedText(p.factor, num, u, w));
    const m = t.market.map((p) => marketText(p, num, percent, w)).join(' + ');
    parts.push(`${w.marketBased}: ${m} = ${num(r.market.co2e)} kg CO2e`);
  }
  return parts.join('; ');
}

function marketText(
  p: MarketPart,
  num: (n: number) => string,
  percent: (fraction: number) => string,
  w: FormulaWords,
): string {
  // A factor by its name, never its id: an own factor's id is a UUID no reader can place.
  const label = p.factor ? `${p.factor.name} ${p.factor.year}` : w.guaranteeOfOrigin;
  return `${percent(p.share)} ${w.kinds[p.kind]} (${label}) ${num(p.co2e)} kg`;
}

/** An own factor written in g or t, as typed and in kg: "45 g CO2e/kWh = 0.045 kg CO2e/kWh". */
function typedText(
  f: FactorTrace,
  num: (n: number) => string,
  u: (id: string) => string,
  w: FormulaWords,
): string {
  const typed = f.typed as NonNullable<FactorTrace['typed']>;
  const per = u(f.unit);
  return `${w.ownFactorTyped} (${f.name}): ${valueText(typed.value, typed.massUnit, per, num)} = ${valueText(f.value, 'kg', per, num)}`;
}

/** A factor value's numbers with their mass unit: "45 g CO2e/kWh" or "CO2 40 g/kWh, CH4 0.1 g/kWh". */
export function valueText(
  v: FactorTrace['value'],
  massUnit: string,
  per: string,
  num: (n: number) => string,
): string {
  const out: string[] = [];
  for (const [gas, n] of Object.entries(v.gases ?? {})) out.push(`${gas} ${num(n)} ${massUnit}/${per}`);
  for (const [gas, n] of Object.entries(v.co2eParts ?? {}))
    out.push(`${gas} ${num(n)} ${massUnit} CO2e/${per}`);
  if (v.co2e !== undefined) out.push(`${num(v.co2e)} ${massUnit} CO2e/${per}`);
  return out.join(', ');
}
