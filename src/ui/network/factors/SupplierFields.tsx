/**
 * A district heat supplier of the city's release: the activity partners will pick ("Kaukolämpö, Savon Voima,
 * Joensuu") in Finnish and English, and whether its factor is per kWh or per MWh. Its values are given below
 * with the others; a supplier without one is named as a problem here.
 */
import '../../../i18n/uiNetworkFactors';
import type { DraftProblem } from '../../../factors/cityRelease';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { unitName } from '../../../i18n/unitNames';
import { type DraftSupplier, SUPPLIER_UNITS, type SupplierUnit } from '../../../schema/factorDraft';
import { SelectField } from '../../components/SelectField';
import { DraftInput } from './DraftInput';
import { problemText } from './draftForm';

export interface SupplierFieldsProps {
  lang: Lang;
  supplier: DraftSupplier;
  problems: ReadonlyMap<string, DraftProblem>;
  showAll: boolean;
  onChange: (s: DraftSupplier) => void;
  onAddValue: () => void;
  onRemove: () => void;
}

export function SupplierFields(p: SupplierFieldsProps) {
  const s = p.supplier;
  const id = (f: string) => `nf-supplier-${s.id}-${f}`;
  const set = (patch: Partial<DraftSupplier>) => p.onChange({ ...s, ...patch });
  const err = (field: string) => {
    const problem = p.problems.get(field);
    if (!problem || (!p.showAll && (problem.code === 'required' || problem.code === 'supplier-no-value')))
      return undefined;
    return problemText(problem, p.lang);
  };
  const noValue = err('values');
  return (
    <fieldset class="card nf-supplier" data-supplier={s.id}>
      <legend>{s.nameFi.trim() || tr(p.lang, 'nfSupplierUnnamed')}</legend>
      <div class="grid">
        <DraftInput
          id={id('fi')}
          label={tr(p.lang, 'nfSupplierNameFi')}
          value={s.nameFi}
          error={err('nameFi')}
          wide
          onInput={(t) => set({ nameFi: t })}
        />
        <DraftInput
          id={id('en')}
          label={tr(p.lang, 'nfSupplierNameEn')}
          value={s.nameEn}
          error={err('nameEn')}
          wide
          onInput={(t) => set({ nameEn: t })}
        />
        <SelectField<SupplierUnit>
          id={id('unit')}
          label={tr(p.lang, 'nfSupplierUnit')}
          value={s.unit}
          options={SUPPLIER_UNITS.map((u) => [
            u,
            tr(p.lang, 'nfPerUnitOption', { unit: unitName(u, p.lang) }),
          ])}
          onChange={(u) => set({ unit: u })}
        />
      </div>
      {noValue && (
        <p id={id('values-err')} class="field-error">
          {noValue}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          onClick={p.onAddValue}
          aria-describedby={noValue ? id('values-err') : undefined}
        >
          {tr(p.lang, 'nfSupplierValue')}
        </button>
        <button type="button" class="secondary" onClick={p.onRemove}>
          {tr(p.lang, 'nfRemoveSupplier')}
        </button>
      </div>
    </fieldset>
  );
}
