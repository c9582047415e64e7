/**
 * The factor editor's draft as its form uses it: a new draft and new values with their starting choices, and
 * each problem of the draft (src/factors/cityRelease.ts) as the words shown beside its field.
 */
import '../../../i18n/uiNetworkFactors';
import type { FactorSet } from '../../../core/factorSet';
import type { UnitId } from '../../../core/units';
import { MAX_YEAR, MIN_YEAR } from '../../../core/validate';
import { DEFAULT_FACTOR_SET } from '../../../factors/builtinSets';
import type { DraftProblem } from '../../../factors/cityRelease';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { unitName } from '../../../i18n/unitNames';
import type { DraftValue, FactorSetDraft } from '../../../schema/factorDraft';

/** Today as YYYY-MM-DD in the device's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A draft on the default set, named for the city, releasing this year's first release. */
export function newDraft(lang: Lang): FactorSetDraft {
  return {
    base: { ...DEFAULT_FACTOR_SET },
    id: tr(lang, 'nfDefaultId'),
    release: `${new Date().getFullYear()}.1`,
    nameFi: tr(lang, 'nfDefaultNameFi'),
    nameEn: tr(lang, 'nfDefaultNameEn'),
    publisher: tr(lang, 'nfDefaultPublisher'),
    published: today(),
    suppliers: [],
    values: [],
  };
}

export function newKey(): string {
  return crypto.randomUUID();
}

/**
 * A value for a factor of `unit`: typed per that unit, as CO2 when the base gives the factor as fossil CO2
 * alone (national electricity and heat), else as CO2e; in grams per kWh, kilograms per anything larger. The
 * year and the source are left for the coordinator to type: no guess stands in for them.
 */
export function newValue(factor: string, unit: UnitId, base: FactorSet | undefined): DraftValue {
  const f = base?.factors.find((x) => x.id === factor);
  const last = f?.values.at(-1);
  const co2Only = !last || (last.gases !== undefined && Object.keys(last.gases).join() === 'CO2');
  return {
    id: newKey(),
    factor,
    yearText: '',
    year: null,
    valueText: '',
    value: null,
    kind: co2Only ? 'CO2' : 'CO2e',
    massUnit: unit === 'kWh' ? 'g' : 'kg',
    perUnit: unit,
    publisher: '',
    document: '',
    sourceYearText: '',
    sourceYear: null,
    url: '',
    ref: '',
    status: 'verified',
  };
}

/** The problems of one place of the draft, by field. */
export function problemsAt(
  problems: readonly DraftProblem[],
  at: DraftProblem['at'],
): Map<string, DraftProblem> {
  const out = new Map<string, DraftProblem>();
  for (const p of problems) if (p.at === at && !out.has(p.field)) out.set(p.field, p);
  return out;
}

/** A problem's words. A missing part of a source says that the source is required, field by field. */
export function problemText(p: DraftProblem, lang: Lang, factorUnit?: UnitId): string {
  const value = p.at.startsWith('value:');
  switch (p.code) {
    case 'required':
      if (value) {
        const k = (
          {
            publisher: 'nfErrSourcePublisher',
            document: 'nfErrSourceDocument',
            sourceYear: 'nfErrSourceYear',
            url: 'nfErrSourceUrl',
            value: 'nfErrValueRequired',
            year: 'nfErrYearRequired',
          } as const
        )[p.field as 'publisher'];
        return tr(lang, k ?? 'nfErrRequired');
      }
      if (p.field === 'id') return tr(lang, 'nfErrIdRequired');
      if (p.field === 'release') return tr(lang, 'nfErrReleaseRequired');
      if (p.field === 'published') return tr(lang, 'nfErrPublishedRequired');
      return tr(lang, 'nfErrRequired');
    case 'set-id':
      return tr(lang, 'nfErrSetId');
    case 'set-id-app':
      return tr(lang, 'nfErrSetIdApp');
    case 'release':
      return tr(lang, 'nfErrRelease');
    case 'release-builtin':
      return tr(lang, 'nfErrReleaseBuiltin');
    case 'date':
      return tr(lang, 'nfErrDate');
    case 'year':
      return p.field === 'sourceYear'
        ? tr(lang, 'nfErrYear', { min: 1900, max: 2100 })
        : tr(lang, 'nfErrYear', { min: MIN_YEAR, max: MAX_YEAR });
    case 'year-twice':
      return tr(lang, 'nfErrYearTwice');
    case 'number':
      return tr(lang, 'nfErrNumber');
    case 'number-limit':
      return tr(lang, 'nfErrNumberLimit');
    case 'url':
      return tr(lang, 'nfErrUrl');
    case 'unit':
      return tr(lang, 'nfErrUnit', { unit: factorUnit ? unitName(factorUnit, lang) : '' });
    case 'factor-unknown':
      return tr(lang, 'nfErrFactorUnknown');
    case 'supplier-twice':
      return tr(lang, 'nfErrSupplierTwice');
    case 'supplier-no-value':
      return tr(lang, 'nfErrSupplierNoValue');
    case 'no-values':
      return tr(lang, 'nfErrNoValues');
  }
}
