/**
 * An own factor as its form holds it: the value kept as typed and in the mass unit the source uses
 * ("45" with g per kWh), checked field by field. Only a complete, valid draft becomes a stored factor; what is
 * wrong is named by its field, never stored as a number.
 */
import type { CustomFactor, FactorMassUnit } from '../../core/inventory';
import { conversionPath, isUnit, UNITS, type UnitId } from '../../core/units';
import { MAX_YEAR, MIN_YEAR } from '../../core/validate';
import type { Lang } from '../../i18n/issueMessages';
import { parseNumber } from '../../i18n/parseNumber';
import type { UiKey } from '../../i18n/ui';

export const MASS_UNITS: readonly FactorMassUnit[] = ['g', 'kg', 't'];

/** The units a factor may be per: every unit but the mass units' own gram (no source writes "per g"). */
export const PER_UNITS: readonly UnitId[] = (Object.keys(UNITS) as UnitId[]).filter((u) => u !== 'g');

export interface FactorDraft {
  name: string;
  /** The value as typed, in massUnit CO2e per unit. */
  valueText: string;
  massUnit: FactorMassUnit;
  unit: UnitId;
  yearText: string;
  source: string;
}

export type DraftField = 'name' | 'value' | 'year' | 'source';

export function emptyDraft(year: number, unit: UnitId = 'kWh', massUnit: FactorMassUnit = 'g'): FactorDraft {
  return { name: '', valueText: '', massUnit, unit, yearText: String(year), source: '' };
}

/**
 * A stored factor's CO2e value when that is all it holds (the form edits one number); undefined for a factor
 * read from a file with values per gas, whose value the form shows but does not change.
 */
export function plainValue(cf: CustomFactor): number | undefined {
  const v = cf.value;
  return v.co2e !== undefined && !v.gases && !v.co2eParts ? v.co2e : undefined;
}

export function draftOf(cf: CustomFactor, formatInput: (n: number) => string): FactorDraft {
  const v = plainValue(cf);
  return {
    name: cf.name,
    valueText: v === undefined ? '' : formatInput(v),
    massUnit: cf.massUnit ?? 'kg',
    unit: cf.unit,
    yearText: String(cf.year),
    source: cf.source,
  };
}

/** What is wrong with each field, as a word-list key; an empty object when the draft can be stored. */
export function draftErrors(
  d: FactorDraft,
  lang: Lang,
  valueEditable = true,
): Partial<Record<DraftField, UiKey>> {
  const out: Partial<Record<DraftField, UiKey>> = {};
  if (d.name.trim() === '') out.name = 'ofNameRequired';
  if (valueEditable) {
    const v = parseNumber(d.valueText, lang);
    if (!v.ok) out.value = 'ofValueRequired';
    else if (v.value < 0) out.value = 'numberNegative';
  }
  const y = parseNumber(d.yearText, lang);
  if (!y.ok || !Number.isInteger(y.value) || y.value < MIN_YEAR || y.value > MAX_YEAR)
    out.year = 'ofYearRequired';
  if (d.source.trim() === '') out.source = 'ofSourceRequired';
  return out;
}

/** The factor a valid draft stores (`base`: the factor edited, whose value is kept if the form cannot edit it). */
export function factorOfDraft(
  d: FactorDraft,
  lang: Lang,
  id: string,
  base?: CustomFactor,
): CustomFactor | null {
  const editable = base === undefined || plainValue(base) !== undefined;
  if (Object.keys(draftErrors(d, lang, editable)).length > 0) return null;
  const v = parseNumber(d.valueText, lang);
  const y = parseNumber(d.yearText, lang);
  if (!y.ok || (editable && !v.ok)) return null;
  return {
    id,
    name: d.name.trim(),
    unit: d.unit,
    massUnit: d.massUnit,
    value: editable && v.ok ? { co2e: v.value } : (base?.value ?? {}),
    year: y.value,
    source: d.source.trim(),
  };
}

/**
 * The factor as far as its figures go, for the plausibility check while the rest is still being typed: null
 * until the value is a number.
 */
export function figuresOfDraft(d: FactorDraft, lang: Lang, base?: CustomFactor): CustomFactor | null {
  const editable = base === undefined || plainValue(base) !== undefined;
  const v = parseNumber(d.valueText, lang);
  if (editable && !v.ok) return null;
  return {
    id: base?.id ?? 'draft',
    name: d.name.trim(),
    unit: d.unit,
    massUnit: d.massUnit,
    value: editable && v.ok ? { co2e: v.value } : (base?.value ?? {}),
    year: base?.year ?? 0,
    source: d.source,
  };
}

/**
 * Factors an entry in `unit` can use: the factor's unit converts to the entry's without a fuel's properties
 * (energy with energy: kWh, MWh, GJ …). Litres, cubic metres or euros never fit electricity.
 */
export function compatibleFactors(factors: readonly CustomFactor[], unit: string): CustomFactor[] {
  if (!isUnit(unit)) return [];
  return factors.filter((f) => {
    if (!isUnit(f.unit)) return false;
    try {
      conversionPath(unit, f.unit);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether a change from `before` to `after` changes the figures of the entries that use it. */
export function changesFigures(before: CustomFactor, after: CustomFactor): boolean {
  return (
    before.unit !== after.unit ||
    (before.massUnit ?? 'kg') !== (after.massUnit ?? 'kg') ||
    JSON.stringify(before.value) !== JSON.stringify(after.value)
  );
}
