/** The partner page's line on its actions: how many, how many in each status, and the way to the register. */
import '../../i18n/uiActions';
import { countByStatus } from '../../core/actionStatus';
import type { ClimateAction } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { Link } from '../components/Link';
import { statusName } from './actionWords';

export function ActionsSummary({
  lang,
  orgId,
  actions,
}: {
  lang: Lang;
  orgId: string;
  actions: readonly Pick<ClimateAction, 'status'>[];
}) {
  return (
    <section class="card" aria-labelledby="act-summary-h" data-actions-summary>
      <h2 id="act-summary-h">{tr(lang, 'actTitle')}</h2>
      {actions.length === 0 ? (
        <p>{tr(lang, 'actSummaryNone')}</p>
      ) : (
        <p>
          <strong>
            {actions.length === 1
              ? tr(lang, 'actSummaryCountOne')
              : tr(lang, 'actSummaryCount', { n: actions.length })}
          </strong>
          {': '}
          {countByStatus(actions)
            .map((c) => tr(lang, 'actSummaryStatus', { status: statusName(c.status, lang), n: c.count }))
            .join(', ')}
        </p>
      )}
      <p>
        <Link href={`/partners/${encodeURIComponent(orgId)}/actions`}>{tr(lang, 'actSummaryLink')} →</Link>
      </p>
    </section>
  );
}
