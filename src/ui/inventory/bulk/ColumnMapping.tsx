/** What each column means: a column per field (or none) and the columns joined into the entries' note. */
import '../../../i18n/uiBulk';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import type { Field } from '../../../io/bulk';
import { type BulkState, FIELDS, mapColumn, toggleNote } from '../../../io/bulk/session';
import type { BulkView } from '../../../io/bulk/sessionView';
import { SelectField } from '../../components/SelectField';
import { columnLabel } from './bulkTexts';

const LABELS: Record<
  Field,
  'bulkColQuantity' | 'bulkColUnit' | 'bulkColDate' | 'bulkColSite' | 'bulkColActivity' | 'bulkColSource'
> = {
  quantity: 'bulkColQuantity',
  date: 'bulkColDate',
  unit: 'bulkColUnit',
  activity: 'bulkColActivity',
  site: 'bulkColSite',
  source: 'bulkColSource',
};

export interface ColumnMappingProps {
  lang: Lang;
  view: BulkView;
  update: (step: (s: BulkState) => BulkState) => void;
}

export function ColumnMapping({ lang, view, update }: ColumnMappingProps) {
  const { table, mapping } = view;
  const columns = Array.from({ length: table.columnCount }, (_, i) => i);
  const options = [
    ['', tr(lang, 'bulkNotUsed')] as const,
    ...columns.map((i) => [String(i), columnLabel(lang, table, i)] as const),
  ];
  return (
    <fieldset>
      <legend>{tr(lang, 'bulkColumns')}</legend>
      <div class="grid">
        {FIELDS.map((f) => (
          <SelectField
            key={f}
            id={`bulk-col-${f}`}
            label={tr(lang, LABELS[f])}
            value={mapping[f] === null ? '' : String(mapping[f])}
            options={options}
            onChange={(v) => update((s) => mapColumn(s, mapping, f, v === '' ? null : Number(v)))}
          />
        ))}
      </div>
      {columns.length > 0 && (
        <fieldset class="bulk-note-columns">
          <legend>{tr(lang, 'bulkColNote')}</legend>
          {columns.map((i) => (
            <label key={i} class="check">
              <input
                type="checkbox"
                checked={mapping.note.includes(i)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  update((s) => toggleNote(s, mapping, i, on));
                }}
              />{' '}
              {columnLabel(lang, table, i)}
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
