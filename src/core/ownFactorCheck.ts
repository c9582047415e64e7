/**
 * Whether an own factor is plausible, against the built-in factor of the same kind and against what is
 * physically possible (issue 11: a contract's 45 g/kWh typed as 45 kg/kWh was accepted without a word).
 * The user may keep an implausible value: those are warnings. A negative value and a unit that the entries
 * using the factor cannot be converted to are errors. The rule is documented in docs/methodology.md.
 */
import { convertMass, toKgPerUnit } from './factorMass';
import type { GwpSetId } from './gwp';
import type { CustomFactor, FactorMassUnit } from './inventory';
import type { IssueCode } from './issues';
import { coefficientsOf } from './resolve';
import type { Localized } from './source';

/** More than this many times the built-in factor, or less than its inverse, is worth a second look. */
export const PLAUSIBLE_RATIO = 5;

/**
 * The most an electricity factor can be, in kg CO2e per kWh. The most carbon-intensive fuel burnt for power
 * is lignite: IPCC 2006 Guidelines, Vol. 2, ch. 1, Table 1.4 gives 101 000 kg CO2/TJ (upper value 115 000),
 * i.e. 0.414 kg CO2 per kWh of fuel at most; burnt at 30 % net efficiency (an old lignite plant) that is
 * 1.38 kg CO2/kWh of electricity. Life-cycle figures for coal plants stay below (IPCC AR5 WGIII Annex III,
 * Table A.III.2: pulverised coal 740–910 g CO2e/kWh). 1.5 leaves room for CH4, N2O and the supply chain.
 */
export const ELECTRICITY_MAX_KG_PER_KWH = 1.5;

/** What the own factor is compared with: the built-in factor it stands in for, in kg CO2e per its unit. */
export interface OwnFactorReference {
  /** kg CO2e per unit of the own factor (converted to the own factor's unit). */
  co2e: number;
  /**
   * default: the activity's factor (an own factor on an entry); residual-mix: the market-based factor it
   * replaces (an electricity supplier's or certificate's factor); location: the grid or network factor, where
   * there is no residual mix (heat, cooling).
   */
  kind: 'default' | 'residual-mix' | 'location';
  /** The built-in factor's name. */
  names: Localized;
}

export interface OwnFactorContext {
  /** The GWP set of the year the factor is used in, for its CO2e. */
  gwp: GwpSetId;
  reference?: OwnFactorReference;
  /** Electricity: the physical range applies. */
  electricity?: boolean;
  /** A fossil fuel burnt: zero is not plausible. */
  fossilFuel?: boolean;
  /**
   * Units of entries using the factor that cannot be converted to its unit, in the entries' order (the first
   * is named: a year evaluated in parts finds the same first one).
   */
  unitsNotConvertible?: readonly string[];
}

export interface OwnFactorFinding {
  severity: 'error' | 'warning';
  /** The field the finding is about, under the factor: "/value" or "/unit". */
  field: '/value' | '/unit';
  code: IssueCode;
  params: Record<string, string | number>;
}

/** The own factor's CO2e per its unit, in kg. */
export function ownFactorCo2e(cf: Pick<CustomFactor, 'value' | 'massUnit'>, gwp: GwpSetId): number {
  return coefficientsOf(toKgPerUnit(cf), gwp).co2e;
}

function negative(cf: Pick<CustomFactor, 'value'>): boolean {
  const v = cf.value;
  const numbers = [
    ...Object.values(v.gases ?? {}),
    ...Object.values(v.co2eParts ?? {}),
    ...(v.co2e !== undefined ? [v.co2e] : []),
    ...(v.biogenicCO2 !== undefined ? [v.biogenicCO2] : []),
  ];
  return numbers.some((n) => n < 0);
}

/**
 * The findings for one own factor. Numbers in the parameters are in the mass unit the factor was typed in
 * (`massUnit`) per its unit, so a message shows both values as the user wrote theirs.
 */
export function checkOwnFactor(
  cf: Pick<CustomFactor, 'unit' | 'value' | 'massUnit'>,
  ctx: OwnFactorContext,
): OwnFactorFinding[] {
  const out: OwnFactorFinding[] = [];
  const massUnit: FactorMassUnit = cf.massUnit ?? 'kg';
  // Without the factor's name: the year page evaluates its entries in parts and keeps a part's problems
  // when only a name changes (src/state/yearEvaluation.ts); the message stands beside the factor anyway.
  const base = { unit: cf.unit, massUnit };
  if (ctx.unitsNotConvertible && ctx.unitsNotConvertible.length > 0) {
    out.push({
      severity: 'error',
      field: '/unit',
      code: 'own-factor-unit',
      params: { ...base, entryUnit: ctx.unitsNotConvertible[0] as string },
    });
  }
  if (negative(cf)) {
    out.push({ severity: 'error', field: '/value', code: 'own-factor-negative', params: base });
    return out;
  }
  let co2e: number;
  try {
    co2e = ownFactorCo2e(cf, ctx.gwp);
  } catch {
    // An unknown gas has its own error from validation.
    return out;
  }
  if (!Number.isFinite(co2e)) return out;
  const typed = convertMass(co2e, 'kg', massUnit);
  if (co2e === 0 && ctx.fossilFuel) {
    out.push({ severity: 'warning', field: '/value', code: 'own-factor-zero', params: base });
    return out;
  }
  if (ctx.electricity && (cf.unit === 'kWh' || cf.unit === 'MWh' || cf.unit === 'GWh')) {
    const perKwh = co2e / (cf.unit === 'kWh' ? 1 : cf.unit === 'MWh' ? 1_000 : 1_000_000);
    if (perKwh > ELECTRICITY_MAX_KG_PER_KWH) {
      out.push({
        severity: 'warning',
        field: '/value',
        code: 'own-factor-range',
        params: { ...base, value: typed, max: ELECTRICITY_MAX_KG_PER_KWH },
      });
    }
  }
  const ref = ctx.reference;
  if (ref && ref.co2e > 0 && co2e > 0) {
    const ratio = co2e / ref.co2e;
    // Low is implausible only beside a default factor: a contract's electricity or heat is often far below
    // the residual mix or the grid (renewable, nuclear, waste heat), down to zero.
    if (ratio > PLAUSIBLE_RATIO || (ref.kind === 'default' && ratio < 1 / PLAUSIBLE_RATIO)) {
      out.push({
        severity: 'warning',
        field: '/value',
        code: 'own-factor-ratio',
        params: {
          ...base,
          value: typed,
          reference: convertMass(ref.co2e, 'kg', massUnit),
          referenceKind: ref.kind,
          referenceFi: ref.names.fi,
          referenceEn: ref.names.en,
          ...(ref.names.sv ? { referenceSv: ref.names.sv } : {}),
          ratio,
        },
      });
    }
  }
  return out;
}
