/**
 * The fields of an own factor: name, value with its mass unit (g, kg, t CO2e) per unit, data year and source.
 * What is typed stays in the field; an error names the field beside it (aria-describedby), and a warning (a
 * value far from the built-in factor) is shown beside the value without stopping it being kept.
 */
import '../../i18n/uiFactors';
import type { FactorMassUnit } from '../../core/inventory';
import type { UnitId } from '../../core/units';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import { type DraftField, type FactorDraft, MASS_UNITS, PER_UNITS } from './factorDraft';

export interface FactorFieldsProps {
  lang: Lang;
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  draft: FactorDraft;
  onDraft: (d: FactorDraft) => void;
  /** Errors to show, by field (after the user tried to store, or as they edit a stored factor). */
  errors: Partial<Record<DraftField, string>>;
  /** Warnings about the value, shown beside it. */
  warnings: readonly string[];
  /** False for a factor with values per gas (from a file): its value is shown, not edited here. */
  valueEditable?: boolean;
  /** The value as read-only text when it cannot be edited. */
  valueSummary?: string;
  /** Units the factor may be per (an electricity entry's own form offers energy units only). */
  units?: readonly UnitId[];
}

export function FactorFields(p: FactorFieldsProps) {
  const id = (f: string) => `${p.idPrefix}-${f}`;
  const set = (patch: Partial<FactorDraft>) => p.onDraft({ ...p.draft, ...patch });
  const err = (f: DraftField) => p.errors[f];
  const described = (f: DraftField, extra?: string) =>
    [err(f) ? id(`${f}-err`) : undefined, extra].filter(Boolean).join(' ') || undefined;
  const errorText = (f: DraftField) =>
    err(f) && (
      <p id={id(`${f}-err`)} class="field-error">
        {err(f)}
      </p>
    );
  const editable = p.valueEditable ?? true;
  const warnId = p.warnings.length > 0 ? id('value-warn') : undefined;
  return (
    <div class="grid own-factor-fields">
      <div class="field wide">
        <label for={id('name')}>{tr(p.lang, 'ofName')}</label>
        <input
          id={id('name')}
          value={p.draft.name}
          aria-invalid={err('name') ? 'true' : 'false'}
          aria-describedby={described('name')}
          onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })}
        />
        {errorText('name')}
      </div>
      <div class="field">
        <label for={id('value')}>{tr(p.lang, 'ofValue')}</label>
        {editable ? (
          <input
            id={id('value')}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={p.draft.valueText}
            aria-invalid={err('value') ? 'true' : 'false'}
            aria-describedby={described('value', warnId)}
            onInput={(e) => set({ valueText: (e.currentTarget as HTMLInputElement).value })}
          />
        ) : (
          <output id={id('value')}>{p.valueSummary}</output>
        )}
        {errorText('value')}
        {warnId && (
          <div id={warnId} class="note own-factor-warning" role="status">
            {p.warnings.map((w) => (
              <p key={w}>{w}</p>
            ))}
          </div>
        )}
      </div>
      <div class="field">
        <label for={id('mass')}>{tr(p.lang, 'ofMassUnit')}</label>
        <select
          id={id('mass')}
          value={p.draft.massUnit}
          disabled={!editable}
          onChange={(e) => set({ massUnit: (e.currentTarget as HTMLSelectElement).value as FactorMassUnit })}
        >
          {MASS_UNITS.map((m) => (
            <option key={m} value={m}>
              {unitName(m, p.lang)} CO2e
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('unit')}>{tr(p.lang, 'ofPerUnit')}</label>
        <select
          id={id('unit')}
          value={p.draft.unit}
          onChange={(e) => set({ unit: (e.currentTarget as HTMLSelectElement).value as UnitId })}
        >
          {(p.units ?? PER_UNITS).map((u) => (
            <option key={u} value={u}>
              / {unitName(u, p.lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('year')}>{tr(p.lang, 'ofDataYear')}</label>
        <input
          id={id('year')}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={p.draft.yearText}
          aria-invalid={err('year') ? 'true' : 'false'}
          aria-describedby={described('year')}
          onInput={(e) => set({ yearText: (e.currentTarget as HTMLInputElement).value })}
        />
        {errorText('year')}
      </div>
      <div class="field wide">
        <label for={id('source')}>{tr(p.lang, 'ofSource')}</label>
        <input
          id={id('source')}
          value={p.draft.source}
          aria-invalid={err('source') ? 'true' : 'false'}
          aria-describedby={described('source')}
          onInput={(e) => set({ source: (e.currentTarget as HTMLInputElement).value })}
        />
        {errorText('source')}
      </div>
    </div>
  );
}
