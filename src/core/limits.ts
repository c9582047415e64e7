/**
 * The range every number of the calculation lives in (docs/methodology.md, "Limits of numbers"). Outside it a
 * number is a validation error with its path, never a computed Infinity, NaN or null total.
 *
 * - What people type or files carry (quantities, factor values, fuel properties, metrics): |x| ≤ 10^15 in its
 *   unit. Up to 10^15 every whole number and every number of 15 significant digits is held exactly by a
 *   double (2^53 ≈ 9.007·10^15), so what is typed is what is counted; the largest real figures are far below
 *   (Finland uses about 8·10^10 kWh of electricity a year).
 * - What the calculation makes (an entry's quantity in its factor's unit, kg of each gas, kg CO2e, and the
 *   sum of each over a year): |x| ≤ 10^18. That is 10^15 t, some 20,000 times the world's yearly emissions;
 *   a figure there is still held to 128 kg, and written out in tonnes it fits a table column.
 * - Size metrics that divide totals (FTE, revenue, floor area, production): 0 or at least 10^-6, so an
 *   intensity is at most 10^18 / 10^-12 (revenue per million euros) = 10^30.
 * No smallest magnitude is set for quantities or factors: a tiny number stays finite, and products far
 *   below a gram round towards zero harmlessly. A typed number so small that it would be read as zero is
 *   refused instead (`underflows`), because it is shown as non-zero.
 */
import type { Coefficients } from './resolve';

/** Largest magnitude of an input number, in its unit. */
export const MAX_INPUT = 1e15;
/** Largest magnitude of a computed figure: converted quantity, kg of a gas, kg CO2e, per entry and summed. */
export const MAX_RESULT = 1e18;
/** Smallest non-zero size metric (a denominator of intensities). */
export const MIN_METRIC = 1e-6;

/** Whether an input number is finite and within ±MAX_INPUT (false for NaN and ±Infinity). */
export function withinInput(x: number): boolean {
  return Math.abs(x) <= MAX_INPUT;
}

/** Whether a computed figure is finite and within ±MAX_RESULT (false for NaN and ±Infinity). */
export function withinResult(x: number): boolean {
  return Math.abs(x) <= MAX_RESULT;
}

/** A number read as zero from text that has a non-zero digit: below the smallest double, so not zero at all. */
export function underflows(value: number, digits: string): boolean {
  return value === 0 && /[1-9]/.test(digits);
}

/**
 * The largest figure one unit of a factor makes: kg CO2e, kg of any gas, kg biogenic CO2. An entry's every
 * figure is at most its converted quantity times this. NaN when a coefficient is NaN or infinite.
 */
export function coefficientMagnitude(c: Coefficients): number {
  let m = Math.abs(c.co2e);
  m = Math.max(m, Math.abs(c.biogenicCO2));
  for (const [, mass, e] of c.terms) {
    // Terms without a mass (a CO2e total, the radiative-forcing uplift) carry NaN there on purpose.
    if (!Number.isNaN(mass)) m = Math.max(m, Math.abs(mass));
    m = Math.max(m, Math.abs(e));
  }
  return Number.isFinite(m) ? m : Number.NaN;
}

/** Params of a `number-limit` issue: the value as given and the bound it broke. */
export function limitParams(value: number): { value: string; max: number } {
  return { value: String(value), max: MAX_INPUT };
}

/**
 * What an entry's figures would break: its quantity in the factor's unit ('amount') or its kg ('co2e', which
 * stands for every kg figure), or null when both are finite and within MAX_RESULT.
 */
export function resultProblem(amount: number, magnitude: number): 'amount' | 'co2e' | null {
  const a = Math.abs(amount);
  if (!(a <= MAX_RESULT)) return 'amount';
  return a * magnitude <= MAX_RESULT ? null : 'co2e';
}
