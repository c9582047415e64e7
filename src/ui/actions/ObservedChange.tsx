/**
 * The observed change of an action's categories (src/core/actionObserved.ts): the activity effect between
 * the latest two calculated years, and since the action started, location-based with the market-based figure
 * beside it where they differ (Scope 2). The factor effect is named as left out. Shown in its own column, never
 * summed with the expected reduction or with emissions.
 */
import '../../i18n/uiActions';
import type { ActionObserved, ObservedChange as Change } from '../../core/actionObserved';
import { formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';

/** A change in tonnes with its sign: "+1,20 t", "−0,50 t". */
export function signedTonnes(kg: number, lang: Lang): string {
  const t = formatTonnes(Math.abs(kg), lang);
  const sign = kg > 0 && t !== formatTonnes(0, lang) ? '+' : kg < 0 && t !== formatTonnes(0, lang) ? '−' : '';
  return `${sign}${t} t`;
}

/** Market- and location-based differ by more than the figures show. */
const marketDiffers = (c: Change, lang: Lang) =>
  formatTonnes(c.market.activity, lang) !== formatTonnes(c.location.activity, lang);

function Line({ c, lang, since }: { c: Change; lang: Lang; since: boolean }) {
  const params = { from: c.fromYear, to: c.toYear, value: signedTonnes(c.location.activity, lang) };
  return (
    <p class="observed-line" data-from={c.fromYear} data-to={c.toYear} data-kg={c.location.activity}>
      <strong>{tr(lang, since ? 'actObservedSince' : 'actObservedLatest', params)}</strong>
      {marketDiffers(c, lang) && (
        <> ({tr(lang, 'actObservedMarket', { value: signedTonnes(c.market.activity, lang) })})</>
      )}
      {formatTonnes(c.location.factor, lang) !== formatTonnes(0, lang) && (
        <span class="muted observed-factor">
          {' '}
          {tr(lang, 'actObservedFactor', { value: signedTonnes(c.location.factor, lang) })}
        </span>
      )}
    </p>
  );
}

export function ObservedChange({
  lang,
  observed,
  hasCategories,
}: {
  lang: Lang;
  observed: ActionObserved | undefined;
  hasCategories: boolean;
}) {
  if (!hasCategories) return <p class="muted">{tr(lang, 'actObservedNoCategories')}</p>;
  if (!observed) return <p class="muted">{tr(lang, 'actObservedWaiting')}</p>;
  const { latest, sinceStart } = observed;
  if (latest.sources === 0 && (sinceStart?.sources ?? 0) === 0) {
    const from = sinceStart?.fromYear ?? latest.fromYear;
    return <p class="muted">{tr(lang, 'actObservedNoData', { from, to: latest.toYear })}</p>;
  }
  return (
    <div class="observed">
      <Line c={latest} lang={lang} since={false} />
      {sinceStart && <Line c={sinceStart} lang={lang} since />}
    </div>
  );
}
