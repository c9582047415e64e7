/**
 * Passenger-km from what people know: trips × travellers × kilometres per trip, written into the entry's
 * quantity on request (issue 10). The three numbers are the helper's own and are not stored.
 */
import '../../i18n/uiGuide';
import { useState } from 'preact/hooks';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { formatInput } from '../../i18n/parseNumber';
import { tr } from '../../i18n/ui';
import { NumberField } from '../components/NumberField';

export function PkmHelper({
  id,
  lang,
  onFill,
}: {
  id: string;
  lang: Lang;
  /** The product, as a number and as the quantity field's text in the user's language. */
  onFill: (value: number, text: string) => void;
}) {
  const [trips, setTrips] = useState<number | null>(null);
  const [persons, setPersons] = useState<number | null>(1);
  const [km, setKm] = useState<number | null>(null);
  const result = trips !== null && persons !== null && km !== null ? trips * persons * km : null;
  return (
    <details class="pkm-helper wide">
      <summary>{tr(lang, 'pkmHelperTitle')}</summary>
      <div class="grid">
        <NumberField
          id={`${id}-trips`}
          label={tr(lang, 'pkmTrips')}
          lang={lang}
          value={trips}
          onChange={(_t, v) => setTrips(v)}
        />
        <NumberField
          id={`${id}-persons`}
          label={tr(lang, 'pkmPersons')}
          lang={lang}
          value={persons}
          onChange={(_t, v) => setPersons(v)}
        />
        <NumberField
          id={`${id}-km`}
          label={tr(lang, 'pkmKm')}
          lang={lang}
          value={km}
          onChange={(_t, v) => setKm(v)}
        />
      </div>
      {result !== null && (
        <p role="status">
          {tr(lang, 'pkmResult', {
            trips: formatNumber(trips ?? 0, lang),
            persons: formatNumber(persons ?? 0, lang),
            km: formatNumber(km ?? 0, lang),
            result: formatNumber(result, lang),
          })}{' '}
          <button type="button" onClick={() => onFill(result, formatInput(result, lang))}>
            {tr(lang, 'pkmFill')}
          </button>
        </p>
      )}
    </details>
  );
}
