/** What the rows are: the category, one activity for all rows or the activity column's, the unit, data quality. */
import '../../../i18n/uiBulk';
import { CATEGORIES } from '../../../core/categories';
import type { FactorSet } from '../../../core/factorSet';
import { localName } from '../../../core/source';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { unitName } from '../../../i18n/unitNames';
import {
  ACTIVITY_FROM_COLUMN,
  type BulkState,
  chooseActivity,
  setCategory,
  setDataQuality,
  setUnit,
} from '../../../io/bulk/session';
import type { BulkView } from '../../../io/bulk/sessionView';
import { SelectField } from '../../components/SelectField';
import { dataQualityOptions } from '../dataQualityOptions';

export interface EntryChoicesProps {
  lang: Lang;
  set: FactorSet;
  state: BulkState;
  view: BulkView;
  update: (step: (s: BulkState) => BulkState) => void;
}

export function EntryChoices({ lang, set, state, view, update }: EntryChoicesProps) {
  return (
    <fieldset>
      <legend>{tr(lang, 'bulkWhat')}</legend>
      <div class="grid">
        <SelectField
          id="bulk-category"
          label={tr(lang, 'bulkCategory')}
          value={state.category}
          options={CATEGORIES.filter((c) => set.activities.some((a) => a.categories.includes(c.id))).map(
            (c) => [c.id, c.names[lang]] as const,
          )}
          onChange={(c) => update((s) => setCategory(s, c))}
        />
        <SelectField
          id="bulk-activity"
          label={tr(lang, 'activity')}
          class="wide"
          value={view.choice}
          options={[
            ['', tr(lang, 'chooseActivity')],
            ...(view.mapping.activity !== null
              ? [[ACTIVITY_FROM_COLUMN, tr(lang, 'bulkActivityFromColumn')] as const]
              : []),
            ...view.categoryActivities.map((a) => [a.id, localName(a.names, lang)] as const),
          ]}
          onChange={(v) => update((s) => chooseActivity(s, v))}
        />
        <SelectField
          id="bulk-unit"
          label={tr(lang, 'unit')}
          value={state.unit}
          options={[
            ['auto', tr(lang, 'bulkUnitAuto')],
            ...view.unitOptions.map((u) => [u, unitName(u, lang)] as const),
          ]}
          onChange={(u) => update((s) => setUnit(s, u))}
        />
        <SelectField
          id="bulk-dq"
          label={tr(lang, 'bulkDataQuality')}
          value={state.dataQuality}
          options={dataQualityOptions(lang)}
          onChange={(q) => update((s) => setDataQuality(s, q))}
        />
      </div>
    </fieldset>
  );
}
