/**
 * One target's progress on the partner page: the pathway chart (drawn lazily, as on the results page) and its
 * table of the same rows, the latest year's status and the cut still needed each year. Status is a word with
 * a symbol, never colour alone.
 */
import '../../i18n/uiCommitment';
import type { Target } from '../../core/commitment';
import type { ProgressYear, TargetProgress } from '../../core/progress';
import { formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { targetProblemWord } from '../../i18n/targetPresetWords';
import { tr } from '../../i18n/ui';
import { ScrollRegion } from '../components/ScrollRegion';
import { ReportChart } from '../report/ReportChart';
import { formatGap, formatValue, progressChart, unitName } from './progressFigures';

export const statusWord = (y: ProgressYear, lang: Lang): string =>
  tr(lang, y.status === 'on-track' ? 'prOnTrack' : 'prBehind');

export function TargetProgressView({
  target: goal,
  progress,
  name,
  rule,
  lang,
}: {
  target: Target;
  progress: TargetProgress;
  name: string;
  rule: string;
  lang: Lang;
}) {
  const u = progress.unit;
  const unit = unitName(u, lang);
  const id = `progress-${progress.targetId}`;
  if (progress.problems.length > 0 || !progress.base || !progress.target) {
    return (
      <article class="target-progress" data-target={progress.targetId}>
        <h3>{name}</h3>
        <p class="muted">{rule}</p>
        <p class="problem" data-problems={progress.problems.join(' ')}>
          {tr(lang, 'prCannot')} {progress.problems.map((p) => targetProblemWord(lang, p, goal)).join(' ')}
        </p>
      </article>
    );
  }
  const { latest, requiredYearly, target } = progress;
  const value = (v: number) => `${formatValue(v, u, lang)} ${unit}`;
  return (
    <article class="target-progress" data-target={progress.targetId} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{name}</h3>
      <p class="muted">{rule}</p>
      {latest ? (
        <p class="progress-latest" data-status={latest.status}>
          <strong>
            {tr(lang, 'prLatest', {
              year: latest.year,
              actual: value(latest.actual),
              pathway: value(latest.pathway),
              status: statusWord(latest, lang),
              gap: `${formatGap(latest.gap, u, lang)} ${unit}`,
            })}
          </strong>
        </p>
      ) : (
        <p>{tr(lang, 'prBaseOnly')}</p>
      )}
      {requiredYearly ? (
        <p class="progress-required">
          {tr(lang, 'prRequired', {
            from: requiredYearly.fromYear,
            amount: value(requiredYearly.amount),
            pct: formatPercent(requiredYearly.pctOfLatest / 100, lang),
          })}
        </p>
      ) : (
        <p>{tr(lang, 'prPastTarget', { year: target.year })}</p>
      )}
      <ReportChart spec={progressChart(progress, name, lang)} lang={lang} />
      <p class="muted progress-unit">{tr(lang, 'prTableNote', { unit })}</p>
      <ScrollRegion label={tr(lang, 'prChartTitle', { name })}>
        <table class="progress-table">
          <caption class="visually-hidden">{tr(lang, 'prChartTitle', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(lang, 'prColYear')}</th>
              <th scope="col" class="num">
                {tr(lang, 'prColActual')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'prColPathway')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'prColGap')}
              </th>
              <th scope="col">{tr(lang, 'prColStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.years.map((y) => {
              const isBase = y.year === progress.base?.year;
              return (
                <tr key={y.year} data-year={y.year} data-status={isBase ? 'base' : y.status}>
                  <th scope="row">
                    {y.year}
                    {isBase && <span class="muted"> ({tr(lang, 'prBaseRow')})</span>}
                  </th>
                  <td class="num" data-value={y.actual}>
                    {formatValue(y.actual, u, lang)}
                  </td>
                  <td class="num" data-value={y.pathway}>
                    {formatValue(y.pathway, u, lang)}
                  </td>
                  <td class="num" data-value={y.gap}>
                    {isBase ? '–' : formatGap(y.gap, u, lang)}
                  </td>
                  <td class={isBase ? undefined : `status-${y.status}`}>
                    {isBase ? '–' : statusWord(y, lang)}
                  </td>
                </tr>
              );
            })}
            {!progress.years.some((y) => y.year === target.year) && (
              <tr data-year={target.year} data-status="target">
                <th scope="row">
                  {target.year} <span class="muted">({tr(lang, 'prTargetRow')})</span>
                </th>
                <td class="num">–</td>
                <td class="num" data-value={target.value}>
                  {formatValue(target.value, u, lang)}
                </td>
                <td class="num">–</td>
                <td>–</td>
              </tr>
            )}
          </tbody>
        </table>
      </ScrollRegion>
    </article>
  );
}
