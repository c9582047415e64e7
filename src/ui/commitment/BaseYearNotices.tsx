/** The recalculation notice of each recorded base year that has drifted past the threshold, wired to storage. */
import '../../i18n/uiCommitment';
import type { Commitment } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import type { BaseYearNow } from '../../state/baseYearCheck';
import { recalculateBaseYear } from '../../state/commitment';
import { attempt } from '../../state/saveStatus';
import { RecalculationNotice } from './RecalculationNotice';
import { targetName } from './targetText';

export function BaseYearNotices(p: {
  lang: Lang;
  orgId: string;
  commitment: Commitment;
  now: readonly BaseYearNow[];
}) {
  return (
    <>
      {p.now
        .filter((n) => n.drift.significant)
        .map((n) => (
          <RecalculationNotice
            key={n.year}
            lang={p.lang}
            now={n}
            targets={p.commitment.targets}
            nameOf={(t) => targetName(t, p.lang)}
            onRecalculate={async (reason, note) => {
              const out = await attempt(recalculateBaseYear(p.orgId, n.year, reason, note, n.method));
              return out?.ok === true;
            }}
          />
        ))}
    </>
  );
}
