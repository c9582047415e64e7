/**
 * One entry: a searchable activity (Finnish and English names), the quantity as typed, a unit of the
 * activity's dimension, site, period, data quality, source, note, a custom factor where the partner has one,
 * and for electricity the guarantees of origin and the supplier's factor. Each change is saved at once.
 */
import { useState } from 'preact/hooks';
import { unitsForActivity, unitsOfSameDimension } from '../../core/activityUnits';
import { categoryInfo } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import { formulaOf } from '../../core/formula';
import type { Issue } from '../../core/issues';
import type { EntryResult } from '../../core/results';
import type { UnitId } from '../../core/units';
import { removeEntry, updateEntry } from '../../db/inventories';
import type { EntryRow, InventoryRow, SiteRow } from '../../db/rows';
import { formatTonnes } from '../../i18n/format';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { db } from '../../state/database';
import { track } from '../../state/saveStatus';
import { NumberField } from '../components/NumberField';
import { TextField } from '../components/TextField';

export interface EntryEditorProps {
  lang: Lang;
  entry: EntryRow;
  inv: InventoryRow;
  sites: SiteRow[];
  set: FactorSet | undefined;
  result: EntryResult | undefined;
  problems: Issue[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

export function EntryEditor({ lang, entry: e, inv, sites, set, result, problems }: EntryEditorProps) {
  const [search, setSearch] = useState('');
  const save = (patch: Partial<EntryRow>) => void track(updateEntry(db, e.id, patch)).catch(() => undefined);
  const id = (field: string) => `e-${e.id}-${field}`;
  const q = search.trim().toLowerCase();
  const activities = (set?.activities ?? [])
    .filter((a) => a.categories.includes(e.category))
    .filter(
      (a) =>
        q === '' ||
        a.id === e.activity ||
        [a.names.fi, a.names.en, ...(a.keywords ?? [])].some((n) => n.toLowerCase().includes(q)),
    )
    .sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang));
  const activity = set?.activities.find((a) => a.id === e.activity);
  const custom = e.customFactor ? inv.customFactors.find((c) => c.id === e.customFactor) : undefined;
  const units: UnitId[] = custom
    ? unitsOfSameDimension(custom.unit)
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
          {problemText('activity') && <p class="field-error">{problemText('activity')}</p>}
        </div>
        <NumberField
          id={id('quantity')}
          label={tr(lang, 'quantity')}
          lang={lang}
          value={e.quantity}
          text={e.quantityText}
          allowNegative={categoryInfo(e.category).allowsNegative && activity?.gas !== undefined}
          error={problemText('quantity')}
          onChange={(text, value) => save({ quantityText: text, quantity: value })}
        />
        <div class="field">
          <label for={id('unit')}>{tr(lang, 'unit')}</label>
          <select
            id={id('unit')}
            value={e.unit}
            onChange={(ev) => save({ unit: (ev.currentTarget as HTMLSelectElement).value as UnitId })}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          {problemText('unit') && <p class="field-error">{problemText('unit')}</p>}
        </div>
        {sites.length > 0 && (
          <div class="field">
            <label for={id('site')}>{tr(lang, 'site')}</label>
            <select
              id={id('site')}
              value={e.site ?? ''}
              onChange={(ev) => save({ site: (ev.currentTarget as HTMLSelectElement).value || undefined })}
            >
              <option value="">{tr(lang, 'noSite')}</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for={id('period')}>{tr(lang, 'period')}</label>
          <select
            id={id('period')}
            value={e.period ?? ''}
            onChange={(ev) => save({ period: (ev.currentTarget as HTMLSelectElement).value || undefined })}
          >
            <option value="">{tr(lang, 'wholeYear')}</option>
            {MONTHS.map((m) => (
              <option key={m} value={`${inv.year}-${m}`}>
                {`${Number(m)}/${inv.year}`}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('dq')}>{tr(lang, 'dataQuality')}</label>
          <select
            id={id('dq')}
            value={e.dataQuality ?? ''}
            onChange={(ev) =>
              save({
                dataQuality: ((ev.currentTarget as HTMLSelectElement).value ||
                  undefined) as EntryRow['dataQuality'],
              })
            }
          >
            <option value="">{tr(lang, 'dqNone')}</option>
            <option value="measured">{tr(lang, 'dqMeasured')}</option>
            <option value="invoice">{tr(lang, 'dqInvoice')}</option>
            <option value="estimated">{tr(lang, 'dqEstimated')}</option>
          </select>
        </div>
        {allowsCustomFactor && inv.customFactors.length > 0 && (
          <div class="field">
            <label for={id('cf')}>{tr(lang, 'customFactor')}</label>
            <select
              id={id('cf')}
              value={e.customFactor ?? ''}
              onChange={(ev) =>
                save({ customFactor: (ev.currentTarget as HTMLSelectElement).value || undefined })
              }
            >
              <option value="">{tr(lang, 'defaultFactor')}</option>
              {inv.customFactors.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {isElectricity && (
          <>
            <NumberField
              id={id('go')}
              label={tr(lang, 'guaranteeShare')}
              lang={lang}
              value={certificate?.share !== undefined ? certificate.share * 100 : null}
              onChange={(_t, v) =>
                setInstruments(v === null ? null : Math.min(100, Math.max(0, v)) / 100, supplier?.factor)
              }
            />
            <div class="field">
              <label for={id('supplier')}>{tr(lang, 'supplierFactor')}</label>
              <select
                id={id('supplier')}
                value={supplier?.factor ?? ''}
                onChange={(ev) =>
                  setInstruments(
                    certificate?.share ?? null,
                    (ev.currentTarget as HTMLSelectElement).value || undefined,
                  )
                }
              >
                <option value="">{tr(lang, 'none')}</option>
                {inv.customFactors.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <div class="field wide">
          <label for={id('source')}>{tr(lang, 'sourceNote')}</label>
          <TextField
            id={id('source')}
            value={e.sourceNote ?? ''}
            onInput={(v) => save({ sourceNote: v || undefined })}
          />
        </div>
        <div class="field wide">
          <label for={id('note')}>{tr(lang, 'note')}</label>
          <TextField id={id('note')} value={e.note ?? ''} onInput={(v) => save({ note: v || undefined })} />
        </div>
      </div>
      <div class="entry-foot">
        {r && (
          <details>
            <summary data-kg={r.location.co2e}>
              {tr(lang, 'entryResult')}: {formatTonnes(r.location.co2e, lang)} {tr(lang, 'tonnes')}
              {r.market && ` / ${formatTonnes(r.market.co2e, lang)} ${tr(lang, 'tonnes')}`}
            </summary>
            <p class="formula">{formulaOf(r)}</p>
            {r.trace.factor && 'publisher' in r.trace.factor.source && (
              <p class="muted">
                {r.trace.factor.source.publisher}: {r.trace.factor.source.document} (
                {r.trace.factor.source.year})
              </p>
            )}
          </details>
        )}
        <button
          type="button"
          class="secondary"
          onClick={() => void track(removeEntry(db, e.id)).catch(() => undefined)}
        >
          {tr(lang, 'removeEntry')}
        </button>
      </div>
    </fieldset>
  );
}
