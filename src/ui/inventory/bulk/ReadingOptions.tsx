/**
 * How the text is read: separator, header row, months across, number format; and, before any column is
 * mapped, why the text is refused (too much of it, too many entries, a quote left open).
 */
import '../../../i18n/uiBulk';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { type BulkState, setConvention, setDelimiter, setHeader, setWide } from '../../../io/bulk/session';
import type { BulkView } from '../../../io/bulk/sessionView';
import { SelectField } from '../../components/SelectField';
import { delimiterName, refusalText } from './bulkTexts';

export interface ReadingOptionsProps {
  lang: Lang;
  state: BulkState;
  view: BulkView;
  update: (step: (s: BulkState) => BulkState) => void;
}

export function ReadingOptions({ lang, state, view, update }: ReadingOptionsProps) {
  const { refusal } = view;
  return (
    <fieldset>
      <legend>{tr(lang, 'bulkReading')}</legend>
      <div class="grid">
        <SelectField
          id="bulk-delimiter"
          label={tr(lang, 'bulkDelimiter')}
          value={state.delimiter}
          options={[
            ['auto', tr(lang, 'bulkDelimiterAuto', { detected: delimiterName(lang, view.table.delimiter) })],
            ['\t', delimiterName(lang, '\t')],
            [';', delimiterName(lang, ';')],
            [',', delimiterName(lang, ',')],
          ]}
          onChange={(v) => update((s) => setDelimiter(s, v))}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={view.read.header !== null}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              update((s) => setHeader(s, on));
            }}
          />{' '}
          {tr(lang, 'bulkHasHeader')}
        </label>
        {view.monthCols.length > 0 && (
          <label class="check">
            <input
              type="checkbox"
              checked={view.isWide}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                update((s) => setWide(s, on));
              }}
            />{' '}
            {tr(lang, 'bulkMonthsAcross')}
          </label>
        )}
        <SelectField
          id="bulk-numbers"
          label={tr(lang, 'bulkNumbers')}
          value={state.convention}
          options={[
            ['auto', tr(lang, 'bulkNumbersAuto')],
            ['fi', tr(lang, 'bulkNumbersFi')],
            ['en', tr(lang, 'bulkNumbersEn')],
          ]}
          onChange={(v) => update((s) => setConvention(s, v))}
        />
      </div>
      {/* Said before any column is mapped: the rows after an open quote are not what the file meant. */}
      {refusal && (
        <p class="field-error" role="alert" data-bulk-refusal={refusal.kind}>
          {refusalText(lang, refusal, state.source.kind)}
        </p>
      )}
    </fieldset>
  );
}
