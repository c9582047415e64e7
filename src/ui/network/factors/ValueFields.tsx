/**
 * One value of the city's release: the factor and year it is for, the number in the unit its source uses, and
 * the source itself (publisher, document, year, web address), each required, with the problem beside its
 * field. What is typed is kept as typed; the number beside it is what the file will hold.
 */
import '../../../i18n/uiNetworkFactors';
import type { UnitId } from '../../../core/units';
import type { DraftProblem } from '../../../factors/cityRelease';
import { perUnitsFor } from '../../../factors/cityRelease';
import type { Lang } from '../../../i18n/issueMessages';
import { parseNumber } from '../../../i18n/parseNumber';
import { tr } from '../../../i18n/ui';
import { unitName } from '../../../i18n/unitNames';
import {
  DRAFT_MASS_UNITS,
  type DraftMassUnit,
  type DraftValue,
  type DraftValueKind,
} from '../../../schema/factorDraft';
import { SOURCE_STATUSES } from '../../../schema/factorSet';
import { SelectField } from '../../components/SelectField';
import { DraftInput } from './DraftInput';
import { problemText } from './draftForm';

const STATUS_WORDS = {
  verified: 'nfStatusVerified',
  'second-hand': 'nfStatusSecondHand',
  derived: 'nfStatusDerived',
} as const;

export interface ValueFieldsProps {
  lang: Lang;
  value: DraftValue;
  /** The factor's name (the activity a partner picks, or the supplier's). */
  name: string;
  factorUnit: UnitId | undefined;
  /** Years the starting set has a value for. */
  baseYears: readonly number[];
  problems: ReadonlyMap<string, DraftProblem>;
  /** Show every problem (after an attempt to make the file), not only those of what was typed. */
  showAll: boolean;
  onChange: (v: DraftValue) => void;
  onRemove: () => void;
}

export function ValueFields(p: ValueFieldsProps) {
  const v = p.value;
  const id = (f: string) => `nf-${v.id}-${f}`;
  const set = (patch: Partial<DraftValue>) => p.onChange({ ...v, ...patch });
  const number = (text: string) => {
    const r = parseNumber(text, p.lang);
    return r.ok ? r.value : null;
  };
  const err = (field: string) => {
    const problem = p.problems.get(field);
    if (!problem || (!p.showAll && problem.code === 'required')) return undefined;
    return problemText(problem, p.lang, p.factorUnit);
  };
  const factorErr = err('factor');
  const perErr = err('perUnit');
  const units = p.factorUnit ? perUnitsFor(p.factorUnit) : [v.perUnit];
  return (
    <fieldset class="card nf-value" data-value={v.id}>
      <legend>{tr(p.lang, 'nfValueLegend', { name: p.name, year: v.yearText.trim() || '…' })}</legend>
      <p class="muted">
        {p.baseYears.length > 0
          ? tr(p.lang, 'nfBaseYears', { years: p.baseYears.join(', ') })
          : tr(p.lang, 'nfBaseNone')}
      </p>
      {factorErr && <p class="field-error">{factorErr}</p>}
      <div class="grid">
        <DraftInput
          id={id('year')}
          label={tr(p.lang, 'nfYear')}
          value={v.yearText}
          inputMode="numeric"
          error={err('year')}
          onInput={(t) => set({ yearText: t, year: number(t) })}
        />
        <DraftInput
          id={id('value')}
          label={tr(p.lang, 'nfValue')}
          value={v.valueText}
          inputMode="decimal"
          error={err('value')}
          onInput={(t) => set({ valueText: t, value: number(t) })}
        />
        <SelectField<DraftMassUnit>
          id={id('mass')}
          label={tr(p.lang, 'nfMass')}
          value={v.massUnit}
          options={DRAFT_MASS_UNITS.map((m) => [m, unitName(m, p.lang)] as const)}
          onChange={(m) => set({ massUnit: m })}
        />
        <SelectField<DraftValueKind>
          id={id('kind')}
          label={tr(p.lang, 'nfKind')}
          value={v.kind}
          options={[
            ['CO2', tr(p.lang, 'nfKindCO2')],
            ['CO2e', tr(p.lang, 'nfKindCO2e')],
          ]}
          onChange={(k) => set({ kind: k })}
        />
        <div class="field">
          <label for={id('per')}>{tr(p.lang, 'nfPerUnit')}</label>
          <select
            id={id('per')}
            value={v.perUnit}
            aria-invalid={perErr ? 'true' : 'false'}
            aria-describedby={perErr ? id('per-err') : undefined}
            onChange={(e) => set({ perUnit: (e.currentTarget as HTMLSelectElement).value as UnitId })}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                / {unitName(u, p.lang)}
              </option>
            ))}
          </select>
          {perErr && (
            <p id={id('per-err')} class="field-error">
              {perErr}
            </p>
          )}
        </div>
      </div>
      <div class="grid">
        <DraftInput
          id={id('publisher')}
          label={tr(p.lang, 'nfSourcePublisher')}
          value={v.publisher}
          error={err('publisher')}
          wide
          onInput={(t) => set({ publisher: t })}
        />
        <DraftInput
          id={id('document')}
          label={tr(p.lang, 'nfSourceDocument')}
          value={v.document}
          error={err('document')}
          wide
          onInput={(t) => set({ document: t })}
        />
        <DraftInput
          id={id('source-year')}
          label={tr(p.lang, 'nfSourceYear')}
          value={v.sourceYearText}
          inputMode="numeric"
          error={err('sourceYear')}
          onInput={(t) => set({ sourceYearText: t, sourceYear: number(t) })}
        />
        <DraftInput
          id={id('url')}
          label={tr(p.lang, 'nfSourceUrl')}
          value={v.url}
          inputMode="url"
          error={err('url')}
          wide
          onInput={(t) => set({ url: t })}
        />
        <DraftInput
          id={id('ref')}
          label={tr(p.lang, 'nfSourceRef')}
          value={v.ref}
          wide
          onInput={(t) => set({ ref: t })}
        />
        <SelectField<DraftValue['status']>
          id={id('status')}
          label={tr(p.lang, 'nfStatus')}
          value={v.status}
          options={SOURCE_STATUSES.map((s) => [s, tr(p.lang, STATUS_WORDS[s])] as const)}
          onChange={(s) => set({ status: s })}
        />
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={p.onRemove}>
          {tr(p.lang, 'nfRemoveValue')}
        </button>
      </div>
    </fieldset>
  );
}
