/**
 * The supplier-specific factor of an electricity entry: a choice among the partner's own factors that fit
 * the entry's unit (per unit of energy: kWh, MWh, GJ …; never per litre or per euro), each with its data year,
 * one of another year flagged, and a small form that creates a partner-level factor and selects it.
 */
import '../../i18n/uiFactors';
import { useState } from 'preact/hooks';
import type { FactorSet } from '../../core/factorSet';
import { isUnit, type UnitId, unitsOf } from '../../core/units';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { addPartnerFactor } from '../../state/ownFactors';
import { attempt } from '../../state/saveStatus';
import type { EntryRow, YearRow } from '../../state/year';
import { FactorFields } from './FactorFields';
import { compatibleFactors, draftErrors, emptyDraft, factorOfDraft, figuresOfDraft } from './factorDraft';
import { factorWarnings } from './useFactorWarnings';

export interface SupplierFactorProps {
  lang: Lang;
  entry: EntryRow;
  inv: YearRow;
  set: FactorSet | undefined;
  /** The chosen factor's id, if any. */
  value: string | undefined;
  onChange: (factorId: string | undefined) => void;
}

const ENERGY: readonly UnitId[] = unitsOf('energy');

export function SupplierFactor(p: SupplierFactorProps) {
  const { lang, entry: e, inv } = p;
  const id = (f: string) => `e-${e.id}-${f}`;
  const fits = compatibleFactors(inv.customFactors, e.unit);
  const chosen = inv.customFactors.find((f) => f.id === p.value);
  const options = chosen && !fits.includes(chosen) ? [chosen, ...fits] : fits;
  const [creating, setCreating] = useState(false);
  const startUnit: UnitId = isUnit(e.unit) && ENERGY.includes(e.unit) ? e.unit : 'kWh';
  const [draft, setDraft] = useState(() => emptyDraft(inv.year, startUnit));
  const [tried, setTried] = useState(false);
  const errors = draftErrors(draft, lang);
  const candidate = factorOfDraft(draft, lang, 'new');
  const use = { category: e.category, activity: e.activity, unit: e.unit, role: 'instrument' as const };
  const figures = figuresOfDraft(draft, lang);
  const warnings =
    figures && p.set
      ? factorWarnings(
          figures,
          { uses: [use], set: p.set, year: inv.year, gwp: inv.gwp, radiativeForcing: inv.radiativeForcing },
          lang,
        )
      : [];
  const create = async () => {
    setTried(true);
    if (!candidate) return;
    const { id: _id, ...factor } = candidate;
    const made = await attempt(addPartnerFactor(inv.orgId, factor));
    if (!made) return;
    p.onChange(made.id);
    setCreating(false);
    setDraft(emptyDraft(inv.year, startUnit));
    setTried(false);
  };
  const otherYear = chosen && chosen.year !== inv.year;
  return (
    <div class="field wide supplier-factor">
      <label for={id('supplier')}>{tr(lang, 'supplierFactor')}</label>
      <div class="row">
        <select
          id={id('supplier')}
          value={p.value ?? ''}
          aria-describedby={otherYear ? id('supplier-year') : undefined}
          onChange={(ev) => p.onChange((ev.currentTarget as HTMLSelectElement).value || undefined)}
        >
          <option value="">{tr(lang, 'none')}</option>
          {options.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.year})
            </option>
          ))}
        </select>
        <button
          type="button"
          class="secondary"
          aria-expanded={creating ? 'true' : 'false'}
          onClick={() => setCreating(!creating)}
        >
          {tr(lang, 'ofNewHere')}
        </button>
      </div>
      {otherYear && (
        <p id={id('supplier-year')} class="note">
          {tr(lang, 'ofOtherYear', { factorYear: chosen.year, year: inv.year })}
        </p>
      )}
      {fits.length === 0 && !creating && <p class="muted">{tr(lang, 'ofNoCompatible')}</p>}
      {creating && (
        <fieldset class="own-factor-inline">
          <legend>{tr(lang, 'ofNewSupplier')}</legend>
          <p class="muted">{tr(lang, 'ofWhere')}</p>
          <FactorFields
            lang={lang}
            idPrefix={id('newfactor')}
            draft={draft}
            onDraft={setDraft}
            errors={
              tried ? Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, tr(lang, key)])) : {}
            }
            warnings={warnings}
            units={ENERGY}
          />
          <div class="row">
            <button type="button" onClick={() => void create()}>
              {tr(lang, 'ofAdd')}
            </button>
            <button type="button" class="secondary" onClick={() => setCreating(false)}>
              {tr(lang, 'ofCancel')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
