/**
 * The fields of an own target: what it covers (Scope 1, Scope 2 by one method, chosen Scope 3 categories),
 * absolute or intensity (with its metric), base year (only calculated years), target year and reduction.
 * Each bad input's message is beside its field and tied to it (aria-describedby).
 */
import '../../i18n/uiCommitment';
import { CATEGORIES, type CategoryId } from '../../core/categories';
import type { TargetMetric } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import { metricWord } from '../../i18n/targetPresetWords';
import { tr } from '../../i18n/ui';
import type { BaseYearOption, DraftField, TargetDraft } from './targetDraft';

const METRICS: readonly TargetMetric[] = ['fte', 'revenue-meur', 'floor-area-m2', 'production'];

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} class="field-error">
      {text}
    </p>
  ) : null;
}

export function TargetFields(p: {
  lang: Lang;
  idBase: string;
  draft: TargetDraft;
  years: readonly BaseYearOption[];
  errors: Partial<Record<DraftField, string>>;
  /** Only the base year and the name: a preset fixes the rest. */
  ruleFixed: boolean;
  onChange: (patch: Partial<TargetDraft>) => void;
}) {
  const { lang, draft: d, errors: e, idBase: id } = p;
  const err = (f: DraftField) => (e[f] ? `${id}-${f}-error` : undefined);
  const scope3 = CATEGORIES.filter((c) => c.scope === 3);
  const baseOptions =
    p.years.some((y) => y.year === d.baseYear) || d.baseYear === null
      ? p.years
      : [...p.years, { year: d.baseYear, metrics: {} }];
  return (
    <>
      <div class="grid">
        <div class="field">
          <label for={`${id}-name`}>{tr(lang, 'cmName')}</label>
          <input
            id={`${id}-name`}
            value={d.name}
            maxLength={300}
            onInput={(ev) => p.onChange({ name: (ev.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-baseYear`}>{tr(lang, 'cmBaseYear')}</label>
          <select
            id={`${id}-baseYear`}
            value={d.baseYear === null ? '' : String(d.baseYear)}
            aria-invalid={e.baseYear ? 'true' : 'false'}
            aria-describedby={err('baseYear') ?? `${id}-baseYear-hint`}
            onChange={(ev) => p.onChange({ baseYear: Number((ev.currentTarget as HTMLSelectElement).value) })}
          >
            {baseOptions.map((y) => (
              <option key={y.year} value={String(y.year)}>
                {y.year}
              </option>
            ))}
          </select>
          <p id={`${id}-baseYear-hint`} class="muted">
            {tr(lang, 'cmBaseYearHint')}
          </p>
          <FieldError id={`${id}-baseYear-error`} text={e.baseYear} />
        </div>
      </div>
      <fieldset
        class="field target-scopes"
        aria-invalid={e.scopes ? 'true' : 'false'}
        aria-describedby={err('scopes')}
      >
        <legend>{tr(lang, 'cmScopes')}</legend>
        {/* A preset's Scope 1 is its rule's: shown, so the boundary reads whole, but not to be changed. */}
        <label class="check">
          <input
            type="checkbox"
            checked={d.scope1}
            disabled={p.ruleFixed}
            onChange={(ev) => p.onChange({ scope1: (ev.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {tr(lang, 'cmScope1')}
        </label>
        <fieldset class="nested">
          <legend>{tr(lang, 'cmScope2')}</legend>
          {/* A preset covers Scope 2: only its method is the partner's choice. */}
          {(p.ruleFixed ? (['location', 'market'] as const) : (['', 'location', 'market'] as const)).map(
            (v) => (
              <label class="check" key={v}>
                <input
                  type="radio"
                  name={`${id}-scope2`}
                  checked={d.scope2 === v}
                  onChange={() => p.onChange({ scope2: v })}
                />{' '}
                {tr(
                  lang,
                  v === '' ? 'cmScope2None' : v === 'location' ? 'cmScope2Location' : 'cmScope2Market',
                )}
              </label>
            ),
          )}
        </fieldset>
        <details open={d.scope3.length > 0}>
          <summary>
            {tr(lang, 'cmScope3')} ({d.scope3.length})
          </summary>
          {scope3.map((c) => (
            <label class="check" key={c.id}>
              <input
                type="checkbox"
                checked={d.scope3.includes(c.id)}
                onChange={(ev) => {
                  const on = (ev.currentTarget as HTMLInputElement).checked;
                  const next: CategoryId[] = on
                    ? scope3.filter((x) => x.id === c.id || d.scope3.includes(x.id)).map((x) => x.id)
                    : d.scope3.filter((x) => x !== c.id);
                  p.onChange({ scope3: next });
                }}
              />{' '}
              {c.id.slice(3).replace(/^0/, '')}. {c.names[lang]}
            </label>
          ))}
        </details>
        <FieldError id={`${id}-scopes-error`} text={e.scopes} />
      </fieldset>
      {!p.ruleFixed && (
        <>
          <div class="grid">
            <fieldset class="field">
              <legend>{tr(lang, 'cmKind')}</legend>
              {(['absolute', 'intensity'] as const).map((k) => (
                <label class="check" key={k}>
                  <input
                    type="radio"
                    name={`${id}-kind`}
                    checked={d.kind === k}
                    onChange={() => p.onChange({ kind: k })}
                  />{' '}
                  {tr(lang, k === 'absolute' ? 'cmAbsolute' : 'cmIntensity')}
                </label>
              ))}
            </fieldset>
            {d.kind === 'intensity' && (
              <div class="field">
                <label for={`${id}-metric`}>{tr(lang, 'cmMetric')}</label>
                <select
                  id={`${id}-metric`}
                  value={d.metric}
                  aria-invalid={e.metric ? 'true' : 'false'}
                  aria-describedby={err('metric')}
                  onChange={(ev) =>
                    p.onChange({ metric: (ev.currentTarget as HTMLSelectElement).value as TargetMetric })
                  }
                >
                  {METRICS.map((m) => (
                    <option key={m} value={m}>
                      {metricWord(lang, m)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-metric-error`} text={e.metric} />
              </div>
            )}
          </div>
          <div class="grid">
            <div class="field">
              <label for={`${id}-targetYear`}>{tr(lang, 'cmTargetYear')}</label>
              <input
                id={`${id}-targetYear`}
                value={d.targetYear}
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={e.targetYear ? 'true' : 'false'}
                aria-describedby={err('targetYear')}
                onInput={(ev) => p.onChange({ targetYear: (ev.currentTarget as HTMLInputElement).value })}
              />
              <FieldError id={`${id}-targetYear-error`} text={e.targetYear} />
            </div>
            <div class="field">
              <label for={`${id}-reduction`}>{tr(lang, 'cmReduction')}</label>
              <input
                id={`${id}-reduction`}
                value={d.reduction}
                inputMode="decimal"
                autoComplete="off"
                aria-invalid={e.reduction ? 'true' : 'false'}
                aria-describedby={err('reduction')}
                onInput={(ev) => p.onChange({ reduction: (ev.currentTarget as HTMLInputElement).value })}
              />
              <FieldError id={`${id}-reduction-error`} text={e.reduction} />
            </div>
          </div>
        </>
      )}
    </>
  );
}
