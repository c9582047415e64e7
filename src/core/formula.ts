/**
 * The calculation of one entry written out with its numbers, so a reader can redo it by hand:
 * "1000 l × 0.845 kg/l × 42.5 MJ/kg × 1e-6 TJ/MJ = 0.0359125 TJ; CO2: 0.0359125 TJ × 74100 kg/TJ × 1 = …".
 */

import { RF_UPLIFT } from './resolve';
import type { EntryResult, MarketPart } from './results';
import { UNSPLIT } from './results';

/** Up to 6 significant digits, no exponent for everyday magnitudes; for reading, not for storing. */
export function num(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  if (a >= 1e-4 && a < 1e12) return String(Number(n.toPrecision(6)));
  return n.toExponential(5).replace(/\.?0+e/, 'e');
}

const STEP_UNIT: Record<string, string> = { unit: '', density: 'density', ncv: 'net calorific value' };

export function formulaOf(r: EntryResult): string {
  const t = r.trace;
  const parts: string[] = [];
  let conv = `${num(t.quantity.value)} ${t.quantity.unit}`;
  for (const s of t.conversions) {
    const why = STEP_UNIT[s.via] ? ` (${STEP_UNIT[s.via]})` : '';
    conv += ` × ${num(s.factor)} ${s.to}/${s.from}${why}`;
  }
  if (t.conversions.length > 0) conv += ` = ${num(t.converted.value)} ${t.converted.unit}`;
  parts.push(conv);
  const unit = t.converted.unit;
  const value = t.factor?.value;
  for (const [gas, co2e] of Object.entries(r.location.co2eByGas)) {
    if (gas === UNSPLIT) {
      parts.push(
        `CO2e: ${num(t.converted.value)} ${unit} × ${num(value?.co2e ?? 0)} kg CO2e/${unit} = ${num(co2e)} kg CO2e`,
      );
      continue;
    }
    if (gas === RF_UPLIFT) {
      parts.push(`radiative forcing (non-CO2 effects: factor with RF minus without): ${num(co2e)} kg CO2e`);
      continue;
    }
    const mass = r.location.gases[gas] ?? 0;
    const gwp = t.gwp[gas] ?? 0;
    const perUnit = t.converted.value === 0 ? 0 : mass / t.converted.value;
    parts.push(
      `${gas}: ${num(t.converted.value)} ${unit} × ${num(perUnit)} kg/${unit} = ${num(mass)} kg × GWP ${num(gwp)} (${t.gwpSet}) = ${num(co2e)} kg CO2e`,
    );
  }
  if (r.biogenicCO2 !== 0) parts.push(`biogenic CO2 (outside scopes): ${num(r.biogenicCO2)} kg`);
  parts.push(`total ${num(r.location.co2e)} kg CO2e${r.scope === 2 ? ' (location-based)' : ''}`);
  if (t.market && r.market) {
    const m = t.market.map((p) => marketText(p)).join(' + ');
    parts.push(`market-based: ${m} = ${num(r.market.co2e)} kg CO2e`);
  }
  return parts.join('; ');
}

function marketText(p: MarketPart): string {
  const label = p.factor ? `${p.factor.id} ${p.factor.year}` : 'guarantee of origin, 0';
  return `${num(p.share * 100)} % ${p.kind} (${label}) ${num(p.co2e)} kg`;
}
