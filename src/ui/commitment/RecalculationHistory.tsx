/** The base year's past recalculations: when, why, the figures before and after, and the partner's note. */
import '../../i18n/uiCommitment';
import type { BaseYearFigures, BaseYearRecalculation } from '../../core/commitment';
import { formatDateTime, formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { ScrollRegion } from '../components/ScrollRegion';
import { REASON_WORD } from './RecalculationNotice';

/** Scope 1, Scope 2 location-based and every Scope 3 category, kg CO2e: the total the years table shows. */
function totalOf(f: BaseYearFigures): number {
  return f.scope1 + f.scope2.location + Object.values(f.scope3ByCategory).reduce((a, b) => a + (b ?? 0), 0);
}

export function RecalculationHistory({
  lang,
  recalculations,
}: {
  lang: Lang;
  recalculations: readonly BaseYearRecalculation[];
}) {
  return (
    <section class="card" aria-labelledby="recalc-history">
      <h2 id="recalc-history">{tr(lang, 'rcHistory')}</h2>
      {recalculations.length === 0 ? (
        <p>{tr(lang, 'rcHistoryNone')}</p>
      ) : (
        <>
          <ScrollRegion labelledBy="recalc-history">
            <table class="recalc-history">
              <thead>
                <tr>
                  <th scope="col">{tr(lang, 'rcColDate')}</th>
                  <th scope="col">{tr(lang, 'rcColYear')}</th>
                  <th scope="col">{tr(lang, 'rcColReason')}</th>
                  <th scope="col" class="num">
                    {tr(lang, 'rcColBefore')}
                  </th>
                  <th scope="col" class="num">
                    {tr(lang, 'rcColAfter')}
                  </th>
                  <th scope="col">{tr(lang, 'rcColNote')}</th>
                </tr>
              </thead>
              <tbody>
                {[...recalculations].reverse().map((r) => (
                  <tr key={r.id} data-reason={r.reason}>
                    <td>{formatDateTime(r.at, lang)}</td>
                    <td>{r.year}</td>
                    <td>{tr(lang, REASON_WORD[r.reason])}</td>
                    <td class="num" data-kg={totalOf(r.before)}>
                      {formatTonnes(totalOf(r.before), lang)}
                    </td>
                    <td class="num" data-kg={totalOf(r.after)}>
                      {formatTonnes(totalOf(r.after), lang)}
                    </td>
                    <td>{r.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p class="muted">{tr(lang, 'rcTotalNote')}</p>
        </>
      )}
    </section>
  );
}
