/**
 * The partner's own factors for the year: the local district heat supplier's published value, the electricity
 * contract's supplier-specific factor. A factor without a source is not accepted.
 */
import { useState } from 'preact/hooks';
import { UNITS, type UnitId } from '../../core/units';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import type { InventoryRow } from '../../state/year';
import { addCustomFactor, removeCustomFactor } from '../../state/yearEdits';
import { NumberField } from '../components/NumberField';

export function CustomFactors({ lang, inv }: { lang: Lang; inv: InventoryRow }) {
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<UnitId>('kWh');
  const [value, setValue] = useState<number | null>(null);
  const [year, setYear] = useState<number | null>(inv.year);
  const [source, setSource] = useState('');
  const [tried, setTried] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (name.trim() === '' || value === null || value < 0 || year === null || source.trim() === '') return;
    addCustomFactor(inv.id, { name: name.trim(), unit, value: { co2e: value }, year, source: source.trim() });
    setName('');
    setValue(null);
    setSource('');
    setTried(false);
  };
  return (
    <details class="card">
      <summary>
        {tr(lang, 'customFactors')} ({inv.customFactors.length})
      </summary>
      <p class="muted">{tr(lang, 'customFactorsLead')}</p>
      <ul class="plain">
        {inv.customFactors.map((c) => (
          <li key={c.id} class="row">
            <span>
              <strong>{c.name}</strong>:{' '}
              {c.value.co2e === undefined ? '–' : formatNumber(c.value.co2e, lang, 6)} kg CO2e/
              {unitName(c.unit, lang)} ({c.year}) — {c.source}
            </span>
            <button type="button" class="secondary" onClick={() => removeCustomFactor(inv.id, c.id)}>
              {tr(lang, 'remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <div class="grid">
          <div class="field">
            <label for="cf-name">{tr(lang, 'cfName')}</label>
            <input
              id="cf-name"
              value={name}
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <NumberField
            id="cf-value"
            label={tr(lang, 'cfValue')}
            lang={lang}
            value={value}
            onChange={(_t, v) => setValue(v)}
          />
          <div class="field">
            <label for="cf-unit">{tr(lang, 'cfUnit')}</label>
            <select
              id="cf-unit"
              value={unit}
              onChange={(e) => setUnit((e.currentTarget as HTMLSelectElement).value as UnitId)}
            >
              {(Object.keys(UNITS) as UnitId[]).map((u) => (
                <option key={u} value={u}>
                  {unitName(u, lang)}
                </option>
              ))}
            </select>
          </div>
          <NumberField
            id="cf-year"
            grouping={false}
            min={1990}
            max={2100}
            label={tr(lang, 'cfYear')}
            lang={lang}
            value={year}
            onChange={(_t, v) => setYear(v)}
          />
          <div class="field wide">
            <label for="cf-source">{tr(lang, 'cfSource')}</label>
            <input
              id="cf-source"
              value={source}
              aria-invalid={tried && source.trim() === '' ? 'true' : 'false'}
              aria-describedby={tried && source.trim() === '' ? 'cf-source-err' : undefined}
              onInput={(e) => setSource((e.currentTarget as HTMLInputElement).value)}
            />
            {tried && source.trim() === '' && (
              <p id="cf-source-err" class="field-error">
                {tr(lang, 'cfSourceRequired')}
              </p>
            )}
          </div>
        </div>
        <button type="submit">{tr(lang, 'addCustomFactor')}</button>
      </form>
    </details>
  );
}
