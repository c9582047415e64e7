/**
 * One entry: a searchable activity (Finnish and English names), the quantity as typed, a unit of the
 * activity's dimension, site, period, data quality, source, note, a custom factor where the partner has one,
 * and for electricity the guarantees of origin and the supplier's factor. Each change is saved at once.
 */
import { useState } from 'preact/hooks';
import { unitsForActivity } from '../../core/activityUnits';
import { categoryInfo } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import { formulaOf } from '../../core/formula';
import type { Issue } from '../../core/issues';
import type { EntryResult } from '../../core/results';
import { dimensionOf, type UnitId, unitsOf } from '../../core/units';
import { formatTonnes } from '../../i18n/format';
import { formulaOptions } from '../../i18n/formula';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { sourceLabel } from '../../i18n/sourceLabel';
import { tr } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import type { EntryRow, SiteRow, YearRow } from '../../state/year';
import { entrySaveKey, removeYearEntry, saveEntry } from '../../state/yearEdits';
import { NumberField } from '../components/NumberField';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { SupplierFactor } from '../factors/SupplierFactor';
import { Help } from '../help/Help';
import { PkmHelper } from '../help/PkmHelper';
import { activitiesFound } from './activityList';
import { dataQualityOptions } from './dataQualityOptions';
import { PendingFigure } from './PendingFigure';

export interface EntryEditorProps {
  lang: Lang;
  entry: EntryRow;
  inv: YearRow;
  sites: SiteRow[];
  set: FactorSet | undefined;
  result: EntryResult | undefined;
  problems: Issue[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

export function EntryEditor({ lang, entry: e, inv, sites, set, result, problems }: EntryEditorProps) {
  const [showFormula, setShowFormula] = useState(false);
  const [search, setSearch] = useState('');
  const keyOf = (fields: string[]) => entrySaveKey(e.id, fields);
  const save = (patch: Partial<EntryRow>) => saveEntry(e.id, patch);
  const id = (field: string) => `e-${e.id}-${field}`;
  const activities = set ? activitiesFound(set, e.category, search, lang, e.activity) : [];
  const activity = set?.activities.find((a) => a.id === e.activity);
  const custom = e.customFactor ? inv.customFactors.find((c) => c.id === e.customFactor) : undefined;
  const units: UnitId[] = custom
    ? unitsOf(dimensionOf(custom.unit))
    : activity && set
      ? unitsForActivity(activity, set)
      : [e.unit];
  const isElectricity = e.category === 's2.electricity';
  const allowsCustomFactor = !isElectricity;
  const certificate = e.instruments?.find((x) => x.kind === 'certificate');
  const supplier = e.instruments?.find((x) => x.kind === 'supplier');
  const setInstruments = (certShare: number | null, supplierFactor: string | undefined) => {
    const list = [];
    if (certShare !== null && certShare > 0)
      list.push({
        kind: 'certificate' as const,
        share: certShare,
        note: certificate?.note || 'Guarantees of origin',
      });
    if (supplierFactor)
      list.push({
        kind: 'supplier' as const,
        factor: supplierFactor,
        note: supplier?.note || 'Supplier-specific factor',
      });
    save({ instruments: list });
  };
  const r = result;
  // Problems that have no field of their own here (custom factor, instruments, site, period, warnings).
  const inline = ['/activity', '/quantity', '/unit'];
  const otherProblems = problems.filter(
    (pr) => pr.severity === 'warning' || !inline.some((f) => pr.path.endsWith(f)),
  );
  const problemText = (field: string) =>
    problems
      .filter((p) => p.severity === 'error' && p.path.endsWith(`/${field}`))
      .map((p) => issueMessage(p, lang))[0];

  return (
    <fieldset class="entry" data-entry={e.id}>
      <legend class="visually-hidden">{activity ? activity.names[lang] : tr(lang, 'chooseActivity')}</legend>
      <div class="grid">
        <div class="field wide">
          <label for={id('activity')}>{tr(lang, 'activity')}</label>
          <input
            id={id('search')}
            type="search"
            class="activity-search"
            placeholder={tr(lang, 'searchActivity')}
            aria-label={tr(lang, 'searchActivity')}
            value={search}
            onInput={(ev) => setSearch((ev.currentTarget as HTMLInputElement).value)}
          />
          <select
            id={id('activity')}
            value={e.activity}
            aria-invalid={problemText('activity') ? 'true' : undefined}
            aria-describedby={problemText('activity') ? id('activity-error') : undefined}
            onChange={(ev) => {
              const v = (ev.currentTarget as HTMLSelectElement).value;
              const a = set?.activities.find((x) => x.id === v);
              save({ activity: v, ...(a && !custom ? { unit: a.unit } : {}) });
            }}
          >
            <option value="">{tr(lang, 'chooseActivity')}</option>
            {activities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.names[lang]}
              </option>
            ))}
            {allowsCustomFactor && <option value="custom">{tr(lang, 'customFactor')}…</option>}
          </select>
          {problemText('activity') && (
            <p id={id('activity-error')} class="field-error">
              {problemText('activity')}
            </p>
          )}
        </div>
        <PendingFigure lang={lang} entry={e} idOf={id}>
          <NumberField
            id={id('quantity')}
            label={tr(lang, 'quantity')}
            lang={lang}
            value={e.quantity}
            text={e.quantityText}
            allowNegative={categoryInfo(e.category).allowsNegative && activity?.gas !== undefined}
            error={problemText('quantity')}
            saveKey={keyOf(['quantityText', 'quantity'])}
            onChange={(text, value) => save({ quantityText: text, quantity: value })}
          />
        </PendingFigure>
        <div class="field">
          <label for={id('unit')}>{tr(lang, 'unit')}</label>
          <select
            id={id('unit')}
            value={e.unit}
            aria-invalid={problemText('unit') ? 'true' : undefined}
            aria-describedby={problemText('unit') ? id('unit-error') : undefined}
            onChange={(ev) => save({ unit: (ev.currentTarget as HTMLSelectElement).value as UnitId })}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {unitName(u, lang)}
              </option>
            ))}
          </select>
          {problemText('unit') && (
            <p id={id('unit-error')} class="field-error">
              {problemText('unit')}
            </p>
          )}
        </div>
        {e.unit === 'pkm' && (
          <>
            <Help term="pkm" lang={lang} />
            <PkmHelper
              id={id('pkm')}
              lang={lang}
              onFill={(value, text) => save({ quantityText: text, quantity: value })}
            />
          </>
        )}
        {sites.length > 0 && (
          <SelectField
            id={id('site')}
            label={tr(lang, 'site')}
            value={e.site ?? ''}
            options={[['', tr(lang, 'noSite')], ...sites.map((s) => [s.id, s.name] as const)]}
            onChange={(v) => save({ site: v || undefined })}
          />
        )}
        <SelectField
          id={id('period')}
          label={tr(lang, 'period')}
          value={e.period ?? ''}
          options={[
            ['', tr(lang, 'wholeYear')],
            ...MONTHS.map((m) => [`${inv.year}-${m}`, `${Number(m)}/${inv.year}`] as const),
          ]}
          onChange={(v) => save({ period: v || undefined })}
        />
        <SelectField
          id={id('dq')}
          label={tr(lang, 'dataQuality')}
          value={e.dataQuality ?? ''}
          options={dataQualityOptions(lang)}
          onChange={(v) => save({ dataQuality: v === '' ? undefined : v })}
        />
        <Help term="quality" lang={lang} />
        {allowsCustomFactor && inv.customFactors.length > 0 && (
          <SelectField
            id={id('cf')}
            label={tr(lang, 'customFactor')}
            value={e.customFactor ?? ''}
            options={[
              ['', tr(lang, 'defaultFactor')],
              ...inv.customFactors.map((c) => [c.id, c.name] as const),
            ]}
            onChange={(v) => {
              // The unit follows the chosen factor when the old one cannot be converted to it.
              const cf = inv.customFactors.find((c) => c.id === v);
              const keepUnit = !cf || dimensionOf(cf.unit) === dimensionOf(e.unit);
              save({ customFactor: v || undefined, ...(cf && !keepUnit ? { unit: cf.unit } : {}) });
            }}
          />
        )}
        {isElectricity && (
          <>
            <NumberField
              id={id('go')}
              label={tr(lang, 'guaranteeShare')}
              lang={lang}
              value={certificate?.share !== undefined ? Math.round(certificate.share * 1e12) / 1e10 : null}
              min={0}
              max={100}
              saveKey={keyOf(['instruments'])}
              onChange={(text, v) => {
                if (v !== null || text.trim() === '')
                  setInstruments(v === null ? null : v / 100, supplier?.factor);
              }}
            />
            <SupplierFactor
              lang={lang}
              entry={e}
              inv={inv}
              set={set}
              value={supplier?.factor}
              onChange={(v) => setInstruments(certificate?.share ?? null, v)}
            />
            <p class="help-row wide">
              <Help term="go" lang={lang} visible />
              <Help term="residual" lang={lang} visible />
            </p>
          </>
        )}
        <div class="field wide">
          <label for={id('source')}>{tr(lang, 'sourceNote')}</label>
          <TextField
            id={id('source')}
            value={e.sourceNote ?? ''}
            saveKey={keyOf(['sourceNote'])}
            onInput={(v) => save({ sourceNote: v || undefined })}
          />
        </div>
        <div class="field wide">
          <label for={id('note')}>{tr(lang, 'note')}</label>
          <TextField
            id={id('note')}
            value={e.note ?? ''}
            saveKey={keyOf(['note'])}
            onInput={(v) => save({ note: v || undefined })}
          />
        </div>
      </div>
      {otherProblems.length > 0 && (
        <ul class="entry-problems">
          {otherProblems.map((pr) => (
            <li key={pr.path + pr.code} class={pr.severity === 'error' ? 'field-error' : 'note'}>
              {issueMessage(pr, lang)}
            </li>
          ))}
        </ul>
      )}
      <div class="entry-foot">
        {r && (
          <details onToggle={(ev) => setShowFormula((ev.currentTarget as HTMLDetailsElement).open)}>
            <summary data-kg={r.location.co2e}>
              {tr(lang, 'entryResult')}: {formatTonnes(r.location.co2e, lang)} {tr(lang, 'tonnes')}
              {r.market && ` / ${formatTonnes(r.market.co2e, lang)} ${tr(lang, 'tonnes')}`}
            </summary>
            {/* Written out (and the entry's trace built) only when opened: a year has hundreds of entries. */}
            {showFormula && <Formula r={r} lang={lang} />}
          </details>
        )}
        <button
          type="button"
          class="secondary"
          onClick={() => window.confirm(tr(lang, 'confirmRemoveEntry')) && void removeYearEntry(e.id)}
        >
          {tr(lang, 'removeEntry')}
        </button>
      </div>
    </fieldset>
  );
}

function Formula({ r, lang }: { r: EntryResult; lang: Lang }) {
  const f = r.trace.factor;
  return (
    <>
      <p class="formula">{formulaOf(r, formulaOptions(lang))}</p>
      {f && 'publisher' in f.source && <p class="muted">{sourceLabel(f.source, lang)}</p>}
    </>
  );
}
