/**
 * An own factor is kept in the mass unit its source writes it in ("45 g CO2/kWh", "2,68 kg/l", "56,1 t/TJ")
 * and converted to kg for the calculation here, and only here (issue 11: a contract's 45 g/kWh typed where
 * the field wanted kg/kWh gave 3 780 t instead of 3,8 t).
 *
 * The conversion moves the decimal point in the number's digits instead of multiplying: 45 g → "0.045" →
 * the double nearest 0.045, where 45 × 0.001 gives 0.045000000000000005. A value typed with up to 15
 * significant digits therefore comes back exactly as typed when converted to kg and back.
 */
import type { FactorValue } from './factorSet';
import type { CustomFactor, FactorMassUnit } from './inventory';
import { plainDigits } from './plainDigits';

export type OwnFactorValue = Omit<FactorValue, 'year' | 'source' | 'status'>;

/** Powers of ten from a mass unit to kg. */
const TO_KG_EXPONENT: Record<FactorMassUnit, number> = { g: -3, kg: 0, t: 3 };

/** n × 10^exponent, by moving the decimal point in n's plain digits: exact to the nearest double. */
export function shiftDecimal(n: number, exponent: number): number {
  if (exponent === 0 || n === 0 || !Number.isFinite(n)) return n;
  const t = plainDigits(n);
  const sign = t.startsWith('-') ? '-' : '';
  const body = sign ? t.slice(1) : t;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  let digits = int + frac;
  let point = int.length + exponent;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits += '0'.repeat(point - digits.length);
  }
  return Number(`${sign}${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

function shiftValue(value: OwnFactorValue, exponent: number): OwnFactorValue {
  if (exponent === 0) return value;
  const shiftAll = (m: Record<string, number>) =>
    Object.fromEntries(Object.entries(m).map(([gas, n]) => [gas, shiftDecimal(n, exponent)]));
  const out: OwnFactorValue = { ...value };
  if (value.gases) out.gases = shiftAll(value.gases);
  if (value.co2eParts) out.co2eParts = shiftAll(value.co2eParts);
  if (value.co2e !== undefined) out.co2e = shiftDecimal(value.co2e, exponent);
  if (value.biogenicCO2 !== undefined) out.biogenicCO2 = shiftDecimal(value.biogenicCO2, exponent);
  return out;
}

/** The own factor's value in kg per its unit, as the calculation uses it (kg when no mass unit is given). */
export function toKgPerUnit(cf: Pick<CustomFactor, 'value' | 'massUnit'>): OwnFactorValue {
  return shiftValue(cf.value, TO_KG_EXPONENT[cf.massUnit ?? 'kg']);
}

/** A value in kg per unit written in `massUnit` per unit: the inverse of toKgPerUnit. */
export function fromKgPerUnit(kgValue: OwnFactorValue, massUnit: FactorMassUnit = 'kg'): OwnFactorValue {
  return shiftValue(kgValue, -TO_KG_EXPONENT[massUnit]);
}

/** One number of a factor moved between mass units: 45 g → 0.045 kg. */
export function convertMass(n: number, from: FactorMassUnit, to: FactorMassUnit): number {
  return shiftDecimal(n, TO_KG_EXPONENT[from] - TO_KG_EXPONENT[to]);
}
