/**
 * The partner page's part of the commitment (issue 12): a notice when a base year has drifted past the
 * threshold, and every target's progress against its recorded base year over the whole calculated years.
 */
import '../../i18n/uiCommitment';
import './commitment.css';
import type { Commitment } from '../../core/commitment';
import type { CustomFactor } from '../../core/inventory';
import { targetProgress } from '../../core/targetProgress';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { useBaseYearsNow } from '../../state/baseYearCheck';
import type { PartnerYears } from '../../state/partnerYears';
import { Link } from '../components/Link';
import { Help } from '../help/Help';
import { BaseYearNotices } from './BaseYearNotices';
import { TargetProgressView } from './TargetProgressView';
import { targetName, targetRule } from './targetText';

/** The word the progress's sentence, chart and table rest on. */
const PATHWAY_HELP = { id: 'pathway', name: 'prHelpPathwayTerm', text: 'prHelpPathway' } as const;

export function PartnerCommitment(p: {
  lang: Lang;
  orgId: string;
  commitment: Commitment | undefined;
  /** The partner's own factors: the base year is evaluated with them. */
  factors: readonly CustomFactor[] | undefined;
  years: PartnerYears;
}) {
  const { lang, years, commitment } = p;
  const targets = commitment?.targets ?? [];
  const now = useBaseYearsNow(commitment, years, p.factors);
  const firstBase = Math.min(...targets.map((t) => t.baseYear));
  const leftOut = years.notCalculated.filter((y) => y >= firstBase);
  const empty = years.empty.filter((y) => y >= firstBase);
  // A year still being filled in is measured, but its standing is not final: said, so no one reads it as settled.
  const measured = new Set(years.calculated.map((c) => c.year));
  const drafts = (years.years ?? [])
    .filter(
      (y) =>
        y.year >= firstBase && measured.has(y.year) && !empty.includes(y.year) && y.status !== 'complete',
    )
    .map((y) => y.year);
  return (
    <section class="card commitment-progress" aria-labelledby="progress-title">
      <h2 id="progress-title">{tr(lang, 'prTitle')}</h2>
      <p>
        <Link href={`/partners/${encodeURIComponent(p.orgId)}/commitment`}>{tr(lang, 'cmOpenLink')}</Link>
      </p>
      {targets.length === 0 ? (
        <p>{tr(lang, 'prNone')}</p>
      ) : years.loading ? (
        <p>{tr(lang, 'prLoading')}</p>
      ) : (
        <>
          <p class="help-row">
            <Help term={PATHWAY_HELP} lang={lang} visible />
          </p>
          {commitment && <BaseYearNotices lang={lang} orgId={p.orgId} commitment={commitment} now={now} />}
          {targets.map((t) => (
            <TargetProgressView
              key={t.id}
              lang={lang}
              target={t}
              name={targetName(t, lang)}
              rule={targetRule(t, lang)}
              progress={targetProgress(
                t,
                commitment?.baseYears.find((b) => b.year === t.baseYear),
                years.calculated,
              )}
            />
          ))}
          {drafts.length > 0 && <p class="note">{tr(lang, 'prYearsDraft', { years: drafts.join(', ') })}</p>}
          {empty.length > 0 && <p class="note">{tr(lang, 'prYearsEmpty', { years: empty.join(', ') })}</p>}
          {leftOut.length > 0 && (
            <p class="note">{tr(lang, 'prYearsLeftOut', { years: leftOut.join(', ') })}</p>
          )}
        </>
      )}
    </section>
  );
}
